#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QStringList>

namespace corridor::storage {
class Database;
}

namespace corridor::records {

// A domain module's table view of one record type, kept up to date by RecordStore
// whenever a record's fields change (local save or, later, an imported changeset).
// The changesets stay the truth; projections exist so lists and searches are fast.
class RecordProjection {
public:
    virtual ~RecordProjection() = default;
    virtual QString recordType() const = 0;
    // `fields` is the record's whole current state; `hlc` the newest write among them
    // (its wall-clock part serves as "last updated").
    [[nodiscard]] virtual Status project(storage::Database& db, const QString& recordId, const FieldMap& fields,
                                         quint64 hlc) = 0;
    // The same for a record seen for the first time, which has no row yet: projections
    // that imports fill by the thousand insert without looking for a row to update first.
    [[nodiscard]] virtual Status projectNew(storage::Database& db, const QString& recordId, const FieldMap& fields,
                                            quint64 hlc) {
        return project(db, recordId, fields, hlc);
    }
    [[nodiscard]] virtual Status remove(storage::Database& db, const QString& recordId) = 0;
    // Records of this type that belong to another record (an encounter to its client), so
    // an erasure of the parent takes them too.
    [[nodiscard]] virtual Result<QStringList> childrenOf(storage::Database& db, const QString& parentType,
                                                         const QString& parentId) {
        (void)db;
        (void)parentType;
        (void)parentId;
        return QStringList();
    }
};

} // namespace corridor::records

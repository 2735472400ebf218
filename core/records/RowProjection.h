#pragma once

#include "core/records/RecordProjection.h"
#include "core/storage/Upsert.h"

namespace corridor::records {

// A projection that keeps one row per record with storage::upsert: a record already known
// updates its row first, a record seen for the first time tries the insert first.
class RowProjection : public RecordProjection {
public:
    [[nodiscard]] Status project(storage::Database& db, const QString& recordId, const FieldMap& fields,
                                 quint64 hlc) final {
        return write(db, recordId, fields, hlc, storage::UpsertOrder::UpdateFirst);
    }
    [[nodiscard]] Status projectNew(storage::Database& db, const QString& recordId, const FieldMap& fields,
                                    quint64 hlc) final {
        return write(db, recordId, fields, hlc, storage::UpsertOrder::InsertFirst);
    }

protected:
    [[nodiscard]] virtual Status write(storage::Database& db, const QString& recordId, const FieldMap& fields,
                                       quint64 hlc, storage::UpsertOrder order) = 0;
};

} // namespace corridor::records

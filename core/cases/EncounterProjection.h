#pragma once

#include "core/records/RecordProjection.h"
#include "core/storage/Upsert.h"

namespace corridor::cases {

// Keeps the encounters table in step with encounter records.
class EncounterProjection final : public records::RecordProjection {
public:
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status projectNew(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                      quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
    Result<QStringList> childrenOf(storage::Database& db, const QString& parentType, const QString& parentId) override;

private:
    static Status write(storage::Database& db, const QString& recordId, const records::FieldMap& fields, quint64 hlc,
                        storage::UpsertOrder order);
};

} // namespace corridor::cases

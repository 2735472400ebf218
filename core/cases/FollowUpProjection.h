#pragma once

#include "core/records/RowProjection.h"

namespace corridor::cases {

// Keeps the followups table in step with follow-up records.
class FollowUpProjection final : public records::RowProjection {
public:
    QString recordType() const override;
    Status remove(storage::Database& db, const QString& recordId) override;
    Result<QStringList> childrenOf(storage::Database& db, const QString& parentType, const QString& parentId) override;

private:
    Status write(storage::Database& db, const QString& recordId, const records::FieldMap& fields, quint64 hlc,
                 storage::UpsertOrder order) override;
};

} // namespace corridor::cases

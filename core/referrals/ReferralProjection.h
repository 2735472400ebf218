#pragma once

#include "core/records/RecordProjection.h"

namespace corridor::referrals {

// Keeps the referrals table (and its route) in step with referral records.
class ReferralProjection final : public records::RecordProjection {
public:
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
    Result<QStringList> childrenOf(storage::Database& db, const QString& parentType, const QString& parentId) override;
};

// Keeps referral_events in step with event records, and the referral's status with its
// newest event.
class ReferralEventProjection final : public records::RecordProjection {
public:
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
    Result<QStringList> childrenOf(storage::Database& db, const QString& parentType, const QString& parentId) override;

    [[nodiscard]] static Status refreshStatus(storage::Database& db, const QString& referralId);
};

} // namespace corridor::referrals

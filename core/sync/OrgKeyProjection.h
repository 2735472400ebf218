#pragma once

#include "core/records/RecordProjection.h"

namespace corridor::sync {

// Keeps the org_keys table current: each organisation's public keys, with the secret
// sealed to every enrolled device of that organisation (see DeviceProjection).
class OrgKeyProjection final : public records::RecordProjection {
public:
    static constexpr const char* RecordType = "org_key";
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
};

} // namespace corridor::sync

#pragma once

#include "core/records/RecordProjection.h"

namespace corridor::sync {

// Trust updates are records like any other: "device" (an enrolment or revocation written
// by a coordinator) and "org_key" (an organisation's public key with its secret sealed to
// each enrolled device). These keep their tables current.
class DeviceProjection final : public records::RecordProjection {
public:
    static constexpr const char* RecordType = "device";
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
};

} // namespace corridor::sync

#pragma once

#include "core/base/Result.h"
#include "core/referrals/ReferralService.h"

#include <QCoreApplication>

namespace corridor::crypto {
class DeviceIdentity;
}
namespace corridor::records {
class RecordStore;
}
namespace corridor::sync {
class TrustStore;
}

namespace corridor::session {

// The QR code of a referral slip, both ways: the code this device prints for a referral,
// and what a scanned code does here. A scan is checked in the order that changes nothing
// until everything holds: format, issuing device known and not revoked, its signature,
// decryption with one of the own organisation's keys, the claims, and that the issuer
// belongs to the sending National Society the claims name.
class ReferralSlips {
    Q_DECLARE_TR_FUNCTIONS(ReferralSlips)
public:
    ReferralSlips(sync::TrustStore& trust, referrals::ReferralService& referrals, records::RecordStore& store,
                  const crypto::DeviceIdentity& device);

    // Encrypted to every known key of the receiving and the sending organisation.
    [[nodiscard]] Result<QString> codeFor(const referrals::Referral& referral);
    [[nodiscard]] Result<referrals::ReferralService::Received> scan(const QString& text);

private:
    sync::TrustStore& m_trust;
    referrals::ReferralService& m_referrals;
    records::RecordStore& m_store;
    const crypto::DeviceIdentity& m_device;
};

} // namespace corridor::session

#include "core/session/ReferralSlips.h"

#include "core/crypto/DeviceIdentity.h"
#include "core/records/RecordStore.h"
#include "core/referrals/SlipCode.h"
#include "core/sync/TrustStore.h"

namespace corridor::session {

ReferralSlips::ReferralSlips(sync::TrustStore& trust, referrals::ReferralService& referrals,
                             records::RecordStore& store, const crypto::DeviceIdentity& device)
    : m_trust(trust)
    , m_referrals(referrals)
    , m_store(store)
    , m_device(device) {}

Result<QString> ReferralSlips::codeFor(const referrals::Referral& referral) {
    auto receiving = m_trust.organisationPublicKeys(referral.toOrg);
    if (!receiving.ok())
        return receiving.error();
    if (receiving->isEmpty())
        return Error(
            ErrorCode::NotFound,
            tr("This laptop holds no key of %1 yet, so the slip's QR code cannot be made. Ask your coordinator "
               "to register %1's coordinator card and sync; the referral code on the slip works meanwhile.")
                .arg(referral.toOrg));
    // Two keys of each side at most (the last listed), so the code stays small.
    QList<QByteArray> keys = receiving->mid(std::max<qsizetype>(0, receiving->size() - 2));
    if (referral.fromOrg != referral.toOrg) {
        auto sending = m_trust.organisationPublicKeys(referral.fromOrg);
        if (!sending.ok())
            return sending.error();
        keys << sending->mid(std::max<qsizetype>(0, sending->size() - 2));
    }
    return referrals::SlipCode::seal({referral, m_store.lastHlc()}, m_device, keys);
}

Result<referrals::ReferralService::Received> ReferralSlips::scan(const QString& text) {
    auto sealed = referrals::SlipCode::parse(text);
    if (!sealed.ok())
        return sealed.error();
    auto issuer = m_trust.find(sealed->issuer);
    if (!issuer.ok())
        return issuer.error();
    if (!*issuer)
        return Error(ErrorCode::PermissionDenied,
                     tr("The slip was made on a device this laptop does not know (%1). Sync with your coordinator "
                        "first, or type the referral code printed on the slip.")
                         .arg(crypto::DeviceIdentity::idText(sealed->issuer)));
    if ((*issuer)->revoked)
        return Error(ErrorCode::PermissionDenied,
                     tr("The slip was made on a device that has been revoked (%1). Do not trust it; call the sending "
                        "National Society to check the referral.")
                         .arg((*issuer)->name.isEmpty() ? (*issuer)->idText() : (*issuer)->name));
    if (!sealed->verify((*issuer)->publicKey))
        return Error(ErrorCode::Tampered,
                     tr("The slip's code has been changed since it was made: its signature does not match."));
    auto secrets = m_trust.ownOrganisationSecrets();
    if (!secrets.ok())
        return secrets.error();
    auto claims = referrals::SlipCode::open(*sealed, *secrets);
    if (!claims.ok())
        return claims.error();
    if (claims->referral.fromOrg != (*issuer)->organisation)
        return Error(ErrorCode::Tampered, tr("The slip says it comes from %1 but was made on a device of %2.")
                                              .arg(claims->referral.fromOrg, (*issuer)->organisation));
    return m_referrals.receive(claims->referral, claims->issuedHlc);
}

} // namespace corridor::session

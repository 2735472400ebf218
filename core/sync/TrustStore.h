#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/records/Actor.h"
#include "core/records/Changeset.h"
#include "core/sync/DeviceCard.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <vector>

namespace corridor::crypto {
class DeviceIdentity;
}
namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}

namespace corridor::sync {

// A device this vault knows, and why it trusts it.
struct KnownDevice {
    enum class Source { Self, Anchor, Enrolled };

    QByteArray id;
    QByteArray publicKey;
    QString name;
    records::Role role = records::Role::Volunteer;
    QString organisation;
    QString branch;
    Source source = Source::Enrolled;
    bool revoked = false;
    qint64 revokedAtMs = 0;

    QString idText() const;
};

// Who may write what into this vault. Devices of the own National Society are trusted when
// this device enrolled their coordinator's card itself (an anchor) or a trusted coordinator
// enrolled them (a coordinator-signed "device" record). A revoked device's changesets
// stamped after the revocation are refused. Another organisation's coordinator, registered
// from its card, is a partner: trusted only for the partner scope.
class TrustStore {
    Q_DECLARE_TR_FUNCTIONS(TrustStore)
public:
    TrustStore(storage::Database& db, records::RecordStore& store, const crypto::DeviceIdentity& device,
               const Clock& clock);

    void setOwnOrganisation(const QString& organisation) { m_organisation = organisation; }
    const QString& ownOrganisation() const { return m_organisation; }

    static QString deviceRecordId(const QByteArray& deviceId);
    static QString orgKeyRecordId(const QString& organisation, const QByteArray& publicKey);
    // Record types only a coordinator of the own organisation may write.
    static bool isTrustRecord(const QString& recordType);

    [[nodiscard]] Result<std::optional<KnownDevice>> find(const QByteArray& deviceId);
    [[nodiscard]] Result<QList<KnownDevice>> all();
    bool isPartner(const KnownDevice& device) const { return device.organisation != m_organisation; }

    // Nothing if the changeset's author may write it; otherwise why not, and whether it
    // should be held (the author may be enrolled later) rather than refused.
    struct Refusal {
        QString reason;
        bool hold = false;
    };
    [[nodiscard]] Result<std::optional<Refusal>> check(const records::Changeset& cs);
    // The same, given what is known of the author (lets an import look each author up once).
    std::optional<Refusal> check(const records::Changeset& cs, const std::optional<KnownDevice>& author) const;

    // A device record of the own organisation: partners receive these, so they can check
    // what our volunteers sign (referral updates, slips) — nothing else of ours.
    bool isOwnDeviceRecord(const QString& recordId);

    // Enrolment from a card. A coordinator enrols devices of the own organisation (a synced
    // record, with the organisation's secret sealed to the device) or registers another
    // organisation's coordinator as a partner; anyone anchors their own coordinator.
    [[nodiscard]] Result<KnownDevice> enrol(const DeviceCard& card, records::Role myRole);
    [[nodiscard]] Status revoke(const QByteArray& deviceId, records::Role myRole);

    // This device's card. A coordinator's carries the organisation's public key.
    [[nodiscard]] Result<DeviceCard> ownCard(const QString& name, records::Role role, const QString& branch);

    // The organisation key pair: created by a coordinator when none is known.
    [[nodiscard]] Status ensureOrganisationKey(records::Role myRole);
    [[nodiscard]] Result<QList<QByteArray>> organisationPublicKeys(const QString& organisation);
    // The secrets of the own organisation's keys that were sealed to this device.
    [[nodiscard]] Result<std::vector<crypto::SecureBuffer>> ownOrganisationSecrets();

private:
    bool isPartnerEnrolment(const records::Changeset& cs, const KnownDevice& author) const;
    // The organisation of a device record this laptop holds, if it holds one.
    [[nodiscard]] Result<std::optional<QString>> deviceRecordOrganisation(const QString& recordId) const;
    [[nodiscard]] Status sealOrganisationSecretsFor(const QByteArray& deviceId, const QByteArray& publicKey);
    [[nodiscard]] Result<std::optional<KnownDevice>> anchor(const QByteArray& deviceId);

    storage::Database& m_db;
    records::RecordStore& m_store;
    const crypto::DeviceIdentity& m_device;
    const Clock& m_clock;
    QString m_organisation;
};

} // namespace corridor::sync

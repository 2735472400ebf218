#include "core/sync/TrustStore.h"

#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"
#include "core/crypto/SealedBox.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/DeviceProjection.h"
#include "core/sync/OrgKeyProjection.h"

namespace corridor::sync {
namespace {

QString sealedField(const QByteArray& deviceId) {
    return QStringLiteral("sealed_") + QString::fromLatin1(deviceId.toHex());
}

KnownDevice fromRow(const storage::Statement& st, KnownDevice::Source source) {
    KnownDevice d;
    d.id = st.blob(0);
    d.publicKey = st.blob(1);
    d.name = st.text(2);
    records::roleFromCode(st.text(3), &d.role);
    d.organisation = st.text(4);
    d.branch = st.text(5);
    d.source = source;
    return d;
}

} // namespace

QString KnownDevice::idText() const {
    return crypto::DeviceIdentity::idText(id);
}

TrustStore::TrustStore(storage::Database& db, records::RecordStore& store, const crypto::DeviceIdentity& device,
                       const Clock& clock)
    : m_db(db)
    , m_store(store)
    , m_device(device)
    , m_clock(clock) {}

QString TrustStore::deviceRecordId(const QByteArray& deviceId) {
    return Ids::fromBytes(crypto::Hash::blake2b(QByteArrayLiteral("corridor/device-record/") + deviceId, 16));
}

QString TrustStore::orgKeyRecordId(const QString& organisation, const QByteArray& publicKey) {
    return Ids::fromBytes(
        crypto::Hash::blake2b(QByteArrayLiteral("corridor/org-key/") + organisation.toUtf8() + '/' + publicKey, 16));
}

bool TrustStore::isTrustRecord(const QString& recordType) {
    return recordType == QLatin1String(DeviceProjection::RecordType) ||
           recordType == QLatin1String(OrgKeyProjection::RecordType);
}

Result<std::optional<KnownDevice>> TrustStore::anchor(const QByteArray& deviceId) {
    auto st = m_db.prepare("SELECT device_id, public_key, name, role, organisation, branch FROM trust_anchors "
                           "WHERE device_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, deviceId);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<KnownDevice>();
    return std::optional<KnownDevice>(fromRow(*st, KnownDevice::Source::Anchor));
}

Result<std::optional<KnownDevice>> TrustStore::find(const QByteArray& deviceId) {
    auto st = m_db.prepare("SELECT device_id, public_key, name, role, organisation, branch, status, revoked_at "
                           "FROM devices WHERE device_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, deviceId);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    std::optional<KnownDevice> enrolled;
    if (*row) {
        enrolled = fromRow(*st, KnownDevice::Source::Enrolled);
        enrolled->revoked = st->text(6) == QLatin1String("revoked");
        enrolled->revokedAtMs = st->isNull(7) ? 0 : st->integer(7);
    }
    st->reset();
    if (deviceId == m_device.id()) {
        KnownDevice self = enrolled.value_or(KnownDevice{});
        self.id = deviceId;
        self.publicKey = m_device.publicKey();
        self.source = KnownDevice::Source::Self;
        self.revoked = false; // this device never refuses its own writes
        if (self.organisation.isEmpty())
            self.organisation = m_organisation;
        return std::optional<KnownDevice>(self);
    }
    auto anchored = anchor(deviceId);
    if (!anchored.ok())
        return anchored.error();
    if (*anchored && enrolled) {
        // A revocation by a coordinator applies to anchors too.
        (*anchored)->revoked = enrolled->revoked;
        (*anchored)->revokedAtMs = enrolled->revokedAtMs;
    }
    return *anchored ? *anchored : enrolled;
}

Result<QList<KnownDevice>> TrustStore::all() {
    QList<QByteArray> ids{m_device.id()};
    for (const char* sql :
         {"SELECT device_id FROM trust_anchors ORDER BY name", "SELECT device_id FROM devices ORDER BY name"}) {
        auto st = m_db.prepare(sql);
        if (!st.ok())
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            if (!ids.contains(st->blob(0)))
                ids << st->blob(0);
        }
    }
    QList<KnownDevice> out;
    for (const QByteArray& id : ids) {
        auto d = find(id);
        if (!d.ok())
            return d.error();
        if (*d)
            out << **d;
    }
    return out;
}

Result<std::optional<TrustStore::Refusal>> TrustStore::check(const records::Changeset& cs) {
    auto author = find(cs.author);
    if (!author.ok())
        return author.error();
    return check(cs, *author);
}

std::optional<TrustStore::Refusal> TrustStore::check(const records::Changeset& cs,
                                                     const std::optional<KnownDevice>& author) const {
    if (!author)
        return Refusal{tr("written by device %1, which this laptop does not know (not enrolled yet)")
                           .arg(crypto::DeviceIdentity::idText(cs.author)),
                       true};
    const KnownDevice& d = *author;
    if (d.revoked && records::HlcClock::physicalMs(cs.hlc) > d.revokedAtMs)
        return Refusal{tr("written by %1 after that device was revoked").arg(d.name.isEmpty() ? d.idText() : d.name),
                       false};
    if (isTrustRecord(cs.recordType)) {
        if (d.role == records::Role::Coordinator && d.organisation == m_organisation)
            return std::nullopt;
        // A partner's coordinator announces the devices of its own National Society, so
        // referrals and slips its volunteers sign can be checked here.
        if (isPartnerEnrolment(cs, d))
            return std::nullopt;
        return Refusal{tr("a trust update that does not come from a coordinator of %1").arg(m_organisation), false};
    }
    if (isPartner(d) && !cs.recordType.startsWith(QLatin1String("referral")))
        return Refusal{tr("a partner National Society (%1) may only send referral updates").arg(d.organisation), false};
    return std::nullopt;
}

bool TrustStore::isPartnerEnrolment(const records::Changeset& cs, const KnownDevice& author) const {
    if (author.role != records::Role::Coordinator || !isPartner(author) ||
        cs.recordType != QLatin1String(DeviceProjection::RecordType) || cs.op != records::Changeset::Op::Write)
        return false;
    std::optional<QCborValue> organisation;
    std::optional<QCborValue> deviceId;
    for (const records::Changeset::Field& f : cs.fields) {
        if (f.name == QLatin1String("organisation"))
            organisation = f.value;
        else if (f.name == QLatin1String("device_id"))
            deviceId = f.value;
    }
    if (organisation && organisation->toString() != author.organisation)
        return false;
    if (deviceId && (!deviceId->isByteArray() || cs.recordId != deviceRecordId(deviceId->toByteArray()) ||
                     deviceId->toByteArray() == m_device.id()))
        return false;
    // A device this laptop already knows must be of the author's organisation; a new one
    // must say which device and organisation it is (later writes carry only what changed).
    auto known = deviceRecordOrganisation(cs.recordId);
    if (!known.ok())
        return false;
    if (*known)
        return **known == author.organisation;
    return organisation && deviceId;
}

Result<std::optional<QString>> TrustStore::deviceRecordOrganisation(const QString& recordId) const {
    auto st = m_db.prepare("SELECT organisation FROM devices WHERE record_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    const std::optional<QString> organisation = *row ? std::optional<QString>(st->text(0)) : std::nullopt;
    st->reset();
    return organisation;
}

bool TrustStore::isOwnDeviceRecord(const QString& recordId) {
    auto organisation = deviceRecordOrganisation(recordId);
    return organisation.ok() && *organisation == m_organisation;
}

Result<KnownDevice> TrustStore::enrol(const DeviceCard& card, records::Role myRole) {
    if (card.deviceId() == m_device.id())
        return Error(ErrorCode::InvalidInput, tr("this is this laptop's own card"));
    const bool ownOrganisation = card.organisation == m_organisation;
    if (myRole != records::Role::Coordinator) {
        // Volunteers and trainers take in their coordinator's card, nothing else.
        if (!ownOrganisation || card.role != records::Role::Coordinator)
            return Error(ErrorCode::PermissionDenied,
                         tr("only coordinators enrol devices; here you can only add the card of your own coordinator"));
        auto st = m_db.prepare("INSERT OR REPLACE INTO trust_anchors(device_id, public_key, name, role, organisation, "
                               "branch, organisation_key, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!st.ok())
            return st.error();
        st->bind(1, card.deviceId())
            .bind(2, card.publicKey)
            .bind(3, card.name)
            .bind(4, records::roleCode(card.role))
            .bind(5, card.organisation)
            .bind(6, card.branch)
            .bind(7, card.organisationKey)
            .bind(8, m_clock.nowMs());
        CORRIDOR_TRY(st->run());
        auto found = find(card.deviceId());
        if (!found.ok())
            return found.error();
        return **found;
    }
    if (!ownOrganisation && card.role != records::Role::Coordinator)
        return Error(ErrorCode::PermissionDenied,
                     tr("a device of another National Society (%1) is registered through its coordinator's card")
                         .arg(card.organisation));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    records::FieldMap fields;
    fields.insert(QStringLiteral("device_id"), card.deviceId());
    fields.insert(QStringLiteral("public_key"), card.publicKey);
    fields.insert(QStringLiteral("name"), card.name);
    fields.insert(QStringLiteral("role"), records::roleCode(card.role));
    fields.insert(QStringLiteral("organisation"), card.organisation);
    fields.insert(QStringLiteral("branch"), card.branch);
    fields.insert(QStringLiteral("status"), QStringLiteral("enrolled"));
    fields.insert(QStringLiteral("revoked_at"), QCborValue(nullptr));
    auto written =
        m_store.write(QString::fromLatin1(DeviceProjection::RecordType), deviceRecordId(card.deviceId()), fields);
    if (!written.ok())
        return written.error();
    if (ownOrganisation) {
        CORRIDOR_TRY(sealOrganisationSecretsFor(card.deviceId(), card.publicKey));
    } else if (card.organisationKey.size() == 32) {
        // A partner's organisation key: referral codes to it are encrypted with this.
        records::FieldMap key;
        key.insert(QStringLiteral("organisation"), card.organisation);
        key.insert(QStringLiteral("public_key"), card.organisationKey);
        auto keyWritten = m_store.write(QString::fromLatin1(OrgKeyProjection::RecordType),
                                        orgKeyRecordId(card.organisation, card.organisationKey), key);
        if (!keyWritten.ok())
            return keyWritten.error();
    }
    CORRIDOR_TRY(tx->commit());
    auto found = find(card.deviceId());
    if (!found.ok())
        return found.error();
    return **found;
}

Status TrustStore::revoke(const QByteArray& deviceId, records::Role myRole) {
    if (myRole != records::Role::Coordinator)
        return Error(ErrorCode::PermissionDenied, tr("only coordinators revoke devices"));
    if (deviceId == m_device.id())
        return Error(ErrorCode::InvalidInput, tr("a laptop cannot revoke itself"));
    auto known = find(deviceId);
    if (!known.ok())
        return known.error();
    if (!*known)
        return Error(ErrorCode::NotFound,
                     tr("no device %1 is known here").arg(crypto::DeviceIdentity::idText(deviceId)));
    records::FieldMap fields;
    fields.insert(QStringLiteral("device_id"), deviceId);
    fields.insert(QStringLiteral("public_key"), (*known)->publicKey);
    fields.insert(QStringLiteral("name"), (*known)->name);
    fields.insert(QStringLiteral("role"), records::roleCode((*known)->role));
    fields.insert(QStringLiteral("organisation"), (*known)->organisation);
    fields.insert(QStringLiteral("branch"), (*known)->branch);
    fields.insert(QStringLiteral("status"), QStringLiteral("revoked"));
    fields.insert(QStringLiteral("revoked_at"), m_clock.nowMs());
    auto written = m_store.write(QString::fromLatin1(DeviceProjection::RecordType), deviceRecordId(deviceId), fields);
    if (!written.ok())
        return written.error();
    return success();
}

Result<DeviceCard> TrustStore::ownCard(const QString& name, records::Role role, const QString& branch) {
    DeviceCard card;
    card.name = name;
    card.role = role;
    card.organisation = m_organisation;
    card.branch = branch;
    card.createdMs = m_clock.nowMs();
    if (role == records::Role::Coordinator) {
        auto secrets = ownOrganisationSecrets();
        if (!secrets.ok())
            return secrets.error();
        if (!secrets->empty())
            card.organisationKey = crypto::SealedBox::publicKeyOf(secrets->front());
    }
    card.sign(m_device);
    return card;
}

Status TrustStore::ensureOrganisationKey(records::Role myRole) {
    if (myRole != records::Role::Coordinator)
        return success();
    auto existing = ownOrganisationSecrets();
    if (!existing.ok())
        return existing.error();
    if (!existing->empty())
        return success();
    auto [publicKey, secretKey] = crypto::SealedBox::newKeyPair();
    records::FieldMap fields;
    fields.insert(QStringLiteral("organisation"), m_organisation);
    fields.insert(QStringLiteral("public_key"), publicKey);
    fields.insert(sealedField(m_device.id()), crypto::SealedBox::seal(secretKey, m_device.x25519PublicKey()));
    auto written = m_store.write(QString::fromLatin1(OrgKeyProjection::RecordType),
                                 orgKeyRecordId(m_organisation, publicKey), fields);
    if (!written.ok())
        return written.error();
    return success();
}

Status TrustStore::sealOrganisationSecretsFor(const QByteArray& deviceId, const QByteArray& publicKey) {
    auto secrets = ownOrganisationSecrets();
    if (!secrets.ok())
        return secrets.error();
    const QByteArray x25519 = crypto::DeviceIdentity::x25519PublicKeyFor(publicKey);
    if (x25519.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("the device's public key is not usable"));
    for (const crypto::SecureBuffer& secret : *secrets) {
        const QByteArray orgPublic = crypto::SealedBox::publicKeyOf(secret);
        records::FieldMap fields;
        fields.insert(sealedField(deviceId), crypto::SealedBox::seal(secret, x25519));
        auto written = m_store.write(QString::fromLatin1(OrgKeyProjection::RecordType),
                                     orgKeyRecordId(m_organisation, orgPublic), fields);
        if (!written.ok())
            return written.error();
    }
    return success();
}

Result<QList<QByteArray>> TrustStore::organisationPublicKeys(const QString& organisation) {
    auto st = m_db.prepare("SELECT public_key FROM org_keys WHERE organisation = ?1 ORDER BY record_id");
    if (!st.ok())
        return st.error();
    st->bind(1, organisation);
    QList<QByteArray> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out << st->blob(0);
    }
}

Result<std::vector<crypto::SecureBuffer>> TrustStore::ownOrganisationSecrets() {
    auto st = m_db.prepare("SELECT public_key, fields FROM org_keys WHERE organisation = ?1 ORDER BY record_id");
    if (!st.ok())
        return st.error();
    st->bind(1, m_organisation);
    const QString mine = sealedField(m_device.id());
    const QByteArray myX25519 = m_device.x25519PublicKey();
    const crypto::SecureBuffer mySecret = m_device.x25519SecretKey();
    std::vector<crypto::SecureBuffer> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        const records::FieldMap fields = records::FieldMapCodec::decode(st->blob(1));
        const QByteArray sealed = fields.value(mine).toByteArray();
        if (sealed.isEmpty())
            continue;
        auto opened = crypto::SealedBox::open(sealed, myX25519, mySecret);
        if (opened && crypto::SealedBox::publicKeyOf(*opened) == st->blob(0))
            out.push_back(std::move(*opened));
    }
}

} // namespace corridor::sync

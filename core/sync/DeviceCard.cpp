#include "core/sync/DeviceCard.h"

#include "core/base/Base45.h"
#include "core/base/Cbor.h"
#include "core/crypto/DeviceIdentity.h"
#include <cstring>

#include <QCborMap>

namespace corridor::sync {
namespace {

enum Key : qint64 {
    KeyFormat,
    KeyVersion,
    KeyPublicKey,
    KeyName,
    KeyRole,
    KeyOrganisation,
    KeyBranch,
    KeyOrgKey,
    KeyCreated,
    KeySignature
};
const QString FormatName = QStringLiteral("corridor-card");

QCborMap toMap(const DeviceCard& c) {
    QCborMap m;
    m.insert(KeyFormat, FormatName);
    m.insert(KeyVersion, 1);
    m.insert(KeyPublicKey, c.publicKey);
    m.insert(KeyName, c.name);
    m.insert(KeyRole, records::roleCode(c.role));
    m.insert(KeyOrganisation, c.organisation);
    m.insert(KeyBranch, c.branch);
    if (!c.organisationKey.isEmpty())
        m.insert(KeyOrgKey, c.organisationKey);
    m.insert(KeyCreated, c.createdMs);
    return m;
}

} // namespace

QByteArray DeviceCard::deviceId() const {
    return crypto::DeviceIdentity::idFor(publicKey);
}
QString DeviceCard::deviceIdText() const {
    return crypto::DeviceIdentity::idText(deviceId());
}

QByteArray DeviceCard::signedBytes() const {
    return QByteArrayLiteral("corridor/card/v1") + '\0' + Cbor::encode(toMap(*this));
}

void DeviceCard::sign(const crypto::DeviceIdentity& device) {
    publicKey = device.publicKey();
    signature = device.sign(signedBytes());
}

QString DeviceCard::toText() const {
    QCborMap m = toMap(*this);
    m.insert(KeySignature, signature);
    return QString::fromLatin1(Prefix) + Base45::encode(Cbor::encode(m));
}

Result<DeviceCard> DeviceCard::fromText(const QString& text) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("not a valid device card: %1").arg(why));
    };
    const QString trimmed = text.trimmed();
    if (trimmed.size() > MaxTextBytes)
        return bad(tr("it is too long"));
    if (!trimmed.startsWith(QLatin1String(Prefix)))
        return bad(tr("it does not start with %1").arg(QString::fromLatin1(Prefix)));
    auto bytes = Base45::decode(trimmed.mid(qsizetype(std::strlen(Prefix))));
    if (!bytes.ok())
        return bad(bytes.error().message());
    Cbor::Limits limits;
    limits.maxBytes = MaxTextBytes;
    limits.maxDepth = 2;
    limits.maxItems = 64;
    limits.maxStringBytes = 256;
    auto value = Cbor::decode(*bytes, limits);
    if (!value.ok())
        return bad(value.error().message());
    const QCborMap m = value->toMap();
    if (m.value(KeyFormat).toString() != FormatName)
        return bad(tr("it is not a Corridor device card"));
    if (m.value(KeyVersion).toInteger(-1) != 1)
        return Error(ErrorCode::Unsupported, tr("this device card has a format version this Corridor does not know"));
    DeviceCard c;
    c.publicKey = m.value(KeyPublicKey).toByteArray();
    c.name = m.value(KeyName).toString();
    c.organisation = m.value(KeyOrganisation).toString();
    c.branch = m.value(KeyBranch).toString();
    c.organisationKey = m.value(KeyOrgKey).toByteArray();
    c.createdMs = m.value(KeyCreated).toInteger(0);
    c.signature = m.value(KeySignature).toByteArray();
    if (c.publicKey.size() != crypto::DeviceIdentity::PublicKeyBytes ||
        !records::roleFromCode(m.value(KeyRole).toString(), &c.role) || c.name.trimmed().isEmpty() ||
        c.name.size() > 100 || c.branch.size() > 100 || c.organisation.isEmpty() || c.organisation.size() > 16 ||
        (!c.organisationKey.isEmpty() && c.organisationKey.size() != 32))
        return bad(tr("a field is missing or malformed"));
    if (!crypto::DeviceIdentity::verify(c.publicKey, c.signedBytes(), c.signature))
        return Error(ErrorCode::Tampered, tr("the device card's signature does not match its contents"));
    return c;
}

} // namespace corridor::sync

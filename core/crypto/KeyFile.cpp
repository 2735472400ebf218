#include "core/crypto/KeyFile.h"

#include "core/base/AtomicFile.h"
#include "core/base/Ids.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corridor::crypto {
namespace {

const QString FormatName = QStringLiteral("corridor-vault-keys");

QJsonObject slotToJson(const KeySlot& slot) {
    QJsonObject kdf;
    kdf[QStringLiteral("alg")] =
        slot.kind == KeySlot::Kind::Passphrase ? QStringLiteral("argon2id13") : QStringLiteral("blake2b-256");
    kdf[QStringLiteral("ops")] = QString::number(slot.kdf.opsLimit);
    kdf[QStringLiteral("mem")] = QString::number(slot.kdf.memLimitBytes);
    kdf[QStringLiteral("salt")] = QString::fromLatin1(slot.kdf.salt.toBase64());
    QJsonObject o;
    o[QStringLiteral("id")] = slot.id;
    o[QStringLiteral("kind")] = KeySlot::kindName(slot.kind);
    o[QStringLiteral("user")] = slot.userId;
    o[QStringLiteral("kdf")] = kdf;
    o[QStringLiteral("nonce")] = QString::fromLatin1(slot.nonce.toBase64());
    o[QStringLiteral("wrapped")] = QString::fromLatin1(slot.wrapped.toBase64());
    return o;
}

std::optional<QByteArray> base64Field(const QJsonObject& o, const QString& key, qsizetype expectedBytes) {
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<quint64> numberField(const QJsonObject& o, const QString& key) {
    bool ok = false;
    const quint64 n = o.value(key).toString().toULongLong(&ok);
    return ok ? std::optional<quint64>(n) : std::nullopt;
}

QByteArray macOf(const QByteArray& body, const SecureBuffer& masterKey) {
    return Hash::blake2bKeyed(QByteArrayLiteral("corridor-keyfile-mac-v1") + '\0' + body, masterKey);
}

} // namespace

QByteArray KeyFile::canonicalBody() const {
    QJsonArray slotArray;
    for (const KeySlot& slot : slots)
        slotArray.append(slotToJson(slot));
    QJsonObject o;
    o[QStringLiteral("format")] = FormatName;
    o[QStringLiteral("version")] = FormatVersion;
    o[QStringLiteral("vault")] = vaultId;
    o[QStringLiteral("slots")] = slotArray;
    // QJsonObject keeps keys sorted and compact output is stable: the bytes are canonical.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray KeyFile::serialize(const SecureBuffer& masterKey) const {
    const QByteArray body = canonicalBody();
    QJsonObject o = QJsonDocument::fromJson(body).object();
    o[QStringLiteral("checksum")] = QString::fromLatin1(Hash::blake2b(body).toBase64());
    o[QStringLiteral("mac")] = QString::fromLatin1(macOf(body, masterKey).toBase64());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status KeyFile::save(const QString& path, const SecureBuffer& masterKey) const {
    return AtomicFile::write(path, serialize(masterKey));
}

Result<KeyFile> KeyFile::load(const QString& path) {
    auto bytes = AtomicFile::read(path, MaxBytes);
    if (!bytes.ok()) {
        if (bytes.error().code() == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound, tr("vault.keys is missing: without it the vault cannot be opened. "
                                                 "Restore it from a backup of the vault folder."));
        return bytes.error().prefixed(QStringLiteral("vault.keys"));
    }
    return parse(*bytes);
}

Result<KeyFile> KeyFile::parse(const QByteArray& json) {
    const auto damaged = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("vault.keys is damaged: %1").arg(why));
    };
    if (json.trimmed().isEmpty())
        return damaged(tr("the file is empty"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(tr("it is not readable JSON (truncated or overwritten?)"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != FormatName)
        return damaged(tr("it is not a Corridor key file"));
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version != FormatVersion)
        return Error(ErrorCode::Unsupported,
                     tr("vault.keys has format version %1; this Corridor reads version %2. Update Corridor.")
                         .arg(version)
                         .arg(FormatVersion));

    KeyFile file;
    file.vaultId = o.value(QStringLiteral("vault")).toString();
    if (!Ids::isValid(file.vaultId))
        return damaged(tr("the vault id is missing or malformed"));
    const QJsonArray slotArray = o.value(QStringLiteral("slots")).toArray();
    if (slotArray.isEmpty())
        return damaged(tr("it holds no key slots"));
    if (slotArray.size() > MaxSlots)
        return damaged(tr("it holds more key slots than allowed"));
    for (const QJsonValue& value : slotArray) {
        const QJsonObject so = value.toObject();
        KeySlot slot;
        slot.id = so.value(QStringLiteral("id")).toString();
        const QString kind = so.value(QStringLiteral("kind")).toString();
        slot.userId = so.value(QStringLiteral("user")).toString();
        const QJsonObject kdf = so.value(QStringLiteral("kdf")).toObject();
        const QString alg = kdf.value(QStringLiteral("alg")).toString();
        const auto ops = numberField(kdf, QStringLiteral("ops"));
        const auto mem = numberField(kdf, QStringLiteral("mem"));
        const auto salt = base64Field(kdf, QStringLiteral("salt"), PassphraseKdf::SaltBytes);
        const auto nonce = base64Field(so, QStringLiteral("nonce"), Aead::NonceBytes);
        const auto wrapped = base64Field(so, QStringLiteral("wrapped"), 32 + Aead::TagBytes);
        if (!Ids::isValid(slot.id) || !ops || !mem || !salt || !nonce || !wrapped)
            return damaged(tr("a key slot is incomplete"));
        if (kind == QLatin1String("passphrase") && alg == QLatin1String("argon2id13") && Ids::isValid(slot.userId)) {
            slot.kind = KeySlot::Kind::Passphrase;
        } else if (kind == QLatin1String("recovery") && alg == QLatin1String("blake2b-256") && slot.userId.isEmpty()) {
            slot.kind = KeySlot::Kind::Recovery;
        } else {
            return damaged(tr("a key slot has an unknown kind or algorithm"));
        }
        slot.kdf = {*ops, *mem, *salt};
        slot.nonce = *nonce;
        slot.wrapped = *wrapped;
        if (slot.kind == KeySlot::Kind::Passphrase) {
            auto valid = PassphraseKdf::validate(slot.kdf);
            if (!valid.ok())
                return valid.error().prefixed(QStringLiteral("vault.keys"));
        }
        file.slots.append(slot);
    }

    const auto checksum = base64Field(o, QStringLiteral("checksum"), 32);
    const auto mac = base64Field(o, QStringLiteral("mac"), 32);
    if (!checksum || !mac)
        return damaged(tr("its checksum is missing"));
    if (!Hash::constantTimeEquals(*checksum, Hash::blake2b(file.canonicalBody())))
        return damaged(tr("its checksum does not match its contents"));
    file.m_mac = *mac;
    return file;
}

Status KeyFile::verifyMac(const SecureBuffer& masterKey) const {
    if (!Hash::constantTimeEquals(m_mac, macOf(canonicalBody(), masterKey)))
        return Error(ErrorCode::Tampered,
                     tr("vault.keys was changed outside Corridor (its authentication code does not "
                        "match). Restore it from a backup and tell your coordinator."));
    return success();
}

const KeySlot* KeyFile::slotForUser(const QString& userId) const {
    for (const KeySlot& slot : slots)
        if (slot.kind == KeySlot::Kind::Passphrase && slot.userId == userId)
            return &slot;
    return nullptr;
}

const KeySlot* KeyFile::recoverySlot() const {
    for (const KeySlot& slot : slots)
        if (slot.kind == KeySlot::Kind::Recovery)
            return &slot;
    return nullptr;
}

} // namespace corridor::crypto

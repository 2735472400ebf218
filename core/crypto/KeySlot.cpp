#include "core/crypto/KeySlot.h"

#include "core/base/Ids.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Hash.h"

namespace corridor::crypto {
namespace {

Result<SecureBuffer> wrappingKey(KeySlot::Kind kind, const SecureBuffer& secret, const KdfParams& params) {
    if (kind == KeySlot::Kind::Passphrase)
        return PassphraseKdf::derive(secret, params);
    const QByteArray derived = Hash::blake2bKeyed(QByteArrayLiteral("corridor-recovery-slot-v1") + params.salt, secret);
    QByteArray copy = derived;
    return SecureBuffer::takeFrom(copy);
}

} // namespace

QString KeySlot::kindName(Kind kind) {
    return kind == Kind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery");
}

QByteArray KeySlot::associatedData(const QString& vaultId) const {
    QByteArray ad = QByteArrayLiteral("corridor-slot-v1");
    for (const QString& part : {vaultId, id, kindName(kind), userId})
        ad += '\x1f' + part.toUtf8();
    ad += '\x1f' + QByteArray::number(kdf.opsLimit) + '\x1f' + QByteArray::number(kdf.memLimitBytes) + '\x1f' +
          kdf.salt.toHex();
    return ad;
}

Result<KeySlot> KeySlot::create(Kind kind, const QString& userId, const QString& vaultId, const SecureBuffer& secret,
                                const SecureBuffer& masterKey, const KdfParams& params) {
    KeySlot slot;
    slot.id = Ids::newId();
    slot.kind = kind;
    slot.userId = userId;
    slot.kdf = params;
    slot.nonce = Aead::newNonce();
    auto key = wrappingKey(kind, secret, params);
    if (!key.ok())
        return key.error();
    slot.wrapped = Aead::seal(*key, slot.nonce, masterKey, slot.associatedData(vaultId));
    return slot;
}

std::optional<SecureBuffer> KeySlot::open(const QString& vaultId, const SecureBuffer& secret) const {
    auto key = wrappingKey(kind, secret, kdf);
    if (!key.ok())
        return std::nullopt;
    return Aead::openSecret(*key, nonce, wrapped, associatedData(vaultId));
}

} // namespace corridor::crypto

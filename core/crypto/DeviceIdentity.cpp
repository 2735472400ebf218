#include "core/crypto/DeviceIdentity.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <QRegularExpression>
#include <cstdlib>

namespace corridor::crypto {
namespace {
const unsigned char* u8(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}
} // namespace

DeviceIdentity DeviceIdentity::generate() {
    if (!ensureSodium())
        std::abort();
    DeviceIdentity identity;
    identity.m_publicKey = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    identity.m_secretKey = SecureBuffer(SecretKeyBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(identity.m_publicKey.data()), identity.m_secretKey.data());
    return identity;
}

Result<DeviceIdentity> DeviceIdentity::fromSecretKey(SecureBuffer secretKey) {
    if (!ensureSodium())
        return Error(ErrorCode::Crypto, tr("the cryptography library could not start"));
    if (secretKey.size() != SecretKeyBytes)
        return Error(ErrorCode::Corrupt, tr("the device key has the wrong length"));
    DeviceIdentity identity;
    identity.m_publicKey = QByteArray(PublicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(identity.m_publicKey.data()), secretKey.data());
    identity.m_secretKey = std::move(secretKey);
    // A key pair that cannot sign and verify its own message is damaged.
    const QByteArray probe = QByteArrayLiteral("corridor-device-self-test");
    if (!verify(identity.m_publicKey, probe, identity.sign(probe)))
        return Error(ErrorCode::Corrupt, tr("the device key is damaged"));
    return identity;
}

QByteArray DeviceIdentity::sign(const QByteArray& message) const {
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, u8(message),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

bool DeviceIdentity::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    if (!ensureSodium() || publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    return crypto_sign_verify_detached(u8(signature), u8(message), static_cast<unsigned long long>(message.size()),
                                       u8(publicKey)) == 0;
}

QByteArray DeviceIdentity::x25519PublicKey() const {
    return x25519PublicKeyFor(m_publicKey);
}

SecureBuffer DeviceIdentity::x25519SecretKey() const {
    SecureBuffer out(crypto_scalarmult_curve25519_BYTES);
    crypto_sign_ed25519_sk_to_curve25519(out.data(), m_secretKey.data());
    return out;
}

QByteArray DeviceIdentity::x25519PublicKeyFor(const QByteArray& ed25519PublicKey) {
    if (!ensureSodium() || ed25519PublicKey.size() != PublicKeyBytes)
        return {};
    QByteArray out(crypto_scalarmult_curve25519_BYTES, Qt::Uninitialized);
    if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char*>(out.data()), u8(ed25519PublicKey)) != 0)
        return {};
    return out;
}

QByteArray DeviceIdentity::idFor(const QByteArray& publicKey) {
    return Hash::blake2b(QByteArrayLiteral("corridor-device-id-v1") + publicKey, 16).left(IdBytes);
}

QString DeviceIdentity::idText(const QByteArray& id) {
    return QString::fromLatin1(id.toHex().toUpper());
}

QByteArray DeviceIdentity::idFromText(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{16}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace corridor::crypto

#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor::crypto {

// This installation's Ed25519 key pair. It signs every changeset and bundle the device
// writes; its X25519 form receives encrypted bundles. The device id is the first 8 bytes
// of a BLAKE2b hash of the public key, shown as 16 hex digits (it doubles as the key id
// in minisign's format).
class DeviceIdentity {
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)
public:
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SecretKeyBytes = 64;
    static constexpr int SignatureBytes = 64;
    static constexpr int IdBytes = 8;

    static DeviceIdentity generate();
    [[nodiscard]] static Result<DeviceIdentity> fromSecretKey(SecureBuffer secretKey);

    const QByteArray& publicKey() const { return m_publicKey; }
    const SecureBuffer& secretKey() const { return m_secretKey; }
    QByteArray id() const { return idFor(m_publicKey); }
    QString idText() const { return idText(id()); }

    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

    QByteArray x25519PublicKey() const;
    SecureBuffer x25519SecretKey() const;
    static QByteArray x25519PublicKeyFor(const QByteArray& ed25519PublicKey); // empty if not a valid point

    static QByteArray idFor(const QByteArray& publicKey);
    static QString idText(const QByteArray& id);
    static QByteArray idFromText(const QString& text); // empty if malformed

private:
    QByteArray m_publicKey;
    SecureBuffer m_secretKey;
};

} // namespace corridor::crypto

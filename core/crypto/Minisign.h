#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor::crypto {

class DeviceIdentity;

// Signatures in minisign's format (prehashed "ED": Ed25519 over BLAKE2b-512 of the file,
// plus a global signature over the signature and the trusted comment), so the stock
// `minisign -V -p key.pub -m file` verifies what a Corridor device signed.
class Minisign {
    Q_DECLARE_TR_FUNCTIONS(Minisign)
public:
    struct Signature {
        QByteArray keyId;       // 8 bytes: the device id
        QByteArray signature;   // 64 bytes, over BLAKE2b-512(message)
        QString trustedComment; // authenticated by globalSignature
        QByteArray globalSignature;
    };

    static QByteArray sign(const DeviceIdentity& device, const QByteArray& message, const QString& trustedComment,
                           const QString& untrustedComment);
    // The file sign() writes for this signature: what a strict reader compares a parsed file with.
    static QByteArray format(const Signature& signature, const QString& untrustedComment);
    [[nodiscard]] static Result<Signature> parse(const QByteArray& signatureFile);
    // Checks both the file signature and the trusted comment's global signature.
    static bool verify(const Signature& signature, const QByteArray& publicKey, const QByteArray& message);

    static QByteArray publicKeyFile(const QByteArray& keyId, const QByteArray& publicKey);
};

} // namespace corridor::crypto

#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace corridor::crypto {

// The age v1 file format (C2SP age spec) with X25519 recipients, built from libsodium:
// X25519, ChaCha20-Poly1305, HMAC-SHA-256 and HKDF-SHA-256. Files we write decrypt with
// the stock `age -d -i`, and files `age -r` writes decrypt here.
class AgeEncryption {
    Q_DECLARE_TR_FUNCTIONS(AgeEncryption)
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;

    // recipients: X25519 public keys (32 bytes each).
    [[nodiscard]] static Result<QByteArray> encrypt(const QByteArray& plaintext, const QList<QByteArray>& recipients);
    // identity: an X25519 secret key (32 bytes). Refuses files whose plaintext would exceed maxPlaintext.
    [[nodiscard]] static Result<QByteArray> decrypt(const QByteArray& file, const SecureBuffer& identity,
                                                    qsizetype maxPlaintext);

    // "age1…" and "AGE-SECRET-KEY-1…" strings, as the stock tools read them.
    static QString recipientString(const QByteArray& x25519PublicKey);
    static QString identityString(const SecureBuffer& x25519SecretKey);
};

} // namespace corridor::crypto

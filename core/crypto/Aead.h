#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <optional>

namespace corridor::crypto {

// XChaCha20-Poly1305 (IETF) authenticated encryption. Random 24-byte nonces are safe
// with this construction, so callers simply ask for a fresh nonce every time.
namespace Aead {
constexpr int KeyBytes = 32;
constexpr int NonceBytes = 24;
constexpr int TagBytes = 16;

QByteArray newNonce();
QByteArray seal(const SecureBuffer& key, const QByteArray& nonce, const unsigned char* plaintext, std::size_t length,
                const QByteArray& associatedData);
inline QByteArray seal(const SecureBuffer& key, const QByteArray& nonce, const SecureBuffer& plaintext,
                       const QByteArray& associatedData) {
    return seal(key, nonce, plaintext.data(), plaintext.size(), associatedData);
}
// Returns nothing if the key is wrong or any byte of nonce, ciphertext or data was changed.
std::optional<SecureBuffer> openSecret(const SecureBuffer& key, const QByteArray& nonce, const QByteArray& ciphertext,
                                       const QByteArray& associatedData);
} // namespace Aead

} // namespace corridor::crypto

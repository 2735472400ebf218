#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace corridor::crypto {

class SecureBuffer;

// Compact public-key encryption of one short message to a few X25519 keys at once, for
// the QR code on a referral slip where every byte counts. A fresh content key encrypts
// the message (XChaCha20-Poly1305); the content key is wrapped for each recipient under
// a key derived from X25519(ephemeral, recipient). Both keys are used exactly once, so
// the nonces are zero. Overhead: 1 + 32 + 48 per recipient + 16 bytes.
//
//   count (1) | ephemeral public key (32) | count × wrapped content key (48) | ciphertext
namespace Envelope {
constexpr int MaxRecipients = 8;
constexpr int WrappedKeyBytes = 48;
constexpr int HeaderBytes = 33;
constexpr int TagBytes = 16;

// Empty if there is no recipient, more than MaxRecipients, or a key is not 32 bytes.
QByteArray seal(const QByteArray& plaintext, const QList<QByteArray>& recipientX25519PublicKeys);
// Nothing if the envelope is malformed, not addressed to this key, or was changed.
std::optional<QByteArray> open(const QByteArray& envelope, const SecureBuffer& x25519SecretKey);
} // namespace Envelope

} // namespace corridor::crypto

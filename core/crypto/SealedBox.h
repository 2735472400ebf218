#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <optional>

namespace corridor::crypto {

// Anonymous public-key encryption (libsodium sealed boxes) to an X25519 key: how an
// organisation's secret key reaches each enrolled device inside a signed trust update.
namespace SealedBox {
QByteArray seal(const SecureBuffer& secret, const QByteArray& recipientX25519PublicKey);
std::optional<SecureBuffer> open(const QByteArray& sealed, const QByteArray& x25519PublicKey,
                                 const SecureBuffer& x25519SecretKey);
// A fresh X25519 key pair.
std::pair<QByteArray, SecureBuffer> newKeyPair();
QByteArray publicKeyOf(const SecureBuffer& x25519SecretKey);
} // namespace SealedBox

} // namespace corridor::crypto

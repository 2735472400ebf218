#pragma once

#include <QByteArray>

namespace corridor::crypto {

class SecureBuffer;

// Hash functions Corridor uses by name, so no other module needs libsodium.
namespace Hash {
// BLAKE2b with the given output length (16..64 bytes), optionally keyed.
QByteArray blake2b(const QByteArray& data, int outputBytes = 32);
QByteArray blake2bKeyed(const QByteArray& data, const SecureBuffer& key, int outputBytes = 32);
QByteArray sha256(const QByteArray& data);
QByteArray sha512(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// HKDF-SHA-256 (RFC 5869), built on HMAC.
QByteArray hkdfSha256(const QByteArray& inputKey, const QByteArray& salt, const QByteArray& info, int length);
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
} // namespace Hash

} // namespace corridor::crypto

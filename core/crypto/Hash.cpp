#include "core/crypto/Hash.h"

#include "core/crypto/SecureBuffer.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace corridor::crypto::Hash {
namespace {
const unsigned char* bytesOf(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}
unsigned char* bytesOf(QByteArray& a) {
    return reinterpret_cast<unsigned char*>(a.data());
}
} // namespace

QByteArray blake2b(const QByteArray& data, int outputBytes) {
    if (!ensureSodium())
        std::abort();
    QByteArray out(outputBytes, Qt::Uninitialized);
    crypto_generichash(bytesOf(out), static_cast<size_t>(outputBytes), bytesOf(data),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

QByteArray blake2bKeyed(const QByteArray& data, const SecureBuffer& key, int outputBytes) {
    if (!ensureSodium())
        std::abort();
    QByteArray out(outputBytes, Qt::Uninitialized);
    crypto_generichash(bytesOf(out), static_cast<size_t>(outputBytes), bytesOf(data),
                       static_cast<unsigned long long>(data.size()), key.data(), key.size());
    return out;
}

QByteArray sha256(const QByteArray& data) {
    if (!ensureSodium())
        std::abort();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(bytesOf(out), bytesOf(data), static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray sha512(const QByteArray& data) {
    if (!ensureSodium())
        std::abort();
    QByteArray out(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512(bytesOf(out), bytesOf(data), static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data) {
    if (!ensureSodium())
        std::abort();
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, bytesOf(key), static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, bytesOf(data), static_cast<unsigned long long>(data.size()));
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, bytesOf(out));
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray hkdfSha256(const QByteArray& inputKey, const QByteArray& salt, const QByteArray& info, int length) {
    // RFC 5869: PRK = HMAC(salt or zeros, IKM); T(i) = HMAC(PRK, T(i-1) | info | i).
    const QByteArray prk = hmacSha256(salt.isEmpty() ? QByteArray(32, '\0') : salt, inputKey);
    QByteArray okm;
    QByteArray previous;
    for (int i = 1; okm.size() < length; ++i) {
        previous = hmacSha256(prk, previous + info + QByteArray(1, static_cast<char>(i)));
        okm.append(previous);
    }
    okm.truncate(length);
    return okm;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (!ensureSodium())
        std::abort();
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace corridor::crypto::Hash

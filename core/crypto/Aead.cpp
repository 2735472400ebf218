#include "core/crypto/Aead.h"

#include "core/crypto/Random.h"

#include <sodium.h>

#include <cassert>

namespace corridor::crypto::Aead {

static_assert(KeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(TagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

QByteArray newNonce() {
    return Random::bytes(NonceBytes);
}

QByteArray seal(const SecureBuffer& key, const QByteArray& nonce, const unsigned char* plaintext, std::size_t length,
                const QByteArray& associatedData) {
    assert(key.size() == KeyBytes && nonce.size() == NonceBytes);
    QByteArray out(static_cast<qsizetype>(length) + TagBytes, Qt::Uninitialized);
    unsigned long long outLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()), &outLength, plaintext,
                                               length,
                                               reinterpret_cast<const unsigned char*>(associatedData.constData()),
                                               static_cast<unsigned long long>(associatedData.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    out.truncate(static_cast<qsizetype>(outLength));
    return out;
}

std::optional<SecureBuffer> openSecret(const SecureBuffer& key, const QByteArray& nonce, const QByteArray& ciphertext,
                                       const QByteArray& associatedData) {
    if (key.size() != KeyBytes || nonce.size() != NonceBytes || ciphertext.size() < TagBytes)
        return std::nullopt;
    SecureBuffer plain(static_cast<std::size_t>(ciphertext.size() - TagBytes));
    unsigned long long plainLength = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain.data(), &plainLength, nullptr, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
        static_cast<unsigned long long>(ciphertext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()),
        reinterpret_cast<const unsigned char*>(nonce.constData()), key.data());
    if (rc != 0)
        return std::nullopt;
    return plain;
}

} // namespace corridor::crypto::Aead

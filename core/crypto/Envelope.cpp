#include "core/crypto/Envelope.h"

#include "core/crypto/SecureBuffer.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace corridor::crypto::Envelope {
namespace {

const unsigned char ZeroNonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES] = {};

const unsigned char* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}

// The key that wraps the content key for one recipient: bound to the shared secret, the
// ephemeral key and the recipient's key, so a wrapped key cannot be moved elsewhere.
std::optional<SecureBuffer> wrappingKey(const SecureBuffer& shared, const QByteArray& ephemeralPublic,
                                        const QByteArray& recipientPublic) {
    SecureBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_generichash_state state;
    static constexpr char Context[] = "corridor/envelope/v1";
    if (crypto_generichash_init(&state, nullptr, 0, key.size()) != 0)
        return std::nullopt;
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(Context), sizeof Context - 1);
    crypto_generichash_update(&state, shared.data(), shared.size());
    crypto_generichash_update(&state, bytes(ephemeralPublic), std::size_t(ephemeralPublic.size()));
    crypto_generichash_update(&state, bytes(recipientPublic), std::size_t(recipientPublic.size()));
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

std::optional<SecureBuffer> sharedSecret(const SecureBuffer& secretKey, const QByteArray& publicKey) {
    SecureBuffer shared(crypto_scalarmult_BYTES);
    if (crypto_scalarmult(shared.data(), secretKey.data(), bytes(publicKey)) != 0)
        return std::nullopt; // a low-order point
    return shared;
}

} // namespace

QByteArray seal(const QByteArray& plaintext, const QList<QByteArray>& recipients) {
    if (!ensureSodium() || recipients.isEmpty() || recipients.size() > MaxRecipients)
        return {};
    for (const QByteArray& r : recipients)
        if (r.size() != crypto_scalarmult_BYTES)
            return {};
    QByteArray ephemeralPublic(crypto_scalarmult_BYTES, Qt::Uninitialized);
    SecureBuffer ephemeralSecret(crypto_scalarmult_SCALARBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(ephemeralPublic.data()), ephemeralSecret.data());
    SecureBuffer contentKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_aead_xchacha20poly1305_ietf_keygen(contentKey.data());

    QByteArray out;
    out.reserve(HeaderBytes + recipients.size() * WrappedKeyBytes + plaintext.size() + TagBytes);
    out.append(char(recipients.size()));
    out.append(ephemeralPublic);
    for (const QByteArray& recipient : recipients) {
        auto shared = sharedSecret(ephemeralSecret, recipient);
        if (!shared)
            return {};
        auto key = wrappingKey(*shared, ephemeralPublic, recipient);
        if (!key)
            return {};
        QByteArray wrapped(WrappedKeyBytes, Qt::Uninitialized);
        crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(wrapped.data()), nullptr,
                                                   contentKey.data(), contentKey.size(), nullptr, 0, nullptr, ZeroNonce,
                                                   key->data());
        out.append(wrapped);
    }
    // The header is authenticated with the message: no recipient can be added or dropped.
    const QByteArray header = out;
    QByteArray ciphertext(plaintext.size() + TagBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(ciphertext.data()), nullptr,
                                               bytes(plaintext), std::size_t(plaintext.size()), bytes(header),
                                               std::size_t(header.size()), nullptr, ZeroNonce, contentKey.data());
    out.append(ciphertext);
    return out;
}

std::optional<QByteArray> open(const QByteArray& envelope, const SecureBuffer& secretKey) {
    if (!ensureSodium() || envelope.isEmpty() || secretKey.size() != crypto_scalarmult_SCALARBYTES)
        return std::nullopt;
    const int count = static_cast<unsigned char>(envelope.at(0));
    const qsizetype headerSize = HeaderBytes + qsizetype(count) * WrappedKeyBytes;
    if (count < 1 || count > MaxRecipients || envelope.size() < headerSize + TagBytes)
        return std::nullopt;
    const QByteArray ephemeralPublic = envelope.mid(1, crypto_scalarmult_BYTES);
    QByteArray ownPublic(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(ownPublic.data()), secretKey.data());
    auto shared = sharedSecret(secretKey, ephemeralPublic);
    if (!shared)
        return std::nullopt;
    auto key = wrappingKey(*shared, ephemeralPublic, ownPublic);
    if (!key)
        return std::nullopt;
    SecureBuffer contentKey(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    bool unwrapped = false;
    for (int i = 0; i < count && !unwrapped; ++i) {
        const unsigned char* wrapped = bytes(envelope) + HeaderBytes + qsizetype(i) * WrappedKeyBytes;
        unwrapped =
            crypto_aead_xchacha20poly1305_ietf_decrypt(contentKey.data(), nullptr, nullptr, wrapped, WrappedKeyBytes,
                                                       nullptr, 0, ZeroNonce, key->data()) == 0;
    }
    if (!unwrapped)
        return std::nullopt;
    const QByteArray header = envelope.left(headerSize);
    QByteArray plaintext(envelope.size() - headerSize - TagBytes, Qt::Uninitialized);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plaintext.data()), nullptr, nullptr,
                                                   bytes(envelope) + headerSize,
                                                   std::size_t(envelope.size() - headerSize), bytes(header),
                                                   std::size_t(header.size()), ZeroNonce, contentKey.data()) != 0)
        return std::nullopt;
    return plaintext;
}

} // namespace corridor::crypto::Envelope

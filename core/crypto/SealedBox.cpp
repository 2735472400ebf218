#include "core/crypto/SealedBox.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace corridor::crypto::SealedBox {

QByteArray seal(const SecureBuffer& secret, const QByteArray& recipient) {
    if (!ensureSodium() || recipient.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray out(qsizetype(secret.size() + crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), secret.data(), secret.size(),
                        reinterpret_cast<const unsigned char*>(recipient.constData())) != 0)
        return {};
    return out;
}

std::optional<SecureBuffer> open(const QByteArray& sealed, const QByteArray& publicKey, const SecureBuffer& secretKey) {
    if (!ensureSodium() || sealed.size() <= crypto_box_SEALBYTES || publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    SecureBuffer out(std::size_t(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()), secretKey.data()) != 0)
        return std::nullopt;
    return out;
}

std::pair<QByteArray, SecureBuffer> newKeyPair() {
    if (!ensureSodium())
        std::abort();
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    SecureBuffer secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    return {publicKey, std::move(secretKey)};
}

QByteArray publicKeyOf(const SecureBuffer& secretKey) {
    if (!ensureSodium() || secretKey.size() != crypto_scalarmult_SCALARBYTES)
        return {};
    QByteArray out(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(out.data()), secretKey.data());
    return out;
}

} // namespace corridor::crypto::SealedBox

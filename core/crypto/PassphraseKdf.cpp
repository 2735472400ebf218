#include "core/crypto/PassphraseKdf.h"

#include "core/crypto/Random.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace corridor::crypto {

KdfParams PassphraseKdf::minimum() {
    return {FloorOps, FloorMemBytes, Random::bytes(SaltBytes)};
}

KdfParams PassphraseKdf::calibrated(double targetSeconds) {
    KdfParams params{1, DefaultMemBytes, Random::bytes(SaltBytes)};
    SecureBuffer probe = Random::secret(16);
    QElapsedTimer timer;
    timer.start();
    auto key = derive(probe, params);
    const double onePass = std::max(0.01, static_cast<double>(timer.elapsed()) / 1000.0);
    const auto passes = static_cast<quint64>(std::lround(targetSeconds / onePass));
    // Three passes at 256 MiB is libsodium's MODERATE level; never go below it.
    params.opsLimit = std::clamp<quint64>(passes, 3, 10);
    params.salt = Random::bytes(SaltBytes);
    return params;
}

Status PassphraseKdf::validate(const KdfParams& params) {
    if (params.salt.size() != SaltBytes)
        return Error(ErrorCode::Corrupt, tr("the key derivation salt has the wrong length"));
    if (params.memLimitBytes < FloorMemBytes || params.opsLimit < FloorOps)
        return Error(ErrorCode::Tampered, tr("the key derivation settings are weaker than Corridor ever writes"));
    if (params.memLimitBytes > MaxMemBytes || params.opsLimit > MaxOps)
        return Error(ErrorCode::LimitExceeded,
                     tr("the key derivation settings ask for more memory or time than allowed"));
    return success();
}

Result<SecureBuffer> PassphraseKdf::derive(const SecureBuffer& passphrase, const KdfParams& params) {
    if (!ensureSodium())
        return Error(ErrorCode::Crypto, tr("the cryptography library could not start"));
    if (params.salt.size() != SaltBytes)
        return Error(ErrorCode::Corrupt, tr("the key derivation salt has the wrong length"));
    SecureBuffer key(32);
    static const char empty = 0; // an empty buffer has no storage; libsodium wants a pointer anyway
    const char* secret = passphrase.size() ? reinterpret_cast<const char*>(passphrase.data()) : &empty;
    const int rc = crypto_pwhash(key.data(), key.size(), secret, passphrase.size(),
                                 reinterpret_cast<const unsigned char*>(params.salt.constData()), params.opsLimit,
                                 static_cast<size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error(ErrorCode::Crypto, tr("not enough memory to derive the key from the passphrase"));
    return key;
}

} // namespace corridor::crypto

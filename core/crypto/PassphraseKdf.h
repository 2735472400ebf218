#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor::crypto {

// Argon2id (libsodium crypto_pwhash) parameters, stored with every key slot so that a vault
// made on one laptop opens on another and stronger settings can be chosen later.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    QByteArray salt; // 16 bytes

    bool operator==(const KdfParams&) const = default;
};

class PassphraseKdf {
    Q_DECLARE_TR_FUNCTIONS(PassphraseKdf)
public:
    static constexpr int SaltBytes = 16;
    static constexpr quint64 FloorMemBytes = 19ull << 20; // OWASP floor: 19 MiB, 2 passes
    static constexpr quint64 FloorOps = 2;
    static constexpr quint64 DefaultMemBytes = 256ull << 20;
    static constexpr quint64 MaxMemBytes = 2ull << 30;
    static constexpr quint64 MaxOps = 64;

    // The floor. Only for tests and practice vaults, whose data is fictional.
    static KdfParams minimum();
    // At least 256 MiB, with as many passes as take about targetSeconds on this machine.
    static KdfParams calibrated(double targetSeconds = 1.0);
    // Is the slot's cost inside what we are willing to compute? (a tampered file must
    // not make us allocate 100 GiB or spin for an hour)
    static Status validate(const KdfParams& params);

    [[nodiscard]] static Result<SecureBuffer> derive(const SecureBuffer& passphrase, const KdfParams& params);
};

} // namespace corridor::crypto

#pragma once

#include "core/base/Result.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecureBuffer.h"

#include <QString>
#include <optional>

namespace corridor::crypto {

// One way into a vault: the master key, wrapped with XChaCha20-Poly1305 under a key
// derived from a user's passphrase (Argon2id) or from the printed recovery key (BLAKE2b;
// the recovery key is 160 random bits, so it needs no slow hash). The slot's metadata is
// authenticated as associated data, so changing any of it makes the slot fail to open.
struct KeySlot {
    enum class Kind { Passphrase, Recovery };

    QString id;
    Kind kind = Kind::Passphrase;
    QString userId; // empty for the recovery slot
    KdfParams kdf;
    QByteArray nonce;
    QByteArray wrapped;

    [[nodiscard]] static Result<KeySlot> create(Kind kind, const QString& userId, const QString& vaultId,
                                                const SecureBuffer& secret, const SecureBuffer& masterKey,
                                                const KdfParams& params);
    // The master key, or nothing if the secret is wrong or the slot was altered.
    std::optional<SecureBuffer> open(const QString& vaultId, const SecureBuffer& secret) const;

    QByteArray associatedData(const QString& vaultId) const;
    static QString kindName(Kind kind);
};

} // namespace corridor::crypto

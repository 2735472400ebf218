#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace corridor::crypto {

// The recovery key printed once at vault creation for the coordinator's safe:
// 160 random bits written as 32 Crockford base32 characters plus 4 check characters,
// in groups of four ("7KQ2-M9X4-…"). Crockford's alphabet has no I, L, O or U, and the
// reader accepts the usual confusions (o→0, i/l→1), lower case, spaces and missing dashes.
class RecoveryKey {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)
public:
    static constexpr int SecretBytes = 20;

    static SecureBuffer generate();
    static QString format(const SecureBuffer& secret);
    [[nodiscard]] static Result<SecureBuffer> parse(const QString& text);
};

} // namespace corridor::crypto

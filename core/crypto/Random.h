#pragma once

#include "core/crypto/SecureBuffer.h"

#include <QByteArray>

namespace corridor::crypto {

// The operating system's CSPRNG, through libsodium. The only source of randomness for
// anything secret or unique.
namespace Random {
QByteArray bytes(qsizetype count);
SecureBuffer secret(std::size_t count);
quint32 uniform(quint32 upperBound); // 0 <= n < upperBound, unbiased
} // namespace Random

} // namespace corridor::crypto

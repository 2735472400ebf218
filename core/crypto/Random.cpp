#include "core/crypto/Random.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>

namespace corridor::crypto::Random {

QByteArray bytes(qsizetype count) {
    if (!ensureSodium())
        std::abort();
    QByteArray out(count, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<std::size_t>(count));
    return out;
}

SecureBuffer secret(std::size_t count) {
    SecureBuffer out(count);
    randombytes_buf(out.data(), count);
    return out;
}

quint32 uniform(quint32 upperBound) {
    if (!ensureSodium())
        std::abort();
    return randombytes_uniform(upperBound);
}

} // namespace corridor::crypto::Random

#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace corridor::crypto {

bool ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace corridor::crypto

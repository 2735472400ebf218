#pragma once

namespace corridor::crypto {

// Initialises libsodium once; safe to call from any thread, any number of times.
// Returns false if the library cannot run on this machine (no usable RNG).
[[nodiscard]] bool ensureSodium();

} // namespace corridor::crypto

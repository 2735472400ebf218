#pragma once

#include <QtGlobal>

#include <functional>

namespace corridor {

// Splits [0, count) into one contiguous range per core (at most `maxThreads`, and one
// range for small counts) and runs `work(begin, end)` on each range at once, returning
// when all are done. `work` must only touch what belongs to its own range.
void parallelFor(qsizetype count, const std::function<void(qsizetype begin, qsizetype end)>& work,
                 unsigned maxThreads = 4, qsizetype minPerThread = 32);

// The cores this laptop has (at least 1).
unsigned coreCount();

} // namespace corridor

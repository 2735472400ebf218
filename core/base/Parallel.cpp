#include "core/base/Parallel.h"

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace corridor {

unsigned coreCount() {
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallelFor(qsizetype count, const std::function<void(qsizetype, qsizetype)>& work, unsigned maxThreads,
                 qsizetype minPerThread) {
    if (count <= 0)
        return;
    const qsizetype byWork = std::max<qsizetype>(1, count / std::max<qsizetype>(1, minPerThread));
    const qsizetype threads = std::min<qsizetype>({qsizetype(std::max(1u, maxThreads)), byWork, count});
    if (threads <= 1) {
        work(0, count);
        return;
    }
    const qsizetype step = (count + threads - 1) / threads;
    std::vector<std::thread> pool;
    // The calling thread takes the first range itself.
    qsizetype from = step;
    try {
        for (; from < count; from += step)
            pool.emplace_back(work, from, std::min(count, from + step));
    } catch (const std::system_error&) {
        work(from, count); // no thread to be had: what is left runs here
    }
    work(0, std::min(count, step));
    for (std::thread& thread : pool)
        thread.join();
}

} // namespace corridor

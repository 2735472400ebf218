#include "core/base/Parallel.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace corridor;

TEST_CASE("parallelFor visits every index exactly once, in ranges on several threads", "[base][parallel]") {
    for (const qsizetype count :
         {qsizetype(0), qsizetype(1), qsizetype(31), qsizetype(32), qsizetype(33), qsizetype(1000), qsizetype(1001)}) {
        for (const unsigned threads : {1u, 2u, 3u, 4u}) {
            std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
            std::atomic<int> emptyRanges{0}; // Catch2 assertions are not for worker threads
            std::mutex mutex;
            std::set<std::thread::id> workers;
            parallelFor(
                count,
                [&](qsizetype begin, qsizetype end) {
                    if (begin >= end)
                        ++emptyRanges;
                    {
                        const std::lock_guard<std::mutex> lock(mutex);
                        workers.insert(std::this_thread::get_id());
                    }
                    for (qsizetype i = begin; i < end; ++i)
                        ++visits[std::size_t(i)];
                },
                threads, 8);
            CHECK(emptyRanges == 0);
            for (qsizetype i = 0; i < count; ++i)
                REQUIRE(visits[std::size_t(i)] == 1);
            CHECK(workers.size() <= threads);
            if (count == 0)
                CHECK(workers.empty());
            else if (count < 16 || threads == 1)
                CHECK(workers.size() == 1); // too little work to share
            else
                CHECK(workers.size() > 1);
        }
    }
    CHECK(coreCount() >= 1);
}

#include "core/records/Hlc.h"
#include "tests/support/FakeClock.h"

#include <catch2/catch.hpp>

using corridor::records::HlcClock;
using corridor::test::FakeClock;

TEST_CASE("The hybrid logical clock follows the wall clock and counts within a millisecond", "[hlc]") {
    FakeClock wall(1'000'000);
    HlcClock hlc(wall, 0);
    const quint64 a = hlc.now();
    const quint64 b = hlc.now();
    CHECK(HlcClock::physicalMs(a) == 1'000'000);
    CHECK(b == a + 1);
    wall.advanceMs(5);
    const quint64 c = hlc.now();
    CHECK(HlcClock::physicalMs(c) == 1'000'005);
    CHECK(HlcClock::logical(c) == 0);
}

TEST_CASE("The clock never runs backwards when the wall clock does", "[hlc]") {
    FakeClock wall(5'000'000);
    HlcClock hlc(wall, 0);
    const quint64 before = hlc.now();
    wall.setMs(1'000); // someone set the laptop's date back by an hour
    const quint64 after = hlc.now();
    CHECK(after > before);
    CHECK(HlcClock::physicalMs(after) == 5'000'000);
}

TEST_CASE("Observing a remote timestamp keeps local timestamps ahead of it", "[hlc]") {
    FakeClock wall(1'000);
    HlcClock hlc(wall, 0);
    hlc.observe(HlcClock::pack(9'000, 7));
    CHECK(hlc.now() > HlcClock::pack(9'000, 7));
    // A restored clock resumes from its saved value.
    HlcClock restored(wall, 0);
    restored.restore(hlc.last());
    CHECK(restored.now() > hlc.last());
}

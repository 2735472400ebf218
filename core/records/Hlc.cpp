#include "core/records/Hlc.h"

#include <algorithm>

namespace corridor::records {

HlcClock::HlcClock(const Clock& wall, quint64 last)
    : m_wall(&wall)
    , m_last(last) {}

quint64 HlcClock::now() {
    const quint64 wall = pack(std::max<qint64>(0, m_wall->nowMs()), 0);
    // Either the wall clock moved past everything seen, or we count up from the last value
    // (carrying into the millisecond field if the counter is exhausted).
    m_last = std::max(wall, m_last + 1);
    return m_last;
}

void HlcClock::observe(quint64 remote) {
    m_last = std::max(m_last, remote);
}

} // namespace corridor::records

#pragma once

#include "core/base/Clock.h"

#include <QtGlobal>

namespace corridor::records {

// Hybrid logical clock (Kulkarni et al., 2014): 48 bits of wall-clock milliseconds and a
// 16-bit counter in one 64-bit number. It orders events like wall time when clocks agree,
// never runs backwards when the wall clock does, and stays ahead of every timestamp seen.
class HlcClock {
public:
    static constexpr int LogicalBits = 16;
    static constexpr quint64 LogicalMask = (quint64(1) << LogicalBits) - 1;

    HlcClock(const Clock& wall, quint64 last);

    quint64 now();                // a fresh timestamp for a local event
    void observe(quint64 remote); // a timestamp seen in a remote changeset
    quint64 last() const { return m_last; }
    void restore(quint64 last) { m_last = last; }

    static quint64 pack(qint64 physicalMs, quint64 logical) { return (quint64(physicalMs) << LogicalBits) | logical; }
    static qint64 physicalMs(quint64 hlc) { return qint64(hlc >> LogicalBits); }
    static quint64 logical(quint64 hlc) { return hlc & LogicalMask; }

private:
    const Clock* m_wall;
    quint64 m_last;
};

} // namespace corridor::records

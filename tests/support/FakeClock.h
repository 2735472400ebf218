#pragma once

#include "core/base/Clock.h"

#include <QDateTime>

namespace corridor::test {

// A clock that stands still until a test moves it.
class FakeClock final : public Clock {
public:
    explicit FakeClock(qint64 ms = QDateTime(QDate(2026, 3, 14), QTime(9, 30)).toMSecsSinceEpoch())
        : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceDays(int days) { m_ms += qint64(days) * 24 * 3600 * 1000; }
    void setMs(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms;
};

} // namespace corridor::test

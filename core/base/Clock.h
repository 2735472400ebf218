#pragma once

#include <QDate>
#include <QtGlobal>

namespace corridor {

// Wall-clock time behind an interface so tests can run days forward without waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDate today() const;

    static Clock& system();
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

} // namespace corridor

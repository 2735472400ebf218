#include "core/base/Clock.h"

#include <QDateTime>

namespace corridor {

QDate Clock::today() const {
    return QDateTime::fromMSecsSinceEpoch(nowMs()).date();
}

Clock& Clock::system() {
    static SystemClock clock;
    return clock;
}

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace corridor

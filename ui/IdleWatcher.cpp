#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace corridor::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::startMs(int milliseconds) {
    m_timer.start(milliseconds);
}

void IdleWatcher::stop() {
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // restart with the same interval
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace corridor::ui

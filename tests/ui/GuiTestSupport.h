#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace corridor::test {

// Processes events until the condition holds or the time is up (background work such as
// Argon2id reports back through the event loop).
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

template<class T>
T* child(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    return found;
}

} // namespace corridor::test

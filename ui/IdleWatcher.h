#pragma once

#include <QObject>
#include <QTimer>

namespace corridor::ui {

// Locks the app after a stretch without keyboard or mouse input: laptops in the field are
// shared and left on tables.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void start(int minutes) { startMs(minutes * 60 * 1000); }
    void startMs(int milliseconds);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int remainingMs() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace corridor::ui

#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QDialog;

namespace corridor::ui {

class MainWindow;

// Walks the real main window through its main screens and saves a picture of the whole
// screen after each step (for the end-to-end check under Xvfb, and for looking at how each
// language renders). Started by CORRIDOR_SCREENSHOT_DIR; quits the app when done.
class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow& window, const QString& folder, const QString& prefix, QObject* parent = nullptr);
    void start();

private:
    void step();
    void shoot(const QString& name);
    void showDialog(QDialog* dialog, const QString& name);

    MainWindow& m_window;
    QString m_folder;
    QString m_prefix;
    QList<std::function<void()>> m_steps;
    int m_next = 0;
};

} // namespace corridor::ui

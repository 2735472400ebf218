#pragma once

#include "core/base/Clock.h"

#include <QWidget>
#include <memory>

namespace Ui {
class UnlockWidget;
}

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// The locked screen: passphrase in, an unlocked Session out. Argon2id runs off the GUI
// thread; a wrong passphrase shows inline and changes nothing.
class UnlockWidget : public QWidget {
    Q_OBJECT
public:
    explicit UnlockWidget(QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setVault(const QString& folder, const Clock* clock);
    void setPracticeHint(bool practice);
    void showMessage(const QString& text);
    void prepare(); // clear and focus, each time the screen is shown
    bool busy() const;

Q_SIGNALS:
    void unlocked(std::shared_ptr<corridor::session::Session> session);
    void recoveryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void unlock();
    void setBusy(bool busy);

    std::unique_ptr<Ui::UnlockWidget> m_ui;
    MessageBanner* m_banner;
    QString m_folder;
    const Clock* m_clock = &Clock::system();
    QStringList m_preferredUsers;
};

} // namespace corridor::ui

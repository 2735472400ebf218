#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PassphraseDialog;
}

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// Sets a passphrase: the signed-in user's own, a new user's, or (after unlocking with
// the recovery key) a chosen user's. Shows a strength hint while typing; the slow key
// derivation runs in the background.
class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { ChangeOwn, AddUser, Recover };

    PassphraseDialog(Mode mode, session::Session& session, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTexts();
    void updateStrength();
    void setBusy(bool busy);

    std::unique_ptr<Ui::PassphraseDialog> m_ui;
    MessageBanner* m_banner;
    Mode m_mode;
    session::Session& m_session;
    bool m_busy = false;
};

} // namespace corridor::ui

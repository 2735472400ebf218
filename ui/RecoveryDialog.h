#pragma once

#include "core/base/Clock.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QProgressBar;
class QDialogButtonBox;
class QLabel;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// "Forgot the passphrase": the recovery key opens the vault, then a user gets a new
// passphrase. The unlocked session is handed back to the main window.
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const QString& folder, const Clock& clock, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    std::shared_ptr<session::Session> session() const { return m_session; }
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_folder;
    const Clock& m_clock;
    QLabel* m_explanation;
    MessageBanner* m_banner;
    QLineEdit* m_keyLineEdit;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    std::shared_ptr<session::Session> m_session;
};

} // namespace corridor::ui

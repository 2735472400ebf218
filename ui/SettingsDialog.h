#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class LanguageManager;
class MessageBanner;

// Language, idle lock, this laptop's identity, and the signed-in user's account.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(session::Session& session, LanguageManager& languages, QWidget* parent = nullptr);
    ~SettingsDialog() override;

Q_SIGNALS:
    void idleLockChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    void refresh();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    MessageBanner* m_banner;
    session::Session& m_session;
    LanguageManager& m_languages;
};

} // namespace corridor::ui

#pragma once

#include "core/base/Clock.h"

#include <QWizard>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class LanguageManager;
class MessageBanner;

// First start on a laptop: language, National Society and branch, the first user and
// passphrase; then the vault is created and the recovery key shown once, with Print.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { WelcomePage, OrganisationPage, UserPage, CreatePage, RecoveryPage };

    FirstRunWizard(const QString& folder, LanguageManager& languages, const Clock& clock, QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    std::shared_ptr<session::Session> session() const { return m_session; }
    const QString& recoveryKey() const { return m_recoveryKey; }

    // Used by the pages.
    const QString& folder() const { return m_folder; }
    LanguageManager& languages() { return m_languages; }
    const Clock& clock() const { return m_clock; }
    void setCreated(std::shared_ptr<session::Session> session, const QString& recoveryKey);

private:
    QString m_folder;
    LanguageManager& m_languages;
    const Clock& m_clock;
    std::shared_ptr<session::Session> m_session;
    QString m_recoveryKey;
};

} // namespace corridor::ui

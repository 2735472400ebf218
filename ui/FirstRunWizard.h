#pragma once

#include "core/base/Clock.h"
#include "core/crypto/PassphraseKdf.h"

#include <QWizard>
#include <memory>
#include <optional>

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

// First start on a laptop (pages: WelcomePage, OrganisationPage, UserPage, CreatePage,
// RecoveryPage; fields: language, organisation, branch, deviceName, userName, role, passphrase): language, National
// Society and branch, the first user and passphrase; then the vault is created and the recovery key shown once, with
// Print.
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
    // Tests use the floor settings instead of a one-second calibration.
    void setKdfOverride(const std::optional<crypto::KdfParams>& kdf) { m_kdf = kdf; }
    const std::optional<crypto::KdfParams>& kdfOverride() const { return m_kdf; }

private:
    QString m_folder;
    LanguageManager& m_languages;
    const Clock& m_clock;
    std::shared_ptr<session::Session> m_session;
    QString m_recoveryKey;
    std::optional<crypto::KdfParams> m_kdf;
};

} // namespace corridor::ui

#include "ui/FirstRunWizard.h"

#include "core/session/Session.h"
#include "ui/CreatePage.h"
#include "ui/LanguageManager.h"
#include "ui/OrganisationPage.h"
#include "ui/RecoveryPage.h"
#include "ui/UserPage.h"
#include "ui/WelcomePage.h"

namespace corridor::ui {

FirstRunWizard::FirstRunWizard(const QString& folder, LanguageManager& languages, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_folder(folder)
    , m_languages(languages)
    , m_clock(clock) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePage, new ui::WelcomePage(this));
    setPage(OrganisationPage, new ui::OrganisationPage(this));
    setPage(UserPage, new ui::UserPage(this));
    setPage(CreatePage, new ui::CreatePage(this));
    setPage(RecoveryPage, new ui::RecoveryPage(this));
    setWindowTitle(tr("Set up Corridor"));
    resize(640, 520);
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setCreated(std::shared_ptr<session::Session> session, const QString& recoveryKey) {
    m_session = std::move(session);
    m_recoveryKey = recoveryKey;
}

} // namespace corridor::ui

#include "ui/CreatePage.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/render/QrCode.h"
#include "core/session/Organisations.h"
#include "core/session/PassphrasePolicy.h"
#include "core/session/Session.h"
#include "ui/Background.h"
#include "ui/FirstRunWizard.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/RecoveryKeySheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace corridor::ui {

CreatePage::CreatePage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_banner(new MessageBanner(this)) {
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    setCommitPage(true); // no way back once the vault exists
    retranslate();
}

void CreatePage::retranslate() {
    setTitle(tr("Creating the vault"));
    if (!m_done)
        m_status->setText(tr("Measuring this laptop to make the passphrase slow to guess, then creating the encrypted "
                             "vault. This takes a few seconds."));
    else
        m_status->setText(tr("The vault is ready."));
}

void CreatePage::initializePage() {
    if (m_done || m_running)
        return;
    m_running = true;
    m_banner->hide();
    m_progress->show();
    session::VaultSetup setup;
    setup.folder = m_wizard->folder();
    setup.userName = field(QStringLiteral("userName")).toString().trimmed();
    setup.role = static_cast<records::Role>(field(QStringLiteral("role")).toInt());
    setup.organisation = field(QStringLiteral("organisation")).toString();
    setup.branch = field(QStringLiteral("branch")).toString().trimmed();
    setup.deviceName = field(QStringLiteral("deviceName")).toString().trimmed();
    setup.language = field(QStringLiteral("language")).toString();
    auto secret = std::make_shared<crypto::SecureBuffer>(
        crypto::SecureBuffer::fromPassphrase(field(QStringLiteral("passphrase")).toString()));
    const Clock* clock = &m_wizard->clock();
    const auto kdfOverride = m_wizard->kdfOverride();
    runInBackground(
        this,
        [setup, secret, clock, kdfOverride]() mutable {
            setup.kdf = kdfOverride ? *kdfOverride : crypto::PassphraseKdf::calibrated();
            return session::Session::create(setup, *secret, *clock);
        },
        [this](Result<session::Session::Created> created) {
            m_running = false;
            m_progress->hide();
            if (!created.ok()) {
                m_banner->showError(created.error().message());
                m_status->setText(tr("The vault could not be created. Nothing was written; go back, correct the "
                                     "problem and try again."));
                setCommitPage(false);
                return;
            }
            m_done = true;
            m_wizard->setCreated(std::shared_ptr<session::Session>(std::move(created->session)), created->recoveryKey);
            retranslate();
            Q_EMIT completeChanged();
            m_wizard->next();
        });
}

bool CreatePage::isComplete() const {
    return m_done;
}

void CreatePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace corridor::ui

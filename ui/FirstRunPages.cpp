#include "ui/FirstRunPages.h"

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

using session::PassphrasePolicy;

// ---- Welcome ----

WelcomePage::WelcomePage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_text(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this)) {
    m_text->setWordWrap(true);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& code : LanguageManager::codes())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(wizard->languages().language()));
    m_languageLabel->setBuddy(m_language);
    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch(1);
    registerField(QStringLiteral("language"), m_language, "currentData");
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_wizard->languages().setLanguage(m_language->currentData().toString()); });
    retranslate();
}

void WelcomePage::retranslate() {
    setTitle(tr("Welcome to Corridor"));
    m_text->setText(tr("Corridor keeps the case files of the migrants you support, encrypted on this laptop. It works "
                       "without internet.\n\nIn the next steps you choose your National Society and branch, your name "
                       "and a passphrase. At the end Corridor shows a recovery key once: print it or write it down "
                       "for your coordinator."));
    m_languageLabel->setText(tr("&Language"));
}

void WelcomePage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// ---- Organisation ----

OrganisationPage::OrganisationPage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_organisationLabel(new QLabel(this))
    , m_organisation(new QComboBox(this))
    , m_branchLabel(new QLabel(this))
    , m_branch(new QLineEdit(this))
    , m_deviceLabel(new QLabel(this))
    , m_device(new QLineEdit(this)) {
    m_organisation->setObjectName(QStringLiteral("organisationComboBox"));
    m_branch->setObjectName(QStringLiteral("branchLineEdit"));
    m_device->setObjectName(QStringLiteral("deviceNameLineEdit"));
    for (const QString& code : session::Organisations::codes())
        m_organisation->addItem(QString(), code);
    m_branch->setMaxLength(100);
    m_device->setMaxLength(100);
    m_device->setText(QSysInfo::machineHostName());
    m_organisationLabel->setBuddy(m_organisation);
    m_branchLabel->setBuddy(m_branch);
    m_deviceLabel->setBuddy(m_device);
    auto* form = new QFormLayout(this);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_branchLabel, m_branch);
    form->addRow(m_deviceLabel, m_device);
    registerField(QStringLiteral("organisation"), m_organisation, "currentData");
    registerField(QStringLiteral("branch*"), m_branch);
    registerField(QStringLiteral("deviceName"), m_device);
    retranslate();
}

void OrganisationPage::retranslate() {
    setTitle(tr("Your National Society"));
    setSubTitle(tr("Case files and referrals are kept per National Society and branch."));
    for (int i = 0; i < m_organisation->count(); ++i)
        m_organisation->setItemText(i, session::Organisations::name(m_organisation->itemData(i).toString()));
    m_organisationLabel->setText(tr("&National Society"));
    m_branchLabel->setText(tr("&Branch"));
    m_branch->setPlaceholderText(tr("e.g. Tak, Banteay Meanchey, Savannakhet"));
    m_deviceLabel->setText(tr("Name of this &laptop"));
}

void OrganisationPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// ---- User ----

UserPage::UserPage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_banner(new MessageBanner(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new QLineEdit(this))
    , m_strength(new QLabel(this)) {
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatLineEdit"));
    m_name->setMaxLength(100);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    for (records::Role role : {records::Role::Volunteer, records::Role::Coordinator, records::Role::Trainer})
        m_role->addItem(QString(), static_cast<int>(role));
    m_strength->setWordWrap(true);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel->setBuddy(m_repeat);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_strength);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    registerField(QStringLiteral("userName*"), m_name);
    registerField(QStringLiteral("role"), m_role, "currentData");
    registerField(QStringLiteral("passphrase"), m_passphrase);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UserPage::updateStrength);
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_repeat, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void UserPage::retranslate() {
    setTitle(tr("You"));
    setSubTitle(tr("Your name is written on everything you save. The passphrase protects the case files: choose a "
                   "short sentence in your own language that others cannot guess."));
    m_nameLabel->setText(tr("Your &name"));
    m_roleLabel->setText(tr("&Role"));
    m_role->setItemText(0, tr("Volunteer"));
    m_role->setItemText(1, tr("Coordinator"));
    m_role->setItemText(2, tr("Trainer (content and training only, no case files)"));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_repeatLabel->setText(tr("R&epeat it"));
    updateStrength();
}

void UserPage::updateStrength() {
    const auto strength = PassphrasePolicy::strength(m_passphrase->text());
    const char* colour = strength == PassphrasePolicy::Strength::Strong ? "#2e7d32"
                         : strength == PassphrasePolicy::Strength::Fair ? "#8d6e00"
                                                                        : "#b02020";
    m_strength->setStyleSheet(QStringLiteral("color: %1").arg(QString::fromLatin1(colour)));
    m_strength->setText(PassphrasePolicy::describe(strength));
}

bool UserPage::isComplete() const {
    return QWizardPage::isComplete() && !m_passphrase->text().isEmpty() && !m_repeat->text().isEmpty();
}

bool UserPage::validatePage() {
    if (auto policy = PassphrasePolicy::check(m_passphrase->text()); !policy.ok()) {
        m_banner->showError(policy.error().message());
        return false;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_banner->showError(tr("The two passphrases differ. Type the same one twice."));
        return false;
    }
    m_banner->hide();
    return true;
}

void UserPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// ---- Create ----

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
    runInBackground(
        this,
        [setup, secret, clock]() mutable {
            setup.kdf = crypto::PassphraseKdf::calibrated();
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

// ---- Recovery key ----

RecoveryPage::RecoveryPage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_text(new QLabel(this))
    , m_key(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_confirm(new QCheckBox(this)) {
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    m_confirm->setObjectName(QStringLiteral("recoveryKeyConfirmCheckBox"));
    m_text->setWordWrap(true);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSize(14);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAlignment(Qt::AlignCenter);
    m_qr->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_key);
    layout->addWidget(m_qr);
    layout->addWidget(m_print, 0, Qt::AlignCenter);
    layout->addWidget(m_confirm);
    connect(m_print, &QPushButton::clicked, this, &RecoveryPage::print);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslate();
}

void RecoveryPage::retranslate() {
    setTitle(tr("Your recovery key"));
    m_text->setText(tr("If every passphrase is forgotten, this key is the only way back into the case files. It is "
                       "shown only now. Print it (or write it down exactly) and give it to your coordinator to keep "
                       "in a safe. Do not photograph it or keep it with the laptop."));
    m_print->setText(tr("&Print the recovery key…"));
    m_confirm->setText(tr("I have printed or written down the recovery key"));
}

void RecoveryPage::initializePage() {
    const QString key = m_wizard->recoveryKey();
    m_key->setText(key);
    if (auto qr = render::QrCode::encode(key, render::QrCode::ErrorCorrection::Quartile); qr.ok())
        m_qr->setPixmap(QPixmap::fromImage(qr->toImage(4)));
}

bool RecoveryPage::isComplete() const {
    return m_confirm->isChecked();
}

void RecoveryPage::print() {
    auto session = m_wizard->session();
    if (!session)
        return;
    RecoveryKeySheet::Details details{m_wizard->recoveryKey(),   session::Organisations::name(session->organisation()),
                                      session->branch(),         session->deviceName(),
                                      session->actor().userName, session->vault().vaultId()};
    if (RecoveryKeySheet::print(details, this))
        m_confirm->setChecked(true);
}

void RecoveryPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace corridor::ui

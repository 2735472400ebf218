#include "ui/UserPage.h"

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

} // namespace corridor::ui

#include "ui/SettingsDialog.h"

#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/PassphraseDialog.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QPushButton>

namespace corridor::ui {

SettingsDialog::SettingsDialog(session::Session& session, LanguageManager& languages, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_banner(new MessageBanner(this))
    , m_session(session)
    , m_languages(languages) {
    m_ui->setupUi(this);
    m_ui->bannerLayout->addWidget(m_banner);
    for (const QString& code : LanguageManager::codes())
        m_ui->languageComboBox->addItem(LanguageManager::nativeName(code), code);
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(languages.language()));
    m_ui->idleLockSpinBox->setValue(session.idleLockMinutes());
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->changePassphraseButton, &QPushButton::clicked, this, [this] {
        PassphraseDialog dialog(PassphraseDialog::Mode::ChangeOwn, m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            m_banner->show(MessageBanner::Kind::Positive, tr("Your passphrase was changed."));
    });
    connect(m_ui->addUserButton, &QPushButton::clicked, this, [this] {
        PassphraseDialog dialog(PassphraseDialog::Mode::AddUser, m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            m_banner->show(MessageBanner::Kind::Positive, tr("The new user can now unlock this laptop with their own "
                                                             "passphrase."));
    });
    refresh();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::refresh() {
    m_ui->deviceLabel->setText(tr("%1 — %2, %3 branch\nDevice id %4")
                                   .arg(m_session.deviceName(), session::Organisations::name(m_session.organisation()),
                                        m_session.branch(), m_session.vault().device().idText()));
    const auto& actor = m_session.actor();
    m_ui->userLabel->setText(QStringLiteral("%1 (%2)").arg(actor.userName, records::roleCode(actor.role)));
}

void SettingsDialog::apply() {
    const QString code = m_ui->languageComboBox->currentData().toString();
    if (code != m_languages.language()) {
        if (!m_languages.setLanguage(code)) {
            m_banner->showError(tr("The translation for this language could not be loaded."));
            return;
        }
        (void)m_session.setLanguage(code);
    }
    auto saved = m_session.setIdleLockMinutes(m_ui->idleLockSpinBox->value());
    if (!saved.ok()) {
        m_banner->showError(saved.error().message());
        return;
    }
    Q_EMIT idleLockChanged(m_ui->idleLockSpinBox->value());
    m_banner->show(MessageBanner::Kind::Positive, tr("Settings saved."));
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace corridor::ui

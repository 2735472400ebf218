#include "ui/RecoveryPage.h"

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

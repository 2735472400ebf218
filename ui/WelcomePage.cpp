#include "ui/WelcomePage.h"

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

} // namespace corridor::ui

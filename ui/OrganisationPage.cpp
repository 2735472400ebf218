#include "ui/OrganisationPage.h"

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

} // namespace corridor::ui

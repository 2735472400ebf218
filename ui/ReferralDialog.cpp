#include "ui/ReferralDialog.h"

#include "core/referrals/ReferralService.h"
#include "core/referrals/SiteDirectory.h"
#include "core/render/ReferralSlip.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace corridor::ui {
ReferralDialog::ReferralDialog(session::Session& session, const QString& clientId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_banner(new MessageBanner(this))
    , m_site(new QComboBox(this))
    , m_visitBefore(new QDateEdit(this))
    , m_travelKnown(new QCheckBox(tr("Known:"), this))
    , m_travel(new QDateEdit(this))
    , m_regimen(new QLineEdit(this))
    , m_dispenseKnown(new QCheckBox(tr("Known:"), this))
    , m_lastDispense(new QDateEdit(this))
    , m_days(new QSpinBox(this))
    , m_senderContact(new QLineEdit(this))
    , m_toContact(new QLineEdit(this)) {
    setObjectName(QStringLiteral("referralDialog"));
    setWindowTitle(tr("Refer to another service"));
    const QDate today = session.clock().today();
    auto client = session.cases().repository().client(clientId);
    QString who = clientId;
    QStringList clientLanguages;
    if (client.ok() && *client) {
        const cases::Client& c = **client;
        who = c.name.isEmpty() ? c.uic : QStringLiteral("%1 (%2)").arg(c.name, c.uic);
        clientLanguages = c.languages;
    }

    m_site->setObjectName(QStringLiteral("siteCombo"));
    auto sites = session.sites().all();
    if (sites.ok())
        for (const referrals::Site& s : *sites)
            m_site->addItem(QStringLiteral("%1 — %2, %3").arg(s.name, s.org, s.country), s.id);

    auto* reasons = new QVBoxLayout;
    for (const QString& reason : referrals::ReferralEvent::reasons()) {
        auto* box = new QCheckBox(referrals::ReferralEvent::reasonLabel(reason), this);
        box->setObjectName(QStringLiteral("reason_") + reason);
        box->setProperty("reason", reason);
        reasons->addWidget(box);
        m_reasons << box;
    }
    m_reasons.first()->setChecked(true);

    for (QDateEdit* date : {m_visitBefore, m_travel, m_lastDispense}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_visitBefore->setObjectName(QStringLiteral("visitBeforeEdit"));
    m_visitBefore->setMinimumDate(today);
    m_visitBefore->setDate(today.addDays(30));
    m_travel->setDate(today.addDays(7));
    m_travel->setEnabled(false);
    m_lastDispense->setMaximumDate(today);
    m_lastDispense->setDate(today);
    m_lastDispense->setEnabled(false);
    connect(m_travelKnown, &QCheckBox::toggled, m_travel, &QWidget::setEnabled);
    connect(m_dispenseKnown, &QCheckBox::toggled, m_lastDispense, &QWidget::setEnabled);
    m_days->setRange(0, 1000);
    m_days->setSuffix(tr(" days"));
    m_regimen->setObjectName(QStringLiteral("regimenEdit"));
    m_regimen->setPlaceholderText(tr("for example TDF + 3TC + DTG"));
    m_senderContact->setPlaceholderText(tr("your phone or chat contact, for the receiving service"));

    // Slip languages: the defaults for the chosen site, changeable; the third is optional.
    auto* languages = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("slipLanguage%1").arg(i));
        if (i == 2)
            combo->addItem(tr("(none)"), QString());
        for (const QString& code : render::ReferralSlip::supportedLanguages())
            combo->addItem(LanguageManager::nativeName(code), code);
        languages->addWidget(combo);
        m_languages << combo;
    }
    const auto defaults = [this, clientLanguages] {
        auto site = m_session.sites().find(m_site->currentData().toString());
        referrals::Referral r;
        r.languages = clientLanguages;
        const QStringList codes = render::ReferralSlip::defaultLanguages(r, site.ok() ? *site : referrals::Site{});
        for (int i = 0; i < 3; ++i)
            m_languages[i]->setCurrentIndex(std::max(0, m_languages[i]->findData(codes.value(i))));
    };
    connect(m_site, &QComboBox::currentIndexChanged, this, defaults);
    defaults();

    auto* form = new QFormLayout;
    form->addRow(tr("Client:"), new QLabel(who.toHtmlEscaped(), this));
    form->addRow(tr("Refer to:"), m_site);
    form->addRow(tr("Reasons:"), reasons);
    form->addRow(tr("Visit before:"), m_visitBefore);
    auto* travel = new QHBoxLayout;
    travel->addWidget(m_travelKnown);
    travel->addWidget(m_travel, 1);
    form->addRow(tr("Expected travel date:"), travel);
    form->addRow(tr("Slip languages:"), languages);
    form->addRow(tr("Contact person there:"), m_toContact);
    form->addRow(tr("Your contact:"), m_senderContact);
    auto* clinical = new QLabel(tr("Clinical summary (only inside the QR code and on the clinician page, never on "
                                   "the face of the slip):"),
                                this);
    clinical->setWordWrap(true);
    form->addRow(clinical);
    form->addRow(tr("Regimen:"), m_regimen);
    auto* dispense = new QHBoxLayout;
    dispense->addWidget(m_dispenseKnown);
    dispense->addWidget(m_lastDispense, 1);
    form->addRow(tr("Last dispense:"), dispense);
    form->addRow(tr("Medicine supplied for:"), m_days);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create referral"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createReferralButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ReferralDialog::accept() {
    referrals::ReferralService::Request request;
    request.clientId = m_clientId;
    request.toSite = m_site->currentData().toString();
    for (QCheckBox* box : m_reasons)
        if (box->isChecked())
            request.reasons << box->property("reason").toString();
    request.visitBefore = m_visitBefore->date();
    if (m_travelKnown->isChecked())
        request.travelDate = m_travel->date();
    for (QComboBox* combo : m_languages)
        if (!combo->currentData().toString().isEmpty())
            request.slipLanguages << combo->currentData().toString();
    auto languages = render::ReferralSlip::checkLanguages(request.slipLanguages);
    if (!languages.ok()) {
        m_banner->showError(languages.error().message() + u' ' + tr("Each language only once."));
        return;
    }
    request.slipLanguages = *languages;
    request.regimen = m_regimen->text();
    if (m_dispenseKnown->isChecked())
        request.lastDispense = m_lastDispense->date();
    request.daysSupplied = m_days->value();
    request.senderContact = m_senderContact->text();
    request.toContact = m_toContact->text();
    auto created = m_session.referrals().create(request);
    if (!created.ok()) {
        m_banner->showError(created.error().message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace corridor::ui

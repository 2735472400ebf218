#include "ui/SitesDialog.h"

#include "core/session/Session.h"
#include "ui/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corridor::ui {
namespace {

QStringList words(const QString& text) {
    QStringList out;
    for (const QString& w : text.split(u',', Qt::SkipEmptyParts))
        if (!w.trimmed().isEmpty())
            out << w.trimmed();
    return out;
}

} // namespace

SitesDialog::SitesDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(this))
    , m_name(new QLineEdit(this))
    , m_localName(new QLineEdit(this))
    , m_org(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_kind(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_hours(new QLineEdit(this))
    , m_website(new QLineEdit(this))
    , m_languages(new QLineEdit(this))
    , m_services(new QLineEdit(this)) {
    setObjectName(QStringLiteral("sitesDialog"));
    setWindowTitle(tr("Site directory"));
    m_table->setObjectName(QStringLiteral("sitesTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Organisation"), tr("Country"), tr("Entry")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_org->setObjectName(QStringLiteral("siteOrgEdit"));
    m_country->setObjectName(QStringLiteral("siteCountryEdit"));
    m_phone->setObjectName(QStringLiteral("sitePhoneEdit"));
    m_hours->setObjectName(QStringLiteral("siteHoursEdit"));
    m_org->setPlaceholderText(tr("CRC, LRC, MRCS, TRCS, or another code"));
    m_country->setPlaceholderText(tr("KH, LA, MM or TH"));
    m_kind->setPlaceholderText(tr("clinic, national-society, embassy, ngo"));
    m_phone->setPlaceholderText(tr("only a number you have checked"));
    m_languages->setPlaceholderText(tr("for example th, en"));
    m_services->setPlaceholderText(tr("for example ART, HIV testing, passports"));

    auto* form = new QFormLayout;
    form->addRow(tr("Name (English):"), m_name);
    form->addRow(tr("Name in the local language:"), m_localName);
    form->addRow(tr("Organisation:"), m_org);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Opening hours:"), m_hours);
    form->addRow(tr("Website:"), m_website);
    form->addRow(tr("Languages spoken:"), m_languages);
    form->addRow(tr("Services:"), m_services);
    auto* note = new QLabel(tr("A wrong phone number on a slip sends a person nowhere: leave a field empty rather "
                               "than guess. Saved changes reach your branch with the next sync."),
                            this);
    note->setWordWrap(true);
    auto* add = new QPushButton(tr("&New site"), this);
    add->setObjectName(QStringLiteral("newSiteButton"));
    auto* save = new QPushButton(tr("&Save site"), this);
    save->setObjectName(QStringLiteral("saveSiteButton"));
    connect(add, &QPushButton::clicked, this, &SitesDialog::newSite);
    connect(save, &QPushButton::clicked, this, &SitesDialog::saveSite);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_table->selectedItems();
        if (!selected.isEmpty())
            showSite(m_sites.value(selected.first()->data(Qt::UserRole).toInt()));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(note);
    right->addLayout(buttons);
    right->addStretch(1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_table, 3);
    body->addLayout(right, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(body);
    layout->addWidget(close);
    resize(1000, 560);
    reload();
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void SitesDialog::reload() {
    auto sites = m_session.sites().all();
    if (!sites.ok()) {
        m_banner->showError(sites.error().message());
        return;
    }
    m_sites = *sites;
    m_table->setRowCount(0);
    for (int i = 0; i < m_sites.size(); ++i) {
        const referrals::Site& s = m_sites.at(i);
        const QString source = s.source == referrals::Site::Source::BuiltIn  ? tr("built in")
                               : s.source == referrals::Site::Source::Edited ? tr("corrected here")
                                                                             : tr("added here");
        m_table->insertRow(i);
        const QStringList cells{s.name, s.org, s.country, source};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void SitesDialog::selectSite(const QString& id) {
    for (int i = 0; i < m_sites.size(); ++i)
        if (m_sites.at(i).id == id)
            m_table->selectRow(i);
}

void SitesDialog::showSite(const referrals::Site& site) {
    m_editing = site.id;
    m_name->setText(site.name);
    m_localName->setText(site.localName);
    m_org->setText(site.org);
    m_country->setText(site.country);
    m_kind->setText(site.kind);
    m_address->setText(site.address);
    m_phone->setText(site.phone);
    m_hours->setText(site.hours);
    m_website->setText(site.website);
    m_languages->setText(site.languages.join(QStringLiteral(", ")));
    m_services->setText(site.services.join(QStringLiteral(", ")));
}

void SitesDialog::newSite() {
    m_table->clearSelection();
    showSite(referrals::Site{});
    m_name->setFocus();
}

bool SitesDialog::saveSite() {
    referrals::Site site;
    site.id = m_editing;
    site.name = m_name->text().trimmed();
    site.localName = m_localName->text().trimmed();
    site.org = m_org->text().trimmed().toUpper();
    site.country = m_country->text().trimmed().toUpper();
    site.kind = m_kind->text().trimmed();
    site.address = m_address->text().trimmed();
    site.phone = m_phone->text().trimmed();
    site.hours = m_hours->text().trimmed();
    site.website = m_website->text().trimmed();
    for (const QString& l : words(m_languages->text()))
        site.languages << l.toLower();
    site.services = words(m_services->text());
    auto saved = m_editing.isEmpty() ? m_session.sites().add(site) : m_session.sites().edit(site);
    if (!saved.ok()) {
        m_banner->showError(saved.error().message());
        return false;
    }
    m_banner->showInformation(tr("Saved. Your branch receives it with the next sync."));
    reload();
    selectSite(saved->id);
    return true;
}

} // namespace corridor::ui

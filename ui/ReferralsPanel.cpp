#include "ui/ReferralsPanel.h"

#include "core/referrals/ReferralService.h"
#include "core/referrals/SiteDirectory.h"
#include "core/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/ScanSlipDialog.h"
#include "ui/SlipDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corridor::ui {
namespace {

enum Column { Code, Status, Client, Site, VisitBefore, NextStep, ColumnCount };

} // namespace

ReferralsPanel::ReferralsPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_status(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_table(new QTableWidget(this))
    , m_timelineTitle(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_receive(new QPushButton(this))
    , m_slip(new QPushButton(this))
    , m_step(new QPushButton(this))
    , m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("referralsPanel"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_table->setObjectName(QStringLiteral("referralsTable"));
    m_timeline->setObjectName(QStringLiteral("timelineList"));
    m_timeline->setWordWrap(true);
    m_receive->setObjectName(QStringLiteral("receiveSlipButton"));
    m_slip->setObjectName(QStringLiteral("showSlipButton"));
    m_step->setObjectName(QStringLiteral("recordStepButton"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_site);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_receive);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_summary);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_timelineTitle);
    rightLayout->addWidget(m_timeline, 1);
    rightLayout->addWidget(m_step);
    rightLayout->addWidget(m_slip);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ReferralsPanel::reload);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReferralsPanel::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &ReferralsPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralsPanel::showTimeline);
    connect(m_table, &QTableWidget::doubleClicked, this, &ReferralsPanel::showSlip);
    connect(m_receive, &QPushButton::clicked, this, &ReferralsPanel::receiveSlip);
    connect(m_slip, &QPushButton::clicked, this, &ReferralsPanel::showSlip);
    connect(m_step, &QPushButton::clicked, this, &ReferralsPanel::recordStep);
    retranslate();
}

void ReferralsPanel::setSession(session::Session* session) {
    m_session = session;
    retranslate(); // the site filter lists this branch's directory
}

void ReferralsPanel::retranslate() {
    const QString status = m_status->currentData().toString();
    const QString site = m_site->currentData().toString();
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockSite(m_site);
    m_status->clear();
    m_status->addItem(tr("Every status"), QString());
    for (const QString& event : referrals::ReferralEvent::events())
        m_status->addItem(referrals::ReferralEvent::label(event), event);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_site->clear();
    m_site->addItem(tr("Every site"), QString());
    m_siteNames.clear();
    if (m_session && m_session->actor().canReadCases())
        if (auto sites = m_session->sites().all(); sites.ok())
            for (const referrals::Site& s : *sites) {
                m_site->addItem(s.name, s.id);
                m_siteNames.insert(s.id, s.name);
            }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_overdue->setText(tr("Only &overdue"));
    m_receive->setText(tr("&Receive a slip…"));
    m_slip->setText(tr("Show the &slip…"));
    m_step->setText(tr("Record the next s&tep…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Status"), tr("Client"), tr("To"), tr("Visit before"), tr("Next step due")});
    reload();
}

void ReferralsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReferralsPanel::reload() {
    const QString selected = current() ? current()->code : QString();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_referrals.clear();
    if (!m_session || !m_session->actor().canReadCases()) {
        m_timeline->clear();
        return;
    }
    auto all = m_session->referrals().list();
    if (!all.ok()) {
        m_banner->showError(all.error().message());
        return;
    }
    m_banner->hide();
    const QDate today = m_session->clock().today();
    const QString status = m_status->currentData().toString();
    const QString site = m_site->currentData().toString();
    int overdue = 0;
    for (const referrals::Referral& r : *all) {
        overdue += r.overdue(today) ? 1 : 0;
        if ((!status.isEmpty() && r.status != status) || (!site.isEmpty() && r.toSite != site) ||
            (m_overdue->isChecked() && !r.overdue(today)))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const referrals::Referral::NextStep next = r.nextStep();
        const QStringList cells{r.code,
                                referrals::ReferralEvent::label(r.status),
                                r.name.isEmpty() ? r.uic : QStringLiteral("%1 (%2)").arg(r.name, r.uic),
                                m_siteNames.value(r.toSite, r.toSite) + QStringLiteral(" — ") + r.toOrg,
                                r.visitBefore.toString(Qt::ISODate),
                                next.event.isEmpty()
                                    ? QString()
                                    : QStringLiteral("%1: %2").arg(referrals::ReferralEvent::label(next.event),
                                                                   next.due.toString(Qt::ISODate))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.code);
            if (r.overdue(today) && (c == NextStep || c == Code)) {
                item->setForeground(QColor(170, 20, 20));
                item->setToolTip(tr("Overdue: this step was expected by %1.").arg(next.due.toString(Qt::ISODate)));
            }
            m_table->setItem(row, c, item);
        }
        m_referrals << r;
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 referrals shown, %2 overdue on this laptop.").arg(m_table->rowCount()).arg(overdue));
    Q_EMIT overdueChanged(overdue);
    if (!selected.isEmpty())
        select(selected);
    showTimeline();
}

void ReferralsPanel::showOverdueOnly() {
    m_status->setCurrentIndex(0);
    m_site->setCurrentIndex(0);
    m_overdue->setChecked(true);
}

void ReferralsPanel::select(const QString& code) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Code)->data(Qt::UserRole).toString() == code) {
            m_table->selectRow(row);
            return;
        }
}

std::optional<referrals::Referral> ReferralsPanel::current() const {
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const QString code = selected.first()->data(Qt::UserRole).toString();
    for (const referrals::Referral& r : m_referrals)
        if (r.code == code)
            return r;
    return std::nullopt;
}

void ReferralsPanel::showTimeline() {
    m_timeline->clear();
    const auto r = current();
    m_slip->setEnabled(r.has_value());
    m_step->setEnabled(r.has_value());
    if (!r || !m_session) {
        m_timelineTitle->setText(tr("Select a referral to see its steps."));
        return;
    }
    m_timelineTitle->setText(tr("Steps of %1").arg(r->code));
    auto events = m_session->referrals().events(r->id);
    if (!events.ok()) {
        m_banner->showError(events.error().message());
        return;
    }
    for (const referrals::ReferralEvent& e : *events) {
        QString line = QStringLiteral("%1  %2\n%3 (%4)")
                           .arg(e.date.toString(Qt::ISODate), referrals::ReferralEvent::label(e.event), e.by, e.org);
        if (!e.note.isEmpty())
            line += u'\n' + e.note;
        m_timeline->addItem(line);
    }
    const referrals::Referral::NextStep next = r->nextStep();
    if (!next.event.isEmpty()) {
        auto* item = new QListWidgetItem(
            tr("Expected: %1 by %2").arg(referrals::ReferralEvent::label(next.event), next.due.toString(Qt::ISODate)),
            m_timeline);
        item->setForeground(r->overdue(m_session->clock().today()) ? QColor(170, 20, 20) : QColor(90, 90, 90));
    }
}

void ReferralsPanel::receiveSlip() {
    if (!m_session)
        return;
    ScanSlipDialog dialog(*m_session, this);
    connect(&dialog, &ScanSlipDialog::referralsChanged, this, &ReferralsPanel::reload);
    dialog.exec();
    if (!dialog.code().isEmpty()) {
        reload();
        select(dialog.code());
    }
}

void ReferralsPanel::showSlip() {
    const auto r = current();
    if (!m_session || !r)
        return;
    SlipDialog dialog(*m_session, *r, this);
    dialog.exec();
}

void ReferralsPanel::recordStep() {
    const auto r = current();
    if (!m_session || !r)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordStepDialog"));
    dialog.setWindowTitle(tr("Record a step of %1").arg(r->code));
    auto* step = new QComboBox(&dialog);
    step->setObjectName(QStringLiteral("stepCombo"));
    for (const QString& event : referrals::ReferralEvent::events().mid(1))
        step->addItem(referrals::ReferralEvent::label(event), event);
    const QString next = r->nextStep().event;
    step->setCurrentIndex(std::max(0, step->findData(next)));
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("stepNoteEdit"));
    note->setMaxLength(2000);
    note->setPlaceholderText(tr("for example: seen at the ART clinic, next visit in 3 months"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Step:"), step);
    form->addRow(tr("Note:"), note);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = m_session->referrals().addEvent(r->code, step->currentData().toString(), note->text());
    if (!added.ok()) {
        m_banner->showError(added.error().message());
        return;
    }
    reload();
    select(r->code);
}

} // namespace corridor::ui

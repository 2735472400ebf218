#include "ui/FollowUpListWidget.h"

#include "core/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/models/FollowUpModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace corridor::ui {

FollowUpListWidget::FollowUpListWidget(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_within(new QSpinBox(this))
    , m_mine(new QCheckBox(this))
    , m_done(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_referrals(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_model(new FollowUpModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("followUpList"));
    m_within->setObjectName(QStringLiteral("withinSpinBox"));
    m_table->setObjectName(QStringLiteral("followUpTableView"));
    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_within->setRange(0, 90);
    m_within->setValue(7);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_within);
    controls->addWidget(m_mine);
    controls->addStretch(1);
    controls->addWidget(m_open);
    controls->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_referrals);
    layout->addLayout(footer);
    m_referrals->setObjectName(QStringLiteral("overdueReferralsButton"));
    m_referrals->hide();
    connect(m_referrals, &QPushButton::clicked, this, &FollowUpListWidget::overdueReferralsRequested);

    connect(m_within, &QSpinBox::valueChanged, this, &FollowUpListWidget::reload);
    connect(m_mine, &QCheckBox::toggled, this, &FollowUpListWidget::reload);
    connect(m_done, &QPushButton::clicked, this, &FollowUpListWidget::markDone);
    const auto openCurrent = [this] {
        const QModelIndex index = m_table->currentIndex();
        if (index.isValid())
            Q_EMIT caseActivated(m_proxy->data(index, FollowUpModel::ClientIdRole).toString());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableView::doubleClicked, this, openCurrent);
    retranslate();
}

void FollowUpListWidget::setSession(session::Session* session) {
    m_session = session;
    reload();
}

void FollowUpListWidget::reload() {
    if (!m_session) {
        m_model->setItems({}, QDate::currentDate());
        return;
    }
    const QDate today = m_session->clock().today();
    auto due = m_session->cases().dueFollowUps(today.addDays(m_within->value()), m_mine->isChecked());
    if (!due.ok()) {
        m_banner->showError(due.error().message());
        m_model->setItems({}, today);
        return;
    }
    m_banner->hide();
    m_model->setItems(*due, today);
    m_overdue = 0;
    for (const cases::DueFollowUp& d : *due)
        m_overdue += d.followUp.dueDate < today ? 1 : 0;
    m_summary->setText(tr("%1 overdue, %2 due in the next %3 days")
                           .arg(m_overdue)
                           .arg(due->size() - m_overdue)
                           .arg(m_within->value()));
    m_table->resizeColumnsToContents();
    Q_EMIT countsChanged(int(due->size()), m_overdue);
}

void FollowUpListWidget::setOverdueReferrals(int count) {
    m_overdueReferrals = count;
    m_referrals->setVisible(count > 0);
    m_referrals->setText(tr("%n referral(s) overdue: show them", nullptr, count));
}

void FollowUpListWidget::markDone() {
    const QModelIndex index = m_table->currentIndex();
    if (!m_session || !index.isValid())
        return;
    auto done = m_session->cases().setFollowUpDone(m_proxy->data(index, FollowUpModel::FollowUpIdRole).toString(), true,
                                                   m_session->clock().today());
    if (!done.ok()) {
        m_banner->showError(done.error().message());
        return;
    }
    reload();
}

void FollowUpListWidget::retranslate() {
    m_title->setText(tr("Follow-ups due"));
    m_within->setPrefix(tr("Due within "));
    m_within->setSuffix(tr(" days"));
    m_mine->setText(tr("Only my case files"));
    m_done->setText(tr("Mark &done"));
    m_open->setText(tr("&Open case file"));
    setOverdueReferrals(m_overdueReferrals);
    if (m_session)
        reload();
}

void FollowUpListWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace corridor::ui

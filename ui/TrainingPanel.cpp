#include "ui/TrainingPanel.h"

#include "core/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/ReadableText.h"
#include "ui/TrainingDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corridor::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name) {
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

QTableWidgetItem* number(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString score(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}

QString score(const std::optional<int>& value) {
    return score(value ? std::optional<double>(*value) : std::nullopt);
}

QLabel* title(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_record(new QPushButton(this))
    , m_sessionsTitle(title(this))
    , m_table(makeTable(this, QStringLiteral("trainingSessionsTable")))
    , m_attendeesTitle(title(this))
    , m_attendees(makeTable(this, QStringLiteral("trainingAttendeesView")))
    , m_summaryTitle(title(this))
    , m_summary(makeTable(this, QStringLiteral("trainingSummaryTable"))) {
    setObjectName(QStringLiteral("trainingPanel"));
    m_record->setObjectName(QStringLiteral("recordTrainingButton"));
    m_table->setColumnCount(5);
    m_attendees->setColumnCount(5);
    m_summary->setColumnCount(8);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_attendees->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_sessionsTitle);
    bar->addStretch(1);
    bar->addWidget(m_record);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    auto* sessions = new QVBoxLayout;
    sessions->addLayout(bar);
    sessions->addWidget(m_table);
    auto* attendees = new QVBoxLayout;
    attendees->addWidget(m_attendeesTitle);
    attendees->addWidget(m_attendees);
    upperLayout->addLayout(sessions, 3);
    upperLayout->addLayout(attendees, 2);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summaryTitle);
    lowerLayout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_record, &QPushButton::clicked, this, &TrainingPanel::recordSession);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TrainingPanel::showAttendees);
    retranslate();
}

void TrainingPanel::setSession(session::Session* session) {
    m_session = session;
    reload();
}

void TrainingPanel::reload() {
    m_sessions.clear();
    m_table->setRowCount(0);
    m_summary->setRowCount(0);
    m_banner->hide();
    const bool mayRecord = m_session && m_session->actor().role != records::Role::Volunteer;
    m_record->setEnabled(mayRecord);
    m_record->setToolTip(m_session && !mayRecord ? tr("Trainers and coordinators record training sessions.")
                                                 : QString());
    if (!m_session) {
        showAttendees();
        return;
    }
    auto all = m_session->training().all();
    auto pack = m_session->content().current();
    if (!all.ok() || !pack.ok()) {
        m_banner->showError(!all.ok() ? all.error().message() : pack.error().message());
        return;
    }
    m_sessions = *all;
    std::sort(m_sessions.begin(), m_sessions.end(),
              [](const auto& a, const auto& b) { return a.date > b.date || (a.date == b.date && a.id < b.id); });
    const QString language = m_session->language();
    QStringList moduleIds;
    QHash<QString, QString> moduleTitles;
    for (const content::Module& module : pack->curriculum) {
        moduleIds << module.id;
        moduleTitles.insert(module.id, readableText(module.titleIn(language)));
    }
    m_table->setRowCount(static_cast<int>(m_sessions.size()));
    for (int row = 0; row < m_sessions.size(); ++row) {
        const content::TrainingSession& s = m_sessions.at(row);
        QStringList titles;
        for (const QString& id : s.modules)
            titles << moduleTitles.value(id, id);
        auto* modules = new QTableWidgetItem(titles.join(QStringLiteral("; ")));
        modules->setToolTip(titles.join(u'\n'));
        m_table->setItem(row, 0, new QTableWidgetItem(s.date.toString(Qt::ISODate)));
        m_table->setItem(row, 1, new QTableWidgetItem(s.place));
        m_table->setItem(row, 2, modules);
        m_table->setItem(row, 3, new QTableWidgetItem(s.trainer));
        m_table->setItem(row, 4, number(QString::number(s.attendees.size())));
    }
    for (int column : {0, 1, 3, 4})
        m_table->resizeColumnToContents(column);
    if (!m_sessions.isEmpty())
        m_table->selectRow(0);
    showAttendees();

    auto summary = m_session->training().summary(moduleIds);
    if (!summary.ok()) {
        m_banner->showError(summary.error().message());
        return;
    }
    m_summary->setRowCount(static_cast<int>(summary->size()));
    for (int row = 0; row < summary->size(); ++row) {
        const content::TrainingSummaryRow& r = summary->at(row);
        m_summary->setItem(row, 0, new QTableWidgetItem(moduleTitles.value(r.module, r.module)));
        m_summary->setItem(row, 1, number(QString::number(r.sessions)));
        m_summary->setItem(row, 2, number(QString::number(r.people)));
        m_summary->setItem(row, 3, number(QString::number(r.female)));
        m_summary->setItem(row, 4, number(QString::number(r.male)));
        m_summary->setItem(row, 5, number(QString::number(r.other)));
        m_summary->setItem(row, 6, number(score(r.meanPre)));
        m_summary->setItem(row, 7, number(score(r.meanPost)));
    }
    for (int column = 1; column < 8; ++column)
        m_summary->resizeColumnToContents(column);
}

void TrainingPanel::showAttendees() {
    const int row = m_table->currentRow();
    m_attendees->setRowCount(0);
    if (row < 0 || row >= m_sessions.size()) {
        m_attendeesTitle->setText(tr("Attendees"));
        return;
    }
    const content::TrainingSession& s = m_sessions.at(row);
    m_attendeesTitle->setText(
        tr("Attendees at %1, %2 (%3)").arg(s.place, s.date.toString(Qt::ISODate)).arg(s.attendees.size()));
    m_attendees->setRowCount(static_cast<int>(s.attendees.size()));
    for (int i = 0; i < s.attendees.size(); ++i) {
        const content::Attendee& a = s.attendees.at(i);
        m_attendees->setItem(i, 0, new QTableWidgetItem(a.name));
        m_attendees->setItem(i, 1, new QTableWidgetItem(TrainingDialog::sexLabel(a.sex)));
        m_attendees->setItem(i, 2, new QTableWidgetItem(TrainingDialog::roleLabel(a.role)));
        m_attendees->setItem(i, 3, number(score(a.preScore)));
        m_attendees->setItem(i, 4, number(score(a.postScore)));
    }
    for (int column = 1; column < 5; ++column)
        m_attendees->resizeColumnToContents(column);
}

void TrainingPanel::recordSession() {
    if (!m_session)
        return;
    TrainingDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("Training at %1 recorded: %n person(s). It goes to the coordinator with the next bundle.",
                      nullptr, static_cast<int>(dialog.created().attendees.size()))
                       .arg(dialog.created().place));
}

void TrainingPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainingPanel::retranslate() {
    m_record->setText(tr("&Record a training…"));
    m_sessionsTitle->setText(tr("Training sessions"));
    m_summaryTitle->setText(tr("People trained per module"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Place"), tr("Modules"), tr("Trainer"), tr("People")});
    m_attendees->setHorizontalHeaderLabels({tr("Name"), tr("Sex"), tr("Role"), tr("Pre-test"), tr("Post-test")});
    m_summary->setHorizontalHeaderLabels({tr("Module"), tr("Sessions"), tr("People"), tr("Women"), tr("Men"),
                                          tr("Other"), tr("Mean pre-test"), tr("Mean post-test")});
    if (m_session)
        reload();
    else
        showAttendees();
}

} // namespace corridor::ui

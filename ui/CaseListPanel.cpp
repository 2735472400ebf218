#include "ui/CaseListPanel.h"

#include "core/cases/Vocabulary.h"
#include "core/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/models/CaseListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace corridor::ui {

using cases::Vocabulary;

CaseListPanel::CaseListPanel(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_due(new QCheckBox(this))
    , m_new(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_model(new CaseListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchDelay(new QTimer(this)) {
    setObjectName(QStringLiteral("caseListPanel"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_due->setObjectName(QStringLiteral("dueCheckBox"));
    m_new->setObjectName(QStringLiteral("newCaseButton"));
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(QString(), QString());
    for (const cases::Term& term : Vocabulary::terms(Vocabulary::List::CaseStatus))
        m_status->addItem(QString(), QString::fromLatin1(term.code));
    m_status->setCurrentIndex(1); // active cases first: what a volunteer works on

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_due);
    filters->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    // Search as the volunteer types, but not on every keystroke of a fast typist.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &CaseListPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        reload();
        if (m_proxy->rowCount() > 0) {
            m_table->selectRow(0);
            Q_EMIT caseActivated(m_model->clientId(m_proxy->mapToSource(m_proxy->index(0, 0)).row()));
        }
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPanel::reload);
    connect(m_due, &QCheckBox::toggled, this, &CaseListPanel::reload);
    connect(m_new, &QPushButton::clicked, this, &CaseListPanel::newCaseRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT caseActivated(m_model->clientId(m_proxy->mapToSource(current).row()));
            });
    retranslate();
}

void CaseListPanel::setSession(session::Session* session) {
    m_session = session;
    m_model->setService(session ? &session->cases() : nullptr);
    m_search->clear();
    m_banner->hide();
    reload();
}

void CaseListPanel::reload() {
    if (!m_session) {
        m_model->setService(nullptr);
        m_count->clear();
        return;
    }
    cases::ClientFilter filter;
    filter.text = m_search->text();
    filter.caseStatus = m_status->currentData().toString();
    if (m_due->isChecked())
        filter.followUpDueBy = m_session->clock().today();
    m_model->setToday(m_session->clock().today());
    const QString error = m_model->reload(filter);
    if (!error.isEmpty())
        m_banner->showError(error);
    else
        m_banner->hide();
    const int shown = m_model->rowCount();
    if (!filter.text.trimmed().isEmpty() && shown == 0)
        m_count->setText(tr("No case file matches “%1”.").arg(filter.text.trimmed()));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("%1 case files shown; scroll for more").arg(shown));
    else
        m_count->setText(tr("%n case file(s)", nullptr, shown));
    m_table->resizeColumnsToContents();
}

void CaseListPanel::select(const QString& clientId) {
    const int row = m_model->rowOf(clientId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void CaseListPanel::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void CaseListPanel::retranslate() {
    m_search->setPlaceholderText(tr("Search by UIC, name, phone or place (Ctrl+F)"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, Vocabulary::label(Vocabulary::List::CaseStatus, m_status->itemData(i).toString()));
    m_due->setText(tr("Follow-up due"));
    m_new->setText(tr("New case"));
    m_new->setToolTip(tr("Register a new person (Ctrl+N)"));
    if (m_session)
        reload();
}

void CaseListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace corridor::ui

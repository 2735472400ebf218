#include "ui/models/CaseListModel.h"

#include "core/cases/CaseService.h"
#include "core/cases/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace corridor::ui {

using cases::Vocabulary;

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate()) {}

void CaseListModel::setService(cases::CaseService* service) {
    beginResetModel();
    m_service = service;
    m_rows.clear();
    m_more = false;
    endResetModel();
}

QString CaseListModel::reload(const cases::ClientFilter& filter) {
    beginResetModel();
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = PageSize;
    m_rows.clear();
    m_more = false;
    QString error;
    bool more = false;
    if (m_service) {
        auto rows = m_service->listClients(m_filter);
        if (rows.ok()) {
            m_rows = *rows;
            more = rows->size() == PageSize;
        } else {
            error = rows.error().message();
        }
    }
    endResetModel();
    m_more = more; // only now: views ask for more rows while the reset is being announced
    return error;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more;
}

void CaseListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || !m_service || !m_more || m_fetching)
        return;
    cases::ClientFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto rows = m_service->listClients(next);
    if (!rows.ok() || rows->isEmpty()) {
        m_more = false;
        return;
    }
    // Views (and the model tester) may ask for more while the insertion is announced.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
    m_fetching = false;
    m_more = rows->size() == PageSize;
}

QString CaseListModel::clientId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).client.id : QString();
}

int CaseListModel::rowOf(const QString& clientId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).client.id == clientId)
            return int(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const cases::ClientSummary& row = m_rows.at(index.row());
    const cases::Client& c = row.client;
    if (role == IdRole)
        return c.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Uic:
            return c.uic;
        case Name:
            return c.name;
        case SexAge: {
            QString age;
            if (c.birthYear)
                age = QString::number(m_today.year() - *c.birthYear);
            else if (!c.ageBand.isEmpty())
                age = c.ageBand;
            QStringList parts;
            if (c.sex != QLatin1String("unknown"))
                parts << Vocabulary::label(Vocabulary::List::Sex, c.sex);
            if (!age.isEmpty())
                parts << age;
            return parts.join(QStringLiteral(", "));
        }
        case Location:
            return c.currentLocation;
        case Status:
            return Vocabulary::label(Vocabulary::List::CaseStatus, c.caseStatus);
        case LastContact:
            return row.lastContact.isValid() ? QLocale().toString(row.lastContact, QLocale::ShortFormat) : QString();
        case NextFollowUp:
            return row.nextFollowUp.isValid() ? QLocale().toString(row.nextFollowUp, QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == NextFollowUp && row.nextFollowUp.isValid() &&
        row.nextFollowUp < m_today)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::FontRole && index.column() == NextFollowUp && row.nextFollowUp.isValid() &&
        row.nextFollowUp <= m_today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case LastContact:
            return row.lastContact;
        case NextFollowUp:
            return row.nextFollowUp;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Uic:
        return tr("UIC");
    case Name:
        return tr("Name or alias");
    case SexAge:
        return tr("Sex, age");
    case Location:
        return tr("Now in");
    case Status:
        return tr("Status");
    case LastContact:
        return tr("Last contact");
    case NextFollowUp:
        return tr("Next follow-up");
    default:
        return {};
    }
}

} // namespace corridor::ui

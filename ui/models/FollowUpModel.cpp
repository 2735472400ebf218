#include "ui/models/FollowUpModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace corridor::ui {

FollowUpModel::FollowUpModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void FollowUpModel::setItems(const QList<cases::DueFollowUp>& items, const QDate& today) {
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

const cases::DueFollowUp* FollowUpModel::item(int row) const {
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int FollowUpModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}
int FollowUpModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const cases::DueFollowUp& d = m_items.at(index.row());
    const bool overdue = d.followUp.dueDate < m_today;
    if (role == ClientIdRole)
        return d.client.id;
    if (role == FollowUpIdRole)
        return d.followUp.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Due:
            return QLocale().toString(d.followUp.dueDate, QLocale::ShortFormat);
        case State: {
            const qint64 days = d.followUp.dueDate.daysTo(m_today);
            if (days > 0)
                return tr("%n day(s) overdue", nullptr, int(days));
            if (days == 0)
                return tr("due today");
            return tr("in %n day(s)", nullptr, int(-days));
        }
        case Uic:
            return d.client.uic;
        case Name:
            return d.client.name;
        case Phone:
            return d.client.consent.contactByPhone ? d.client.phone : QString();
        case Reason:
            return d.followUp.displayReason();
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == Due)
        return d.followUp.dueDate;
    if (role == Qt::ForegroundRole && overdue && (index.column() == Due || index.column() == State))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case State:
        return tr("When");
    case Uic:
        return tr("UIC");
    case Name:
        return tr("Name or alias");
    case Phone:
        return tr("Phone (if consent)");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace corridor::ui

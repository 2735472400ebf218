#include "ui/models/AuditModel.h"

#include <QDateTime>
#include <QLocale>

namespace corridor::ui {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditModel::setEntries(const QList<cases::AuditEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}
int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QString AuditModel::actionLabel(const QString& action) {
    if (action == QLatin1String("view"))
        return tr("viewed");
    if (action == QLatin1String("create"))
        return tr("created");
    if (action == QLatin1String("update"))
        return tr("changed");
    if (action == QLatin1String("export"))
        return tr("exported");
    if (action == QLatin1String("print"))
        return tr("printed");
    if (action == QLatin1String("erase"))
        return tr("erased");
    if (action == QLatin1String("unlock"))
        return tr("unlocked the vault");
    if (action == QLatin1String("passphrase"))
        return tr("changed passphrase");
    return action;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const cases::AuditEntry& e = m_entries.at(index.row());
    switch (index.column()) {
    case When:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat);
    case User:
        return e.userName;
    case Action:
        return actionLabel(e.action);
    case Record:
        return QString(e.recordType + u' ' + e.recordId.left(8));
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("Who");
    case Action:
        return tr("Did what");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace corridor::ui

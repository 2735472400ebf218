#pragma once

#include "core/cases/AuditLog.h"

#include <QAbstractTableModel>

namespace corridor::ui {

// Audit log entries for coordinators, newest first.
class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, User, Action, Record, Detail, NB_COLUMNS };

    explicit AuditModel(QObject* parent = nullptr);
    void setEntries(const QList<cases::AuditEntry>& entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionLabel(const QString& action);

private:
    QList<cases::AuditEntry> m_entries;
};

} // namespace corridor::ui

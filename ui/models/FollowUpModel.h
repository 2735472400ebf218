#pragma once

#include "core/cases/FollowUpRepository.h"

#include <QAbstractTableModel>

namespace corridor::ui {

// Open follow-ups due by a date, across all case files: the volunteer's to-do list.
class FollowUpModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, State, Uic, Name, Phone, Reason, NB_COLUMNS };
    static constexpr int ClientIdRole = Qt::UserRole + 1;
    static constexpr int FollowUpIdRole = Qt::UserRole + 2;

    explicit FollowUpModel(QObject* parent = nullptr);

    void setItems(const QList<cases::DueFollowUp>& items, const QDate& today);
    const cases::DueFollowUp* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<cases::DueFollowUp> m_items;
    QDate m_today;
};

} // namespace corridor::ui

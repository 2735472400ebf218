#pragma once

#include "core/cases/Encounter.h"

#include <QAbstractTableModel>

namespace corridor::ui {

// The contact log of one case file, newest first.
class EncounterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Kind, Services, NextFollowUp, Notes, NB_COLUMNS };

    explicit EncounterModel(QObject* parent = nullptr);

    void setEncounters(const QList<cases::Encounter>& encounters);
    const cases::Encounter* encounter(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<cases::Encounter> m_encounters;
};

} // namespace corridor::ui

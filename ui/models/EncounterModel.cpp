#include "ui/models/EncounterModel.h"

#include "core/cases/Vocabulary.h"

#include <QLocale>

namespace corridor::ui {

using cases::Vocabulary;

EncounterModel::EncounterModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EncounterModel::setEncounters(const QList<cases::Encounter>& encounters) {
    beginResetModel();
    m_encounters = encounters;
    endResetModel();
}

const cases::Encounter* EncounterModel::encounter(int row) const {
    return row >= 0 && row < m_encounters.size() ? &m_encounters.at(row) : nullptr;
}

int EncounterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_encounters.size());
}
int EncounterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : NB_COLUMNS;
}

QVariant EncounterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_encounters.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const cases::Encounter& e = m_encounters.at(index.row());
    switch (index.column()) {
    case Date:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case Kind:
        return Vocabulary::label(Vocabulary::List::EncounterKind, e.kind);
    case Services: {
        QStringList labels;
        for (const QString& s : e.services)
            labels << Vocabulary::label(Vocabulary::List::Service, s);
        return labels.join(QStringLiteral(", "));
    }
    case NextFollowUp:
        return e.nextFollowUp.isValid() ? QLocale().toString(e.nextFollowUp, QLocale::ShortFormat) : QString();
    case Notes:
        return role == Qt::DisplayRole ? e.notes.section(u'\n', 0, 0) : e.notes;
    default:
        return {};
    }
}

QVariant EncounterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind of contact");
    case Services:
        return tr("Services given");
    case NextFollowUp:
        return tr("Next follow-up");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace corridor::ui

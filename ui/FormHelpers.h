#pragma once

#include "core/cases/Vocabulary.h"

#include <QString>
#include <QStringList>

class QComboBox;
class QListWidget;

namespace corridor::ui {

// Filling and reading widgets from Corridor's controlled vocabularies. Items carry the
// code as data and show the translated label.
namespace FormHelpers {
void fillCombo(QComboBox* combo, cases::Vocabulary::List list);
void selectCode(QComboBox* combo, const QString& code);
QString selectedCode(const QComboBox* combo);
void fillChecklist(QListWidget* list, cases::Vocabulary::List vocabulary);
void checkCodes(QListWidget* list, const QStringList& codes);
QStringList checkedCodes(const QListWidget* list);
// Re-labels the items after a language switch, keeping the selection.
void retranslateCombo(QComboBox* combo, cases::Vocabulary::List list);
void retranslateChecklist(QListWidget* list, cases::Vocabulary::List vocabulary);
} // namespace FormHelpers

} // namespace corridor::ui

#include "ui/FormHelpers.h"

#include <QComboBox>
#include <QListWidget>

namespace corridor::ui::FormHelpers {

using cases::Vocabulary;

void fillCombo(QComboBox* combo, Vocabulary::List list) {
    combo->clear();
    for (const cases::Term& term : Vocabulary::terms(list))
        combo->addItem(Vocabulary::label(list, QString::fromLatin1(term.code)), QString::fromLatin1(term.code));
}

void selectCode(QComboBox* combo, const QString& code) {
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString selectedCode(const QComboBox* combo) {
    return combo->currentData().toString();
}

void fillChecklist(QListWidget* list, Vocabulary::List vocabulary) {
    list->clear();
    for (const cases::Term& term : Vocabulary::terms(vocabulary)) {
        auto* item = new QListWidgetItem(Vocabulary::label(vocabulary, QString::fromLatin1(term.code)), list);
        item->setData(Qt::UserRole, QString::fromLatin1(term.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void checkCodes(QListWidget* list, const QStringList& codes) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedCodes(const QListWidget* list) {
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

void retranslateCombo(QComboBox* combo, Vocabulary::List list) {
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, Vocabulary::label(list, combo->itemData(i).toString()));
}

void retranslateChecklist(QListWidget* list, Vocabulary::List vocabulary) {
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setText(Vocabulary::label(vocabulary, list->item(i)->data(Qt::UserRole).toString()));
}

} // namespace corridor::ui::FormHelpers

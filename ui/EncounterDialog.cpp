#include "ui/EncounterDialog.h"

#include "core/cases/CaseService.h"
#include "ui/FormHelpers.h"
#include "ui/MessageBanner.h"
#include "ui_EncounterDialog.h"

#include <QEvent>
#include <QPushButton>

namespace corridor::ui {

using cases::Vocabulary;

EncounterDialog::EncounterDialog(cases::CaseService& service, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EncounterDialog>())
    , m_banner(new MessageBanner(this))
    , m_service(service)
    , m_today(today) {
    m_ui->setupUi(this);
    m_ui->bannerLayout->addWidget(m_banner);
    FormHelpers::fillCombo(m_ui->kindComboBox, Vocabulary::List::EncounterKind);
    FormHelpers::fillChecklist(m_ui->servicesListWidget, Vocabulary::List::Service);
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->dateEdit->setDate(today);
    m_ui->followUpDateEdit->setDate(today.addDays(30));
    m_ui->followUpDateEdit->setEnabled(false);
    m_ui->notesPlainTextEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    connect(m_ui->followUpCheckBox, &QCheckBox::toggled, m_ui->followUpDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EncounterDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EncounterDialog::~EncounterDialog() = default;

void EncounterDialog::setNewFor(const QString& clientId) {
    m_encounter = {};
    m_encounter.clientId = clientId;
    m_editing = false;
    setWindowTitle(tr("Log a contact"));
}

void EncounterDialog::setExisting(const cases::Encounter& encounter) {
    m_encounter = encounter;
    m_editing = true;
    setWindowTitle(tr("Edit contact"));
    m_ui->dateEdit->setDate(encounter.date);
    FormHelpers::selectCode(m_ui->kindComboBox, encounter.kind);
    FormHelpers::checkCodes(m_ui->servicesListWidget, encounter.services);
    m_ui->notesPlainTextEdit->setPlainText(encounter.notes);
    m_ui->followUpCheckBox->setChecked(encounter.nextFollowUp.isValid());
    if (encounter.nextFollowUp.isValid())
        m_ui->followUpDateEdit->setDate(encounter.nextFollowUp);
    // Planning happens when a contact is first logged; editing keeps the plan as it was.
    m_ui->followUpCheckBox->setEnabled(false);
    m_ui->followUpDateEdit->setEnabled(false);
    m_ui->completesCheckBox->setVisible(false);
}

void EncounterDialog::accept() {
    cases::Encounter e = m_encounter;
    e.date = m_ui->dateEdit->date();
    e.kind = FormHelpers::selectedCode(m_ui->kindComboBox);
    e.services = FormHelpers::checkedCodes(m_ui->servicesListWidget);
    e.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    if (!m_editing)
        e.nextFollowUp = m_ui->followUpCheckBox->isChecked() ? m_ui->followUpDateEdit->date() : QDate();
    if (m_editing) {
        auto saved = m_service.updateEncounter(e);
        if (!saved.ok()) {
            m_banner->showError(saved.error().message());
            return;
        }
        m_savedId = e.id;
    } else {
        auto saved = m_service.addEncounter(e, m_ui->completesCheckBox->isChecked());
        if (!saved.ok()) {
            m_banner->showError(saved.error().message());
            return;
        }
        m_savedId = *saved;
    }
    QDialog::accept();
}

void EncounterDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        FormHelpers::retranslateCombo(m_ui->kindComboBox, Vocabulary::List::EncounterKind);
        FormHelpers::retranslateChecklist(m_ui->servicesListWidget, Vocabulary::List::Service);
    }
    QDialog::changeEvent(event);
}

} // namespace corridor::ui

#include "ui/CaseEditor.h"

#include "core/cases/Vocabulary.h"
#include "core/session/Session.h"
#include "ui/EncounterDialog.h"
#include "ui/FollowUpDialog.h"
#include "ui/FormHelpers.h"
#include "ui/MessageBanner.h"
#include "ui/models/EncounterModel.h"
#include "ui_CaseEditor.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>

namespace corridor::ui {

using cases::Vocabulary;
using List = cases::Vocabulary::List;

namespace {

constexpr int NotRecordedYear = 1899; // the spin box's special value

} // namespace

CaseEditor::CaseEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseEditor>())
    , m_banner(new MessageBanner(this))
    , m_encounters(new EncounterModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("caseEditor"));
    m_ui->bannerLayout->addWidget(m_banner);
    FormHelpers::fillCombo(m_ui->sexComboBox, List::Sex);
    FormHelpers::fillCombo(m_ui->ageBandComboBox, List::AgeBand);
    FormHelpers::fillCombo(m_ui->nationalityComboBox, List::Country);
    FormHelpers::fillCombo(m_ui->originCountryComboBox, List::Country);
    FormHelpers::fillCombo(m_ui->migrationStatusComboBox, List::MigrationStatus);
    FormHelpers::fillCombo(m_ui->occupationComboBox, List::Occupation);
    FormHelpers::fillCombo(m_ui->hivStatusComboBox, List::HivStatus);
    FormHelpers::fillCombo(m_ui->caseStatusComboBox, List::CaseStatus);
    FormHelpers::fillChecklist(m_ui->languagesListWidget, List::Language);
    m_ui->birthYearSpinBox->setMaximum(QDate::currentDate().year());
    m_ui->notesPlainTextEdit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->encounterTableView->setModel(m_encounters);
    m_ui->encounterTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->encounterTableView->verticalHeader()->hide();

    const auto changed = [this] { updateState(); };
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox* box : findChildren<QCheckBox*>())
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_ui->birthYearSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->consentDateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui->languagesListWidget, &QListWidget::itemChanged, this, changed);
    connect(m_ui->onArtCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_filling)
            FormHelpers::selectCode(m_ui->hivStatusComboBox, QStringLiteral("positive"));
    });

    connect(m_ui->saveButton, &QPushButton::clicked, this, &CaseEditor::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &CaseEditor::revert);
    connect(m_ui->logContactButton, &QPushButton::clicked, this, &CaseEditor::logContact);
    connect(m_ui->encounterTableView, &QTableView::doubleClicked, m_ui->editContactButton, &QPushButton::click);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, [this] {
        const cases::Encounter* e = m_encounters->encounter(m_ui->encounterTableView->currentIndex().row());
        if (!e || !m_session)
            return;
        EncounterDialog dialog(m_session->cases(), m_session->clock().today(), this);
        dialog.setExisting(*e);
        if (dialog.exec() == QDialog::Accepted)
            refreshContacts();
    });
    connect(m_ui->addFollowUpButton, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_open || m_loaded.id.isEmpty())
            return;
        FollowUpDialog dialog(m_session->cases(), m_loaded.id, m_session->clock().today(), this);
        if (dialog.exec() == QDialog::Accepted) {
            refreshFollowUps();
            Q_EMIT saved(m_loaded.id);
        }
    });
    connect(m_ui->followUpListWidget, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling || !m_session)
            return;
        const bool done = item->checkState() == Qt::Checked;
        auto result =
            m_session->cases().setFollowUpDone(item->data(Qt::UserRole).toString(), done, m_session->clock().today());
        if (!result.ok())
            m_banner->showError(result.error().message());
        refreshFollowUps();
        Q_EMIT saved(m_loaded.id);
    });
    clear();
}

CaseEditor::~CaseEditor() = default;

void CaseEditor::setSession(session::Session* session) {
    m_session = session;
    clear();
    fillUsers();
}

void CaseEditor::fillUsers() {
    m_filling = true;
    m_ui->assignedVolunteerComboBox->clear();
    if (m_session) {
        auto users = m_session->users().all();
        if (users.ok())
            for (const session::User& u : *users)
                if (u.role != records::Role::Trainer)
                    m_ui->assignedVolunteerComboBox->addItem(u.name, u.id);
    }
    m_filling = false;
}

void CaseEditor::clear() {
    m_open = false;
    m_loaded = {};
    m_banner->hide();
    fillForm(cases::Client{});
    m_encounters->setEncounters({});
    m_ui->followUpListWidget->clear();
    setEnabled(false);
    updateHeader();
    updateState();
}

void CaseEditor::newCase() {
    if (!m_session)
        return;
    m_open = true;
    m_loaded = {};
    m_loaded.assignedVolunteer = m_session->actor().userId;
    m_banner->hide();
    setEnabled(true);
    fillForm(m_loaded);
    m_encounters->setEncounters({});
    m_ui->followUpListWidget->clear();
    m_ui->caseTabWidget->setCurrentWidget(m_ui->identityPage);
    m_ui->uicLineEdit->setFocus();
    updateHeader();
    updateState();
}

bool CaseEditor::openCase(const QString& id) {
    if (!m_session)
        return false;
    auto client = m_session->cases().openClient(id);
    if (!client.ok()) {
        m_banner->showError(client.error().message());
        return false;
    }
    m_open = true;
    m_loaded = *client;
    m_banner->hide();
    setEnabled(true);
    fillForm(m_loaded);
    refreshContacts();
    refreshFollowUps();
    updateHeader();
    updateState();
    return true;
}

void CaseEditor::fillForm(const cases::Client& c) {
    m_filling = true;
    m_ui->uicLineEdit->setText(c.uic);
    m_ui->nameLineEdit->setText(c.name);
    FormHelpers::selectCode(m_ui->sexComboBox, c.sex);
    m_ui->birthYearSpinBox->setValue(c.birthYear.value_or(NotRecordedYear));
    FormHelpers::selectCode(m_ui->ageBandComboBox, c.ageBand);
    FormHelpers::selectCode(m_ui->nationalityComboBox, c.nationality);
    FormHelpers::checkCodes(m_ui->languagesListWidget, c.languages);
    m_ui->phoneLineEdit->setText(c.phone);
    FormHelpers::selectCode(m_ui->originCountryComboBox, c.originCountry);
    m_ui->originProvinceLineEdit->setText(c.originProvince);
    m_ui->currentLocationLineEdit->setText(c.currentLocation);
    m_ui->destinationLineEdit->setText(c.destination);
    FormHelpers::selectCode(m_ui->migrationStatusComboBox, c.migrationStatus);
    FormHelpers::selectCode(m_ui->occupationComboBox, c.occupation);
    FormHelpers::selectCode(m_ui->hivStatusComboBox, c.hivStatus);
    m_ui->onArtCheckBox->setChecked(c.onArt);
    m_ui->artSiteLineEdit->setText(c.artSite);
    m_ui->keepRecordsCheckBox->setChecked(c.consent.keepRecords);
    m_ui->contactByPhoneCheckBox->setChecked(c.consent.contactByPhone);
    m_ui->sharePartnerCheckBox->setChecked(c.consent.shareWithPartner);
    m_ui->consentDateEdit->setDate(
        c.consent.date.isValid() ? c.consent.date : (m_session ? m_session->clock().today() : QDate::currentDate()));
    FormHelpers::selectCode(m_ui->caseStatusComboBox, c.caseStatus);
    const int volunteer = m_ui->assignedVolunteerComboBox->findData(c.assignedVolunteer);
    m_ui->assignedVolunteerComboBox->setCurrentIndex(volunteer);
    m_ui->notesPlainTextEdit->setPlainText(c.notes);
    m_filling = false;
}

cases::Client CaseEditor::readForm() const {
    cases::Client c = m_loaded;
    c.uic = m_ui->uicLineEdit->text().trimmed();
    c.name = m_ui->nameLineEdit->text().trimmed();
    c.sex = FormHelpers::selectedCode(m_ui->sexComboBox);
    const int year = m_ui->birthYearSpinBox->value();
    c.birthYear = year == NotRecordedYear ? std::nullopt : std::optional<int>(year);
    c.ageBand = FormHelpers::selectedCode(m_ui->ageBandComboBox);
    c.nationality = FormHelpers::selectedCode(m_ui->nationalityComboBox);
    c.languages = FormHelpers::checkedCodes(m_ui->languagesListWidget);
    c.phone = m_ui->phoneLineEdit->text().trimmed();
    c.originCountry = FormHelpers::selectedCode(m_ui->originCountryComboBox);
    c.originProvince = m_ui->originProvinceLineEdit->text().trimmed();
    c.currentLocation = m_ui->currentLocationLineEdit->text().trimmed();
    c.destination = m_ui->destinationLineEdit->text().trimmed();
    c.migrationStatus = FormHelpers::selectedCode(m_ui->migrationStatusComboBox);
    c.occupation = FormHelpers::selectedCode(m_ui->occupationComboBox);
    c.hivStatus = FormHelpers::selectedCode(m_ui->hivStatusComboBox);
    c.onArt = m_ui->onArtCheckBox->isChecked();
    c.artSite = m_ui->artSiteLineEdit->text().trimmed();
    c.consent.keepRecords = m_ui->keepRecordsCheckBox->isChecked();
    c.consent.contactByPhone = m_ui->contactByPhoneCheckBox->isChecked();
    c.consent.shareWithPartner = m_ui->sharePartnerCheckBox->isChecked();
    // The date belongs to the consent: with no use agreed there is no consent date.
    const bool anyConsent = c.consent.keepRecords || c.consent.contactByPhone || c.consent.shareWithPartner;
    c.consent.date = anyConsent ? m_ui->consentDateEdit->date() : QDate();
    c.caseStatus = FormHelpers::selectedCode(m_ui->caseStatusComboBox);
    if (m_ui->assignedVolunteerComboBox->currentIndex() >= 0)
        c.assignedVolunteer = m_ui->assignedVolunteerComboBox->currentData().toString();
    c.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    return c;
}

bool CaseEditor::isModified() const {
    if (!m_open)
        return false;
    return !(readForm() == m_loaded);
}

void CaseEditor::updateHeader() {
    if (!m_open) {
        m_ui->headerLabel->setText(tr("Choose a case file on the left, or press Ctrl+N for a new one."));
        return;
    }
    if (m_loaded.id.isEmpty()) {
        m_ui->headerLabel->setText(tr("New case file"));
        return;
    }
    m_ui->headerLabel->setText(m_loaded.name.isEmpty() ? m_loaded.uic
                                                       : m_loaded.uic + QStringLiteral(" — ") + m_loaded.name);
}

void CaseEditor::updateState() {
    if (m_filling)
        return;
    const bool modified = isModified();
    const bool saved = m_open && !m_loaded.id.isEmpty();
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(modified);
    m_ui->logContactButton->setEnabled(saved);
    m_ui->editContactButton->setEnabled(saved);
    m_ui->addFollowUpButton->setEnabled(saved);
    m_ui->caseTabWidget->setTabEnabled(m_ui->caseTabWidget->indexOf(m_ui->contactsPage), saved);
    m_ui->caseTabWidget->setTabEnabled(m_ui->caseTabWidget->indexOf(m_ui->followUpsPage), saved);
    m_ui->artSiteLineEdit->setEnabled(m_ui->onArtCheckBox->isChecked());
    m_ui->consentDateEdit->setEnabled(m_ui->keepRecordsCheckBox->isChecked() ||
                                      m_ui->contactByPhoneCheckBox->isChecked() ||
                                      m_ui->sharePartnerCheckBox->isChecked());
    Q_EMIT modifiedChanged(modified);
}

bool CaseEditor::save() {
    if (!m_session || !m_open)
        return false;
    const cases::Client edited = readForm();
    QString id = edited.id;
    QStringList warnings;
    if (edited.id.isEmpty()) {
        if (!edited.consent.keepRecords)
            warnings << tr("The person has not agreed to keep records: ask again, or do not keep this case file.");
        auto added = m_session->cases().addClient(edited);
        if (!added.ok()) {
            m_banner->showError(added.error().message());
            return false;
        }
        id = added->id;
        for (const cases::DuplicateHint& hint : added->possibleDuplicates)
            warnings << tr("Possible duplicate: %1.").arg(hint.describe());
    } else {
        auto updated = m_session->cases().updateClient(edited);
        if (!updated.ok()) {
            m_banner->showError(updated.error().message());
            return false;
        }
    }
    auto reloaded = m_session->cases().repository().client(id);
    if (reloaded.ok() && *reloaded)
        m_loaded = **reloaded;
    fillForm(m_loaded);
    refreshContacts();
    refreshFollowUps();
    updateHeader();
    updateState();
    if (warnings.isEmpty())
        m_banner->show(MessageBanner::Kind::Positive, tr("Saved."));
    else
        m_banner->show(MessageBanner::Kind::Warning, tr("Saved.") + u' ' + warnings.join(u' '));
    Q_EMIT saved(id);
    return true;
}

void CaseEditor::revert() {
    fillForm(m_loaded);
    m_banner->hide();
    updateState();
}

bool CaseEditor::maybeSave() {
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("This case file has changes that are not saved. Save them now?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void CaseEditor::logContact() {
    if (!m_session || !m_open || m_loaded.id.isEmpty())
        return;
    EncounterDialog dialog(m_session->cases(), m_session->clock().today(), this);
    dialog.setNewFor(m_loaded.id);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshContacts();
    refreshFollowUps();
    m_ui->caseTabWidget->setCurrentWidget(m_ui->contactsPage);
    Q_EMIT saved(m_loaded.id);
}

void CaseEditor::refreshContacts() {
    if (!m_session || m_loaded.id.isEmpty()) {
        m_encounters->setEncounters({});
        return;
    }
    auto list = m_session->cases().encounters(m_loaded.id);
    m_encounters->setEncounters(list.ok() ? *list : QList<cases::Encounter>());
    m_ui->encounterTableView->resizeColumnsToContents();
}

void CaseEditor::refreshFollowUps() {
    m_filling = true;
    m_ui->followUpListWidget->clear();
    if (m_session && !m_loaded.id.isEmpty()) {
        auto list = m_session->cases().followUps(m_loaded.id, true);
        const QDate today = m_session->clock().today();
        if (list.ok()) {
            for (const cases::FollowUp& f : *list) {
                QString text = QLocale().toString(f.dueDate, QLocale::ShortFormat);
                if (!f.displayReason().isEmpty())
                    text += QStringLiteral(" — ") + f.displayReason();
                if (f.done)
                    text += u' ' + tr("(done %1)").arg(QLocale().toString(f.doneDate, QLocale::ShortFormat));
                else if (f.dueDate < today)
                    text += u' ' + tr("(overdue)");
                auto* item = new QListWidgetItem(text, m_ui->followUpListWidget);
                item->setData(Qt::UserRole, f.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(f.done ? Qt::Checked : Qt::Unchecked);
                if (!f.done && f.dueDate < today)
                    item->setForeground(QColor(0xb0, 0x20, 0x20));
            }
        }
    }
    m_filling = false;
}

void CaseEditor::retranslate() {
    FormHelpers::retranslateCombo(m_ui->sexComboBox, List::Sex);
    FormHelpers::retranslateCombo(m_ui->ageBandComboBox, List::AgeBand);
    FormHelpers::retranslateCombo(m_ui->nationalityComboBox, List::Country);
    FormHelpers::retranslateCombo(m_ui->originCountryComboBox, List::Country);
    FormHelpers::retranslateCombo(m_ui->migrationStatusComboBox, List::MigrationStatus);
    FormHelpers::retranslateCombo(m_ui->occupationComboBox, List::Occupation);
    FormHelpers::retranslateCombo(m_ui->hivStatusComboBox, List::HivStatus);
    FormHelpers::retranslateCombo(m_ui->caseStatusComboBox, List::CaseStatus);
    FormHelpers::retranslateChecklist(m_ui->languagesListWidget, List::Language);
    updateHeader();
    refreshFollowUps();
}

void CaseEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        const bool filling = m_filling;
        m_filling = true;
        m_ui->retranslateUi(this);
        m_filling = filling;
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace corridor::ui

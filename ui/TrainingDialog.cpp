#include "ui/TrainingDialog.h"

#include "core/session/Session.h"
#include "ui/MessageBanner.h"
#include "ui/ReadableText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace corridor::ui {

namespace {

enum Column { NameColumn, SexColumn, RoleColumn, PreColumn, PostColumn, ColumnCount };

QSpinBox* scoreBox(QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(-1, 100);
    box->setSpecialValueText(TrainingDialog::tr("not taken"));
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(-1);
    return box;
}

} // namespace

QString TrainingDialog::sexLabel(const QString& code) {
    if (code == QLatin1String("female"))
        return tr("Female");
    if (code == QLatin1String("male"))
        return tr("Male");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString TrainingDialog::roleLabel(const QString& code) {
    if (code == QLatin1String("volunteer"))
        return tr("Volunteer");
    if (code == QLatin1String("staff"))
        return tr("Staff");
    if (code == QLatin1String("community"))
        return tr("Community member");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

TrainingDialog::TrainingDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_modules(new QListWidget(this))
    , m_date(new QDateEdit(this))
    , m_place(new QLineEdit(this))
    , m_trainer(new QLineEdit(this))
    , m_attendees(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add a person"), this))
    , m_remove(new QPushButton(tr("&Remove selected"), this))
    , m_notes(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Record a training session"));
    m_modules->setObjectName(QStringLiteral("trainingModulesList"));
    m_place->setObjectName(QStringLiteral("trainingPlaceLineEdit"));
    m_trainer->setObjectName(QStringLiteral("trainingTrainerLineEdit"));
    m_attendees->setObjectName(QStringLiteral("trainingAttendeesTable"));
    m_date->setObjectName(QStringLiteral("trainingDateEdit"));

    const QString language = session.language();
    auto pack = session.content().current();
    if (pack.ok()) {
        for (const content::Module& module : pack->curriculum) {
            auto* item = new QListWidgetItem(readableText(module.titleIn(language)), m_modules);
            item->setData(Qt::UserRole, module.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            m_moduleIds << module.id;
        }
    } else {
        m_banner->showError(pack.error().message());
    }
    const QDate today = session.clock().today();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_trainer->setText(session.actor().userName);
    m_place->setPlaceholderText(tr("e.g. Mae Sot branch office"));
    m_attendees->setHorizontalHeaderLabels(
        {tr("Name"), tr("Sex"), tr("Role"), tr("Pre-test score"), tr("Post-test score")});
    m_attendees->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {SexColumn, RoleColumn, PreColumn, PostColumn})
        m_attendees->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notes->setPlaceholderText(tr("Anything the coordinator should know (optional)"));
    m_notes->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Trainer:"), m_trainer);
    auto* attendeeButtons = new QHBoxLayout;
    attendeeButtons->addWidget(m_add);
    attendeeButtons->addWidget(m_remove);
    attendeeButtons->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto* modulesLabel = new QLabel(tr("&Modules taught:"), this);
    modulesLabel->setBuddy(m_modules);
    auto* attendeesLabel = new QLabel(tr("Who &attended:"), this);
    attendeesLabel->setBuddy(m_attendees);
    auto* notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);

    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(notesLabel);
    left->addWidget(m_notes);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(modulesLabel);
    right->addWidget(m_modules);
    top->addLayout(left, 1);
    top->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(attendeesLabel);
    layout->addWidget(m_attendees, 1);
    layout->addLayout(attendeeButtons);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &TrainingDialog::addAttendeeRow);
    connect(m_remove, &QPushButton::clicked, this, &TrainingDialog::removeAttendeeRows);
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addAttendeeRow();
    resize(860, 640);
}

void TrainingDialog::addAttendeeRow() {
    const int row = m_attendees->rowCount();
    m_attendees->insertRow(row);
    m_attendees->setItem(row, NameColumn, new QTableWidgetItem);
    auto* sex = new QComboBox(m_attendees);
    sex->addItem(tr("choose…"), QString()); // counted by sex: never guessed
    for (const QString& code : content::TrainingService::sexes())
        sex->addItem(sexLabel(code), code);
    auto* role = new QComboBox(m_attendees);
    for (const QString& code : content::TrainingService::roles())
        role->addItem(roleLabel(code), code);
    m_attendees->setCellWidget(row, SexColumn, sex);
    m_attendees->setCellWidget(row, RoleColumn, role);
    m_attendees->setCellWidget(row, PreColumn, scoreBox(m_attendees));
    m_attendees->setCellWidget(row, PostColumn, scoreBox(m_attendees));
    m_attendees->setCurrentCell(row, NameColumn);
    m_attendees->editItem(m_attendees->item(row, NameColumn));
}

void TrainingDialog::removeAttendeeRows() {
    QList<int> rows;
    for (const QModelIndex& index : m_attendees->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_attendees->currentRow() >= 0)
        rows << m_attendees->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_attendees->removeRow(row);
}

void TrainingDialog::fill(const content::TrainingSession& s) {
    for (int i = 0; i < m_modules->count(); ++i)
        m_modules->item(i)->setCheckState(
            s.modules.contains(m_modules->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    if (s.date.isValid())
        m_date->setDate(s.date);
    m_place->setText(s.place);
    m_trainer->setText(s.trainer);
    m_notes->setPlainText(s.notes);
    m_attendees->setRowCount(0);
    for (const content::Attendee& a : s.attendees) {
        addAttendeeRow();
        const int row = m_attendees->rowCount() - 1;
        m_attendees->item(row, NameColumn)->setText(a.name);
        auto* sex = static_cast<QComboBox*>(m_attendees->cellWidget(row, SexColumn));
        sex->setCurrentIndex(sex->findData(a.sex));
        auto* role = static_cast<QComboBox*>(m_attendees->cellWidget(row, RoleColumn));
        role->setCurrentIndex(role->findData(a.role));
        static_cast<QSpinBox*>(m_attendees->cellWidget(row, PreColumn))->setValue(a.preScore.value_or(-1));
        static_cast<QSpinBox*>(m_attendees->cellWidget(row, PostColumn))->setValue(a.postScore.value_or(-1));
    }
}

content::TrainingSession TrainingDialog::entered() const {
    content::TrainingSession s;
    for (int i = 0; i < m_modules->count(); ++i)
        if (m_modules->item(i)->checkState() == Qt::Checked)
            s.modules << m_modules->item(i)->data(Qt::UserRole).toString();
    s.date = m_date->date();
    s.place = m_place->text().trimmed();
    s.trainer = m_trainer->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    for (int row = 0; row < m_attendees->rowCount(); ++row) {
        content::Attendee a;
        a.name = m_attendees->item(row, NameColumn) ? m_attendees->item(row, NameColumn)->text().trimmed() : QString();
        const int pre = static_cast<QSpinBox*>(m_attendees->cellWidget(row, PreColumn))->value();
        const int post = static_cast<QSpinBox*>(m_attendees->cellWidget(row, PostColumn))->value();
        if (a.name.isEmpty() && pre < 0 && post < 0)
            continue; // an empty row left at the end
        a.sex = static_cast<QComboBox*>(m_attendees->cellWidget(row, SexColumn))->currentData().toString();
        a.role = static_cast<QComboBox*>(m_attendees->cellWidget(row, RoleColumn))->currentData().toString();
        if (pre >= 0)
            a.preScore = pre;
        if (post >= 0)
            a.postScore = post;
        s.attendees << a;
    }
    return s;
}

void TrainingDialog::accept() {
    auto added = m_session.training().add(entered(), m_moduleIds, m_session.clock().today());
    if (!added.ok()) {
        m_banner->showError(added.error().message());
        return;
    }
    m_created = *added;
    QDialog::accept();
}

} // namespace corridor::ui

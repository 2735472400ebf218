#include "ui/ConflictDialog.h"

#include "core/cases/Vocabulary.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/session/Session.h"
#include "ui/FieldLabels.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor::ui {

ConflictDialog::ConflictDialog(session::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_keepCurrent(new QPushButton(tr("Keep the &current value"), this))
    , m_keepOther(new QPushButton(tr("Keep the &other value"), this))
    , m_newValue(new QPushButton(tr("Type a &new value…"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflicts to decide"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Two people changed the same field without seeing each other's change. Corridor shows the "
                        "value every laptop agrees on for now (“current”) and the other one. Decide which is right: "
                        "your choice travels with the next bundles, and the value not kept stays in the history."));
    m_tree->setObjectName(QStringLiteral("conflictTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels(
        {tr("Record"), tr("Field"), tr("Current value"), tr("Changed by"), tr("Other value"), tr("Changed by")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrentButton"));
    m_keepOther->setObjectName(QStringLiteral("keepOtherButton"));
    m_newValue->setObjectName(QStringLiteral("newValueButton"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_keepCurrent);
    actions->addWidget(m_keepOther);
    actions->addWidget(m_newValue);
    actions->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ConflictDialog::updateButtons);
    connect(m_keepCurrent, &QPushButton::clicked, this, &ConflictDialog::keepCurrent);
    connect(m_keepOther, &QPushButton::clicked, this, &ConflictDialog::keepOther);
    connect(m_newValue, &QPushButton::clicked, this, &ConflictDialog::typeNewValue);

    if (auto devices = m_session.trust().all(); devices.ok())
        for (const sync::KnownDevice& d : *devices)
            m_deviceNames.insert(d.id, d.name);
    reload();
    resize(980, 480);
}

QString ConflictDialog::who(const records::FieldWrite& write) const {
    const QString device = m_deviceNames.value(write.author, crypto::DeviceIdentity::idText(write.author));
    return tr("%1, %2").arg(device, FieldLabels::hlcTime(write.hlc));
}

QString ConflictDialog::recordName(const records::Conflict& conflict) {
    if (conflict.recordType == QLatin1String("client")) {
        if (auto client = m_session.cases().openClient(conflict.recordId); client.ok())
            return tr("%1 (%2)").arg(client->name.isEmpty() ? client->uic : client->name,
                                     FieldLabels::recordType(conflict.recordType));
    }
    return tr("%1 %2").arg(FieldLabels::recordType(conflict.recordType), conflict.recordId.left(8));
}

void ConflictDialog::reload() {
    m_tree->clear();
    auto conflicts = m_session.cases().conflicts();
    if (!conflicts.ok()) {
        m_error->setText(conflicts.error().message());
        m_conflicts.clear();
        updateButtons();
        return;
    }
    m_conflicts = *conflicts;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const records::Conflict& c = m_conflicts.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, recordName(c));
        item->setText(1, FieldLabels::field(c.recordType, c.field));
        item->setText(2, FieldLabels::value(c.field, c.winner.value));
        item->setText(3, who(c.winner));
        item->setText(4, FieldLabels::value(c.field, c.loser.value));
        item->setText(5, who(c.loser));
        item->setData(0, Qt::UserRole, i);
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    else
        m_intro->setText(tr("No conflicts: every field has one value everyone agrees on."));
    updateButtons();
}

const records::Conflict* ConflictDialog::selected() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_conflicts.size() ? &m_conflicts.at(i) : nullptr;
}

void ConflictDialog::updateButtons() {
    const records::Conflict* c = selected();
    m_keepCurrent->setEnabled(c);
    m_keepOther->setEnabled(c);
    // Lists (languages, services) are chosen from the two values, not typed.
    m_newValue->setEnabled(c && !c->winner.value.isArray() && !c->loser.value.isArray());
}

bool ConflictDialog::keepCurrent() {
    const records::Conflict* c = selected();
    return c && resolveWith(c->winner.value);
}

bool ConflictDialog::keepOther() {
    const records::Conflict* c = selected();
    return c && resolveWith(c->loser.value);
}

bool ConflictDialog::resolveWith(const QCborValue& value) {
    const records::Conflict* c = selected();
    if (!c)
        return false;
    if (auto done = m_session.cases().resolveConflict(*c, value); !done.ok()) {
        m_error->setText(done.error().message());
        return false;
    }
    m_error->clear();
    reload();
    Q_EMIT resolved();
    return true;
}

void ConflictDialog::typeNewValue() {
    const records::Conflict* c = selected();
    if (!c)
        return;
    const QString label = FieldLabels::field(c->recordType, c->field);
    const QCborValue sample = c->winner.value.isNull() ? c->loser.value : c->winner.value;
    bool ok = false;
    QCborValue value;
    if (const auto list = FieldLabels::vocabulary(c->field)) {
        const QStringList codes = cases::Vocabulary::codes(*list);
        QStringList labels;
        for (const QString& code : codes)
            labels << cases::Vocabulary::label(*list, code);
        const QString chosen = QInputDialog::getItem(this, tr("New value"), label, labels, 0, false, &ok);
        if (ok)
            value = codes.value(labels.indexOf(chosen));
    } else if (sample.isBool()) {
        const QStringList answers = {tr("yes"), tr("no")};
        const QString chosen = QInputDialog::getItem(this, tr("New value"), label, answers, 0, false, &ok);
        if (ok)
            value = QCborValue(chosen == answers.first());
    } else if (sample.isInteger()) {
        const int number = QInputDialog::getInt(this, tr("New value"), label, int(sample.toInteger()), 0, 9999, 1, &ok);
        if (ok)
            value = qint64(number);
    } else if (c->field == QLatin1String("notes")) {
        const QString text = QInputDialog::getMultiLineText(this, tr("New value"), label, sample.toString(), &ok);
        if (ok)
            value = text;
    } else {
        const QString text =
            QInputDialog::getText(this, tr("New value"), label, QLineEdit::Normal, sample.toString(), &ok);
        if (ok)
            value = text.trimmed();
    }
    if (ok)
        resolveWith(value);
}

} // namespace corridor::ui

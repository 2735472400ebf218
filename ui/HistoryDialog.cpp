#include "ui/HistoryDialog.h"

#include "core/crypto/DeviceIdentity.h"
#include "core/session/Session.h"
#include "ui/FieldLabels.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace corridor::ui {

HistoryDialog::HistoryDialog(session::Session& session, const QString& clientId, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of this case file"));
    m_summary->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Laptop"), tr("What"), tr("Value")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);

    auto history = session.cases().history(clientId);
    if (!history.ok()) {
        m_summary->setText(history.error().message());
        return;
    }
    QHash<QString, QString> users;
    if (auto all = session.users().all(); all.ok())
        for (const session::User& u : *all)
            users.insert(u.id, u.name);
    QHash<QByteArray, QString> devices;
    if (auto all = session.trust().all(); all.ok())
        for (const sync::KnownDevice& d : *all)
            devices.insert(d.id, d.name);

    QList<records::HistoryEntry> entries = *history;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const records::HistoryEntry& a, const records::HistoryEntry& b) { return a.hlc > b.hlc; });
    for (const records::HistoryEntry& h : entries) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, FieldLabels::hlcTime(h.hlc));
        item->setText(1, users.value(h.userId, h.userId.isEmpty() ? QString() : tr("someone on that laptop")));
        item->setText(2, devices.value(h.author, crypto::DeviceIdentity::idText(h.author)));
        QString what;
        if (h.op == records::Changeset::Op::Erase)
            what = tr("%1 erased").arg(FieldLabels::recordType(h.recordType));
        else if (h.scrubbed)
            what = tr("%1 changed (contents removed by the erasure)").arg(FieldLabels::recordType(h.recordType));
        else
            what =
                tr("%1: %n field(s) written", nullptr, int(h.fields.size())).arg(FieldLabels::recordType(h.recordType));
        item->setText(3, what);
        for (const auto& f : h.fields) {
            // Links between records are shown by the grouping itself, not as ids.
            if (f.name == QLatin1String("client_id") || f.name == QLatin1String("encounter_id"))
                continue;
            auto* child = new QTreeWidgetItem(item);
            child->setText(3, FieldLabels::field(h.recordType, f.name));
            const bool person = f.name == QLatin1String("recorded_by") || f.name == QLatin1String("assigned_volunteer");
            child->setText(4, person && users.contains(f.value.toString()) ? users.value(f.value.toString())
                                                                           : FieldLabels::value(f.name, f.value));
        }
    }
    m_tree->expandToDepth(0);
    m_summary->setText(tr("%n change(s), newest first. A value replaced later, or one that lost a conflict, stays "
                          "here.",
                          nullptr, int(entries.size())));
}

int HistoryDialog::entryCount() const {
    return m_tree->topLevelItemCount();
}

} // namespace corridor::ui

#include "ui/ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor::ui {

ImportReportDialog::ImportReportDialog(const QList<sync::ImportReport>& reports, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setText(summary(reports));
    m_tree->setObjectName(QStringLiteral("importReportTree"));
    m_tree->setHeaderLabels({tr("Bundle"), tr("From"), tr("Result"), tr("New"), tr("Already here"), tr("Created"),
                             tr("Updated"), tr("Erased"), tr("Conflicts"), tr("Held back")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    int conflicts = 0;
    for (const sync::ImportReport& r : reports) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QFileInfo(r.file).fileName());
        item->setToolTip(0, r.file);
        item->setText(1, r.exporterName.isEmpty() ? r.exporter : tr("%1 (%2)").arg(r.exporterName, r.exporter));
        if (r.refused) {
            item->setText(2, tr("Refused: %1").arg(r.refusal));
            item->setForeground(2, QColor(0xb3, 0x26, 0x1e));
            item->setToolTip(2, r.refusal);
        } else {
            item->setText(2, r.alreadyImported ? tr("Already imported: nothing changed") : tr("Imported"));
            for (int column = 3; column <= 9; ++column)
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(3, QString::number(r.newChangesets));
            item->setText(4, QString::number(r.seen));
            item->setText(5, QString::number(r.created));
            item->setText(6, QString::number(r.updated));
            item->setText(7, QString::number(r.erased));
            item->setText(8, QString::number(r.conflicts));
            item->setText(9, QString::number(r.held));
        }
        if (r.alert) {
            auto* alert = new QTreeWidgetItem(item);
            // Raised for a forged or changed bundle as well as for a number used twice: name all three.
            alert->setText(2, tr("Alert: this may not be an accident (a changed or forged bundle, or one device "
                                 "using a number twice). Tell your coordinator."));
            alert->setForeground(2, QColor(0xb3, 0x26, 0x1e));
        }
        for (const QString& refused : r.refusedItems) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(2, tr("Refused change: %1").arg(refused));
        }
        conflicts += r.conflicts;
    }
    m_tree->expandAll();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (conflicts > 0) {
        auto* decide = buttons->addButton(tr("&Decide conflicts…"), QDialogButtonBox::ActionRole);
        connect(decide, &QPushButton::clicked, this, [this] {
            accept();
            Q_EMIT conflictsRequested();
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(960, 380);
}

QString ImportReportDialog::summaryText() const {
    return m_summary->text();
}

QString ImportReportDialog::summary(const QList<sync::ImportReport>& reports) {
    int newChanges = 0, seen = 0, refused = 0, conflicts = 0, held = 0;
    bool alert = false;
    for (const sync::ImportReport& r : reports) {
        newChanges += r.newChangesets;
        seen += r.seen;
        held += r.held;
        refused += r.refused ? 1 : 0;
        conflicts += r.conflicts;
        alert = alert || r.alert;
    }
    QStringList parts;
    parts << tr("%n bundle(s) read.", nullptr, int(reports.size()));
    parts << tr("%n new change(s), %1 already here.", nullptr, newChanges).arg(seen);
    if (held > 0)
        parts << tr("%n change(s) held back until their author is enrolled.", nullptr, held);
    if (conflicts > 0)
        parts << tr("%n conflict(s) to decide.", nullptr, conflicts);
    if (refused > 0)
        parts << tr("%n bundle(s) refused (nothing in a refused bundle is used).", nullptr, refused);
    if (alert)
        parts << tr("Alert: tell your coordinator.");
    return parts.join(u' ');
}

} // namespace corridor::ui

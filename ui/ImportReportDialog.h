#pragma once

#include "core/sync/ImportReport.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace corridor::ui {

// What importing one or more bundles did: per bundle, who wrote it, how many changes were
// new or already here, records created and updated, conflicts, and anything refused, why.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const QList<sync::ImportReport>& reports, QWidget* parent = nullptr);

    static QString summary(const QList<sync::ImportReport>& reports);
    QString summaryText() const;

Q_SIGNALS:
    void conflictsRequested();

private:
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace corridor::ui

#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class AuditModel;

// Read-only view of the audit log, for coordinators.
class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    AuditLogDialog(session::Session& session, const QString& recordId, QWidget* parent = nullptr);

private:
    AuditModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace corridor::ui

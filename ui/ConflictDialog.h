#pragma once

#include "core/records/ConflictTracker.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

// The conflict queue: two people changed the same field without seeing each other's edit.
// Both values are shown with who and when; keeping one, or typing a new value, is a new
// changeset that travels with the next bundles. The value not kept stays in the history.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(session::Session& session, QWidget* parent = nullptr);

    int count() const { return int(m_conflicts.size()); }
    // Resolves the selected conflict (for tests and the buttons).
    bool keepCurrent();
    bool keepOther();
    bool resolveWith(const QCborValue& value);

Q_SIGNALS:
    void resolved();

private:
    void reload();
    void updateButtons();
    void typeNewValue();
    QString who(const records::FieldWrite& write) const;
    QString recordName(const records::Conflict& conflict);
    const records::Conflict* selected() const;

    session::Session& m_session;
    QList<records::Conflict> m_conflicts;
    QHash<QByteArray, QString> m_deviceNames;
    QLabel* m_intro;
    QTreeWidget* m_tree;
    QPushButton* m_keepCurrent;
    QPushButton* m_keepOther;
    QPushButton* m_newValue;
    QLabel* m_error;
};

} // namespace corridor::ui

#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

// Every change to one case file and the contacts and follow-ups linked to it: when, who,
// on which laptop, and the values written — including values that did not win a conflict.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(session::Session& session, const QString& clientId, QWidget* parent = nullptr);

    int entryCount() const;

private:
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace corridor::ui

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class CaseListModel;
class MessageBanner;

// The searchable, filterable list of case files on the left of the main window.
class CaseListPanel : public QWidget {
    Q_OBJECT
public:
    explicit CaseListPanel(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();
    void select(const QString& clientId);
    void focusSearch();

Q_SIGNALS:
    void caseActivated(const QString& clientId);
    void newCaseRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    session::Session* m_session = nullptr;
    QLineEdit* m_search;
    QComboBox* m_status;
    QCheckBox* m_due;
    QPushButton* m_new;
    QTableView* m_table;
    QLabel* m_count;
    MessageBanner* m_banner;
    CaseListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_searchDelay;
};

} // namespace corridor::ui

#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class FollowUpModel;
class MessageBanner;

// Who is due or overdue for follow-up, across every case file.
class FollowUpListWidget : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpListWidget(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();
    // Overdue referrals are followed on the referrals board; this list points there.
    void setOverdueReferrals(int count);
    int overdueCount() const { return m_overdue; }

Q_SIGNALS:
    void caseActivated(const QString& clientId);
    void countsChanged(int due, int overdue);
    void overdueReferralsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void markDone();

    session::Session* m_session = nullptr;
    QLabel* m_title;
    QSpinBox* m_within;
    QCheckBox* m_mine;
    QPushButton* m_done;
    QPushButton* m_open;
    QTableView* m_table;
    QLabel* m_summary;
    QPushButton* m_referrals;
    int m_overdueReferrals = 0;
    MessageBanner* m_banner;
    FollowUpModel* m_model;
    QSortFilterProxyModel* m_proxy;
    int m_overdue = 0;
};

} // namespace corridor::ui

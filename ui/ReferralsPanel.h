#pragma once

#include "core/referrals/Referral.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// The referrals board: every referral on this laptop with its status and the step due
// next, filtered by status, site or overdue; the selected referral's timeline, its slip,
// and recording the next step. Receiving a slip starts here too.
class ReferralsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReferralsPanel(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();
    void showOverdueOnly();
    void select(const QString& code);

    void receiveSlip();
    void showSlip();
    void recordStep();

Q_SIGNALS:
    void overdueChanged(int overdue);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showTimeline();
    std::optional<referrals::Referral> current() const;

    session::Session* m_session = nullptr;
    QList<referrals::Referral> m_referrals;
    QHash<QString, QString> m_siteNames;
    MessageBanner* m_banner;
    QComboBox* m_status;
    QComboBox* m_site;
    QCheckBox* m_overdue;
    QTableWidget* m_table;
    QLabel* m_timelineTitle;
    QListWidget* m_timeline;
    QPushButton* m_receive;
    QPushButton* m_slip;
    QPushButton* m_step;
    QLabel* m_summary;
};

} // namespace corridor::ui

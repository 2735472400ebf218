#pragma once

#include "core/content/Training.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// Who was trained: every training session on this laptop (its own and those synced in from
// trainers), the people at the selected one, and per module how many people were trained,
// by sex, with their mean test scores.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();
    void recordSession();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showAttendees();

    session::Session* m_session = nullptr;
    QList<content::TrainingSession> m_sessions;
    MessageBanner* m_banner;
    QPushButton* m_record;
    QLabel* m_sessionsTitle;
    QTableWidget* m_table;
    QLabel* m_attendeesTitle;
    QTableWidget* m_attendees;
    QLabel* m_summaryTitle;
    QTableWidget* m_summary;
};

} // namespace corridor::ui

#pragma once

#include "core/content/Training.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// Recording a training session: the modules taught (from the curriculum), date, place,
// trainer, and the attendees with sex, role and their pre- and post-test scores (optional,
// per cent). Saved as a record that syncs to the coordinator.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainingDialog(session::Session& session, QWidget* parent = nullptr);

    static QString sexLabel(const QString& code);
    static QString roleLabel(const QString& code);

    // For tests and the screenshot tour.
    void fill(const content::TrainingSession& session);
    content::TrainingSession entered() const;
    const content::TrainingSession& created() const { return m_created; }

public Q_SLOTS:
    void accept() override;
    void addAttendeeRow();
    void removeAttendeeRows();

private:
    session::Session& m_session;
    QStringList m_moduleIds;
    content::TrainingSession m_created;
    MessageBanner* m_banner;
    QListWidget* m_modules;
    QDateEdit* m_date;
    QLineEdit* m_place;
    QLineEdit* m_trainer;
    QTableWidget* m_attendees;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPlainTextEdit* m_notes;
};

} // namespace corridor::ui

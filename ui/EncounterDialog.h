#pragma once

#include "core/cases/Encounter.h"

#include <QDialog>
#include <memory>

namespace Ui {
class EncounterDialog;
}

namespace corridor::cases {
class CaseService;
}

namespace corridor::ui {

class MessageBanner;

// Logs a new contact, or edits one, for a case file.
class EncounterDialog : public QDialog {
    Q_OBJECT
public:
    EncounterDialog(cases::CaseService& service, const QDate& today, QWidget* parent = nullptr);
    ~EncounterDialog() override;

    void setNewFor(const QString& clientId);
    void setExisting(const cases::Encounter& encounter);
    const QString& savedId() const { return m_savedId; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    std::unique_ptr<Ui::EncounterDialog> m_ui;
    MessageBanner* m_banner;
    cases::CaseService& m_service;
    QDate m_today;
    cases::Encounter m_encounter;
    bool m_editing = false;
    QString m_savedId;
};

} // namespace corridor::ui

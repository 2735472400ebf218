#pragma once

#include "core/cases/Client.h"

#include <QWidget>
#include <memory>

namespace Ui {
class CaseEditor;
}

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class EncounterModel;
class MessageBanner;

// One case file: identity, migration, health, consent, case and notes, the contact log
// and follow-ups. Edits are kept in the form until Save; Revert puts the saved values back.
class CaseEditor : public QWidget {
    Q_OBJECT
public:
    explicit CaseEditor(QWidget* parent = nullptr);
    ~CaseEditor() override;

    void setSession(session::Session* session);
    void newCase();
    bool openCase(const QString& id); // logs a view in the audit log
    void clear();

    const QString& currentId() const { return m_loaded.id; }
    bool hasCase() const { return m_open; }
    bool isModified() const;
    // Asks whether to save unsaved edits. False if the user cancels.
    bool maybeSave();

public Q_SLOTS:
    bool save();
    void revert();
    void logContact();

Q_SIGNALS:
    void saved(const QString& id);
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillForm(const cases::Client& client);
    cases::Client readForm() const;
    void refreshContacts();
    void refreshFollowUps();
    void updateHeader();
    void updateState();
    void fillUsers();
    void retranslate();

    std::unique_ptr<Ui::CaseEditor> m_ui;
    MessageBanner* m_banner;
    EncounterModel* m_encounters;
    session::Session* m_session = nullptr;
    cases::Client m_loaded;
    bool m_open = false;
    bool m_filling = false;
};

} // namespace corridor::ui

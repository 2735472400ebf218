#pragma once

#include "core/base/Clock.h"

#include <QMainWindow>
#include <QTemporaryDir>
#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class BookletPanel;
class CaseEditor;
class CurriculumPanel;
class CaseListPanel;
class FollowUpListWidget;
class IdleWatcher;
class LanguageManager;
class SyncCentre;
class TrainingPanel;
class ReferralsPanel;
class UnlockWidget;

// What `corridor` was started with.
struct AppOptions {
    QString vaultFolder;
    bool practice = false;
    bool languageChosen = false; // --lang given: it wins over the language saved in the vault
};

// The one window: the unlock screen while locked; the case list, case editor and follow-up
// list while unlocked. Owns the Session; locking destroys it (keys wiped, database closed).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const AppOptions& options, LanguageManager& languages, const Clock& clock = Clock::system(),
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // First run (wizard), practice vault, or the unlock screen. False if the user gave up.
    bool start();

    session::Session* session() const { return m_session.get(); }
    void setSession(std::shared_ptr<session::Session> session);
    bool isLocked() const { return !m_session; }

    // For the screenshot tour and GUI tests.
    CaseEditor* caseEditor() const { return m_editor; }
    CaseListPanel* caseList() const { return m_list; }
    QTabWidget* workspaceTabs() const { return m_tabs; }
    UnlockWidget* unlockWidget() const { return m_unlock; }
    SyncCentre* syncCentre() const { return m_sync; }
    ReferralsPanel* referralsPanel() const { return m_referrals; }
    BookletPanel* bookletPanel() const { return m_booklet; }
    CurriculumPanel* curriculumPanel() const { return m_curriculum; }
    TrainingPanel* trainingPanel() const { return m_training; }

public Q_SLOTS:
    void lock();
    void showSettings();
    void showAuditLog();
    void openCase(const QString& clientId);
    void newCase();
    void showHistory();
    void referCase();
    void eraseCase();
    void importContentPack();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void updateTitle();
    void recover();
    void vaultChanged();

    AppOptions m_options;
    LanguageManager& m_languages;
    const Clock& m_clock;
    std::shared_ptr<session::Session> m_session;
    std::unique_ptr<QTemporaryDir> m_practiceDir;

    QLabel* m_practiceBanner;
    QStackedWidget* m_stack;
    UnlockWidget* m_unlock;
    QTabWidget* m_tabs;
    QSplitter* m_splitter;
    CaseListPanel* m_list;
    CaseEditor* m_editor;
    FollowUpListWidget* m_followUps;
    SyncCentre* m_sync;
    ReferralsPanel* m_referrals;
    BookletPanel* m_booklet;
    CurriculumPanel* m_curriculum;
    TrainingPanel* m_training;
    QLabel* m_userStatus;
    IdleWatcher* m_idle;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_caseMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_syncMenu = nullptr;
    QMenu* m_referralMenu = nullptr;
    QMenu* m_learnMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newCase = nullptr;
    QAction* m_save = nullptr;
    QAction* m_logContact = nullptr;
    QAction* m_find = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_showCases = nullptr;
    QAction* m_showFollowUps = nullptr;
    QAction* m_auditLog = nullptr;
    QAction* m_caseAudit = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_history = nullptr;
    QAction* m_erase = nullptr;
    QAction* m_showSync = nullptr;
    QAction* m_importBundles = nullptr;
    QAction* m_exportBundle = nullptr;
    QAction* m_conflicts = nullptr;
    QAction* m_ownCard = nullptr;
    QAction* m_enrol = nullptr;
    QAction* m_about = nullptr;
    QAction* m_refer = nullptr;
    QAction* m_receiveSlip = nullptr;
    QAction* m_showReferrals = nullptr;
    QAction* m_sites = nullptr;
    QAction* m_showBooklet = nullptr;
    QAction* m_showCurriculum = nullptr;
    QAction* m_showTraining = nullptr;
    QAction* m_exportBooklet = nullptr;
    QAction* m_printBooklet = nullptr;
    QAction* m_present = nullptr;
    QAction* m_quiz = nullptr;
    QAction* m_recordTraining = nullptr;
    QAction* m_importContent = nullptr;
};

} // namespace corridor::ui

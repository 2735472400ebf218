#include "ui/MainWindow.h"

#include "core/base/AtomicFile.h"
#include "core/content/PackFile.h"
#include "core/session/Organisations.h"
#include "core/session/PracticeVault.h"
#include "core/session/Session.h"
#include "core/storage/Vault.h"
#include "ui/AuditLogDialog.h"
#include "ui/BookletPanel.h"
#include "ui/CaseEditor.h"
#include "ui/CaseListPanel.h"
#include "ui/CurriculumPanel.h"
#include "ui/EraseDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/FollowUpListWidget.h"
#include "ui/HistoryDialog.h"
#include "ui/IdleWatcher.h"
#include "ui/LanguageManager.h"
#include "ui/RecoveryDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPanel.h"
#include "ui/SettingsDialog.h"
#include "ui/SitesDialog.h"
#include "ui/SlipDialog.h"
#include "ui/SyncCentre.h"
#include "ui/TrainingPanel.h"
#include "ui/UnlockWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace corridor::ui {

MainWindow::MainWindow(const AppOptions& options, LanguageManager& languages, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_languages(languages)
    , m_clock(clock)
    , m_practiceBanner(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_unlock(new UnlockWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(this))
    , m_list(new CaseListPanel(this))
    , m_editor(new CaseEditor(this))
    , m_followUps(new FollowUpListWidget(this))
    , m_sync(new SyncCentre(this))
    , m_referrals(new ReferralsPanel(this))
    , m_booklet(new BookletPanel(this))
    , m_curriculum(new CurriculumPanel(this))
    , m_training(new TrainingPanel(this))
    , m_userStatus(new QLabel(this))
    , m_idle(new IdleWatcher(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("workspaceTabWidget"));
    m_practiceBanner->setObjectName(QStringLiteral("practiceBanner"));
    m_practiceBanner->setAlignment(Qt::AlignCenter);
    m_practiceBanner->setWordWrap(true);
    m_practiceBanner->setStyleSheet(QStringLiteral("background:#f2b134;color:#2b2b2b;font-weight:600;padding:6px;"));
    m_practiceBanner->setVisible(options.practice);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_followUps, QString());
    m_tabs->addTab(m_sync, QString());
    m_tabs->addTab(m_referrals, QString());
    m_tabs->addTab(m_booklet, QString());
    m_tabs->addTab(m_curriculum, QString());
    m_tabs->addTab(m_training, QString());
    setAcceptDrops(true);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_tabs);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_practiceBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_userStatus);

    createActions();
    connect(m_unlock, &UnlockWidget::unlocked, this, &MainWindow::setSession);
    connect(m_unlock, &UnlockWidget::recoveryRequested, this, &MainWindow::recover);
    connect(m_list, &CaseListPanel::caseActivated, this, &MainWindow::openCase);
    connect(m_list, &CaseListPanel::newCaseRequested, this, &MainWindow::newCase);
    connect(m_followUps, &FollowUpListWidget::caseActivated, this, [this](const QString& id) {
        m_tabs->setCurrentIndex(0);
        openCase(id);
    });
    connect(m_followUps, &FollowUpListWidget::countsChanged, this, [this](int due, int overdue) {
        m_tabs->setTabText(1, overdue > 0 ? tr("Follow-ups due (%1, %2 overdue)").arg(due).arg(overdue)
                                          : tr("Follow-ups due (%1)").arg(due));
    });
    connect(m_editor, &CaseEditor::saved, this, [this](const QString& id) {
        m_list->reload();
        m_list->select(id);
        m_followUps->reload();
    });
    connect(m_sync, &SyncCentre::vaultChanged, this, &MainWindow::vaultChanged);
    connect(m_referrals, &ReferralsPanel::overdueChanged, this, [this](int overdue) {
        m_tabs->setTabText(m_tabs->indexOf(m_referrals),
                           overdue > 0 ? tr("Referrals (%1 overdue)").arg(overdue) : tr("Referrals"));
        m_followUps->setOverdueReferrals(overdue);
    });
    connect(m_followUps, &FollowUpListWidget::overdueReferralsRequested, this, [this] {
        m_tabs->setCurrentWidget(m_referrals);
        m_referrals->showOverdueOnly();
    });
    connect(m_editor, &CaseEditor::modifiedChanged, this, [this] { updateActions(); });
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        // Unsaved edits are kept if they are valid; the lock must not wait for an answer.
        if (m_editor->isModified() && !m_editor->save())
            m_editor->revert();
        lock();
        m_unlock->showMessage(tr("Corridor locked itself after %n minute(s) without use.", nullptr,
                                 m_session ? m_session->idleLockMinutes() : 5));
    });
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() {
    m_session.reset();
}

void MainWindow::createActions() {
    const auto action = [this](const QString& name, QKeySequence key = {}) {
        auto* a = new QAction(this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        addAction(a);
        return a;
    };
    m_newCase = action(QStringLiteral("newCaseAction"), QKeySequence::New);
    m_save = action(QStringLiteral("saveAction"), QKeySequence::Save);
    m_logContact = action(QStringLiteral("logContactAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_find = action(QStringLiteral("findAction"), QKeySequence::Find);
    m_lock = action(QStringLiteral("lockAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_settings = action(QStringLiteral("settingsAction"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = action(QStringLiteral("quitAction"), QKeySequence::Quit);
    m_showCases = action(QStringLiteral("showCasesAction"), QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showFollowUps = action(QStringLiteral("showFollowUpsAction"), QKeySequence(Qt::CTRL | Qt::Key_2));
    m_auditLog = action(QStringLiteral("auditLogAction"));
    m_caseAudit = action(QStringLiteral("caseAuditAction"));
    m_refresh = action(QStringLiteral("refreshAction"), QKeySequence::Refresh);
    m_about = action(QStringLiteral("aboutAction"));
    m_history = action(QStringLiteral("historyAction"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_erase = action(QStringLiteral("eraseAction"));
    m_showSync = action(QStringLiteral("showSyncAction"), QKeySequence(Qt::CTRL | Qt::Key_3));
    m_importBundles = action(QStringLiteral("importBundlesAction"), QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportBundle = action(QStringLiteral("exportBundleAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_conflicts = action(QStringLiteral("conflictsAction"));
    m_ownCard = action(QStringLiteral("ownCardAction"));
    m_enrol = action(QStringLiteral("enrolAction"));
    m_refer = action(QStringLiteral("referAction"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_receiveSlip = action(QStringLiteral("receiveSlipAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_showReferrals = action(QStringLiteral("showReferralsAction"), QKeySequence(Qt::CTRL | Qt::Key_4));
    m_sites = action(QStringLiteral("sitesAction"));
    m_showBooklet = action(QStringLiteral("showBookletAction"), QKeySequence(Qt::CTRL | Qt::Key_5));
    m_showCurriculum = action(QStringLiteral("showCurriculumAction"), QKeySequence(Qt::CTRL | Qt::Key_6));
    m_showTraining = action(QStringLiteral("showTrainingAction"), QKeySequence(Qt::CTRL | Qt::Key_7));
    m_exportBooklet = action(QStringLiteral("exportBookletAction"));
    m_printBooklet = action(QStringLiteral("printBookletAction"), QKeySequence::Print);
    m_present = action(QStringLiteral("presentAction"), QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_quiz = action(QStringLiteral("quizAction"));
    m_recordTraining = action(QStringLiteral("recordTrainingAction"));
    m_importContent = action(QStringLiteral("importContentAction"));

    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(m_save, &QAction::triggered, m_editor, &CaseEditor::save);
    connect(m_logContact, &QAction::triggered, m_editor, &CaseEditor::logContact);
    connect(m_find, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_booklet) {
            m_booklet->focusSearch();
            return;
        }
        m_tabs->setCurrentIndex(0);
        m_list->focusSearch();
    });
    connect(m_showBooklet, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_booklet); });
    connect(m_showCurriculum, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_curriculum); });
    connect(m_showTraining, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_training); });
    connect(m_exportBooklet, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_booklet);
        m_booklet->exportPdf();
    });
    connect(m_printBooklet, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_booklet);
        m_booklet->print();
    });
    connect(m_present, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_curriculum);
        m_curriculum->present();
    });
    connect(m_quiz, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_curriculum);
        m_curriculum->startQuiz();
    });
    connect(m_recordTraining, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_training);
        m_training->recordSession();
    });
    connect(m_importContent, &QAction::triggered, this, &MainWindow::importContentPack);
    connect(m_lock, &QAction::triggered, this, [this] {
        if (m_editor->maybeSave())
            lock();
    });
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_showCases, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_showFollowUps, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    connect(m_auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_erase, &QAction::triggered, this, &MainWindow::eraseCase);
    connect(m_showSync, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_sync); });
    connect(m_importBundles, &QAction::triggered, m_sync, &SyncCentre::importBundles);
    connect(m_exportBundle, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_sync);
        m_sync->exportForSelected();
    });
    connect(m_conflicts, &QAction::triggered, m_sync, &SyncCentre::showConflicts);
    connect(m_refer, &QAction::triggered, this, &MainWindow::referCase);
    connect(m_sites, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        SitesDialog dialog(*m_session, this);
        dialog.exec();
        m_referrals->setSession(m_session.get());
    });
    connect(m_showReferrals, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_referrals); });
    connect(m_receiveSlip, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_referrals);
        m_referrals->receiveSlip();
    });
    connect(m_ownCard, &QAction::triggered, m_sync, &SyncCentre::showOwnCard);
    connect(m_enrol, &QAction::triggered, m_sync, &SyncCentre::enrolDevice);
    connect(m_caseAudit, &QAction::triggered, this, [this] {
        if (m_session && m_editor->hasCase() && !m_editor->currentId().isEmpty()) {
            AuditLogDialog dialog(*m_session, m_editor->currentId(), this);
            dialog.exec();
        }
    });
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() == m_curriculum) {
            m_curriculum->present(); // F5 presents, as in every slide program
            return;
        }
        m_list->reload();
        m_followUps->reload();
    });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Corridor"),
            tr("<p><b>Corridor</b> %1</p><p>Case files, cross-border referrals and training for Red Cross "
               "outreach volunteers supporting migrants living with HIV.</p><p>Everything is kept "
               "encrypted on this laptop (SQLCipher %2).</p>")
                .arg(QCoreApplication::applicationVersion(), m_session ? m_session->db().cipherVersion() : QString()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lock);
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addAction(m_newCase);
    m_caseMenu->addAction(m_save);
    m_caseMenu->addAction(m_logContact);
    m_caseMenu->addAction(m_refer);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_history);
    m_caseMenu->addAction(m_caseAudit);
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(m_erase);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showCases);
    m_viewMenu->addAction(m_showFollowUps);
    m_viewMenu->addAction(m_showSync);
    m_viewMenu->addAction(m_showReferrals);
    m_viewMenu->addAction(m_find);
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_auditLog);
    m_syncMenu = menuBar()->addMenu(QString());
    m_syncMenu->addAction(m_importBundles);
    m_syncMenu->addAction(m_exportBundle);
    m_syncMenu->addAction(m_conflicts);
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_ownCard);
    m_syncMenu->addAction(m_enrol);
    m_referralMenu = menuBar()->addMenu(QString());
    m_referralMenu->addAction(m_refer);
    m_referralMenu->addAction(m_receiveSlip);
    m_referralMenu->addAction(m_showReferrals);
    m_referralMenu->addSeparator();
    m_referralMenu->addAction(m_sites);
    m_learnMenu = menuBar()->addMenu(QString());
    m_learnMenu->addAction(m_showBooklet);
    m_learnMenu->addAction(m_exportBooklet);
    m_learnMenu->addAction(m_printBooklet);
    m_learnMenu->addSeparator();
    m_learnMenu->addAction(m_showCurriculum);
    m_learnMenu->addAction(m_present);
    m_learnMenu->addAction(m_quiz);
    m_learnMenu->addSeparator();
    m_learnMenu->addAction(m_showTraining);
    m_learnMenu->addAction(m_recordTraining);
    m_learnMenu->addSeparator();
    m_learnMenu->addAction(m_importContent);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newCase);
    toolbar->addAction(m_save);
    toolbar->addAction(m_logContact);
    toolbar->addAction(m_refer);
    toolbar->addSeparator();
    toolbar->addAction(m_lock);
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_caseMenu->setTitle(tr("&Case"));
    m_viewMenu->setTitle(tr("&View"));
    m_syncMenu->setTitle(tr("S&ync"));
    m_referralMenu->setTitle(tr("&Referrals"));
    m_refer->setText(tr("&Refer to another service…"));
    m_refer->setToolTip(tr("Write a referral and its slip for the open case file (Ctrl+R)"));
    m_receiveSlip->setText(tr("Re&ceive a referral slip…"));
    m_showReferrals->setText(tr("Referrals &board"));
    m_sites->setText(tr("&Site directory…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_learnMenu->setTitle(tr("&Learn"));
    m_showBooklet->setText(tr("\"Know before you go\" &booklet"));
    m_exportBooklet->setText(tr("&Export the booklet as PDF…"));
    m_printBooklet->setText(tr("&Print the booklet…"));
    m_showCurriculum->setText(tr("Training &curriculum"));
    m_present->setText(tr("&Present the lesson"));
    m_quiz->setText(tr("&Quiz on the lesson…"));
    m_showTraining->setText(tr("&Training records"));
    m_recordTraining->setText(tr("&Record a training…"));
    m_importContent->setText(tr("&Import a newer content pack…"));
    m_history->setText(tr("&History of this case file…"));
    m_erase->setText(tr("&Erase this person…"));
    m_showSync->setText(tr("S&ync centre"));
    m_importBundles->setText(tr("&Import bundles…"));
    m_exportBundle->setText(tr("&Export for a device…"));
    m_conflicts->setText(tr("&Conflicts to decide…"));
    m_ownCard->setText(tr("This laptop's &card…"));
    m_enrol->setText(tr("E&nrol a device…"));
    m_newCase->setText(tr("&New case file"));
    m_save->setText(tr("&Save"));
    m_logContact->setText(tr("&Log a contact…"));
    m_find->setText(tr("&Find a case file"));
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock Corridor now (Ctrl+L)"));
    m_settings->setText(tr("&Settings…"));
    m_quit->setText(tr("&Quit"));
    m_showCases->setText(tr("&Case files"));
    m_showFollowUps->setText(tr("&Follow-ups due"));
    m_auditLog->setText(tr("&Audit log…"));
    m_caseAudit->setText(tr("Audit log of this case &file…"));
    m_refresh->setText(tr("&Refresh"));
    m_about->setText(tr("&About Corridor"));
    m_tabs->setTabText(0, tr("Case files"));
    m_tabs->setTabText(1, tr("Follow-ups due"));
    m_tabs->setTabText(2, tr("Sync"));
    m_tabs->setTabText(3, tr("Referrals"));
    m_tabs->setTabText(m_tabs->indexOf(m_booklet), tr("Booklet"));
    m_tabs->setTabText(m_tabs->indexOf(m_curriculum), tr("Curriculum"));
    m_tabs->setTabText(m_tabs->indexOf(m_training), tr("Training"));
    m_practiceBanner->setText(tr("PRACTICE MODE — every person here is fictional. Use it to learn and to teach; "
                                 "nothing is kept after you quit."));
    if (m_session)
        m_followUps->reload();
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle() {
    QString title = QStringLiteral("Corridor");
    if (m_session)
        title += QStringLiteral(" — ") + session::Organisations::name(m_session->organisation()) +
                 QStringLiteral(", ") + m_session->branch();
    if (m_options.practice)
        title = tr("[PRACTICE]") + u' ' + title;
    setWindowTitle(title);
    if (m_session) {
        const auto& actor = m_session->actor();
        m_userStatus->setText(tr("Signed in: %1 (%2)").arg(actor.userName, records::roleCode(actor.role)));
    } else {
        m_userStatus->setText(tr("Locked"));
    }
}

void MainWindow::updateActions() {
    const bool unlocked = m_session != nullptr;
    const bool cases = unlocked && m_session->actor().canReadCases();
    const bool open = cases && m_editor->hasCase() && !m_editor->currentId().isEmpty();
    const bool coordinator = unlocked && m_session->actor().isCoordinator();
    for (QAction* a : {m_newCase, m_find, m_showCases, m_showFollowUps, m_refresh})
        a->setEnabled(cases);
    m_save->setEnabled(cases && m_editor->isModified());
    m_logContact->setEnabled(open);
    m_refer->setEnabled(open);
    m_receiveSlip->setEnabled(cases);
    m_showReferrals->setEnabled(cases);
    m_sites->setEnabled(cases);
    m_caseAudit->setEnabled(open && coordinator);
    m_history->setEnabled(open);
    m_erase->setEnabled(open);
    for (QAction* a : {m_showSync, m_importBundles, m_exportBundle, m_ownCard, m_enrol})
        a->setEnabled(unlocked);
    m_conflicts->setEnabled(cases);
    m_auditLog->setEnabled(coordinator);
    m_lock->setEnabled(unlocked);
    m_settings->setEnabled(unlocked);
    for (QAction* a : {m_showBooklet, m_exportBooklet, m_printBooklet, m_showCurriculum, m_present, m_quiz,
                       m_showTraining, m_importContent})
        a->setEnabled(unlocked);
    m_recordTraining->setEnabled(unlocked && m_session->actor().role != records::Role::Volunteer);
}

bool MainWindow::start() {
    if (m_options.practice) {
        m_practiceDir = std::make_unique<QTemporaryDir>();
        const QString folder = m_practiceDir->filePath(QStringLiteral("vault"));
        m_options.vaultFolder = folder;
        m_unlock->setVault(folder, &m_clock);
        m_unlock->setPracticeHint(true);
        auto practice = session::PracticeVault::create(folder, m_clock, m_languages.language());
        if (!practice.ok()) {
            QMessageBox::critical(this, tr("Corridor"), practice.error().message());
            return false;
        }
        setSession(std::shared_ptr<session::Session>(std::move(*practice)));
        return true;
    }
    m_unlock->setVault(m_options.vaultFolder, &m_clock);
    if (!storage::Vault::exists(m_options.vaultFolder)) {
        FirstRunWizard wizard(m_options.vaultFolder, m_languages, m_clock, this);
        if (wizard.exec() != QDialog::Accepted || !wizard.session())
            return false;
        setSession(wizard.session());
        return true;
    }
    lock();
    return true;
}

void MainWindow::setSession(std::shared_ptr<session::Session> session) {
    m_session = std::move(session);
    if (!m_session)
        return;
    if (!m_options.practice && m_session->isPractice())
        m_options.practice = true;
    m_practiceBanner->setVisible(m_options.practice);
    const QString language = m_session->language();
    if (!m_options.languageChosen && !language.isEmpty() && language != m_languages.language())
        m_languages.setLanguage(language);
    const bool cases = m_session->actor().canReadCases();
    m_list->setSession(cases ? m_session.get() : nullptr);
    m_editor->setSession(cases ? m_session.get() : nullptr);
    m_followUps->setSession(cases ? m_session.get() : nullptr);
    m_referrals->setSession(cases ? m_session.get() : nullptr);
    m_sync->setSession(m_session.get());
    m_booklet->setSession(m_session.get());
    m_curriculum->setSession(m_session.get());
    m_training->setSession(m_session.get());
    m_tabs->setTabEnabled(0, cases);
    m_tabs->setTabEnabled(1, cases);
    m_tabs->setTabEnabled(3, cases);
    m_stack->setCurrentWidget(m_tabs);
    m_idle->start(m_session->idleLockMinutes());
    if (!cases)
        m_tabs->setCurrentWidget(m_curriculum); // a trainer's work
    if (!cases)
        statusBar()->showMessage(tr("Your role (trainer) does not give access to case files."));
    updateTitle();
    updateActions();
}

void MainWindow::lock() {
    m_idle->stop();
    // An open dialog holds the session: close it first (the idle lock can come while one is
    // open), so nothing can reach the closed vault when its event loop returns.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
    m_list->setSession(nullptr);
    m_editor->setSession(nullptr);
    m_followUps->setSession(nullptr);
    m_referrals->setSession(nullptr);
    m_sync->setSession(nullptr);
    m_booklet->setSession(nullptr);
    m_curriculum->setSession(nullptr);
    m_training->setSession(nullptr);
    m_session.reset(); // closes the database and wipes the keys
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->prepare();
    updateTitle();
    updateActions();
}

void MainWindow::recover() {
    RecoveryDialog dialog(m_options.vaultFolder, m_clock, this);
    if (dialog.exec() == QDialog::Accepted && dialog.session())
        setSession(dialog.session());
}

void MainWindow::openCase(const QString& clientId) {
    if (!m_session || clientId == m_editor->currentId())
        return;
    if (!m_editor->maybeSave()) {
        m_list->select(m_editor->currentId());
        return;
    }
    m_editor->openCase(clientId);
    m_list->select(clientId);
    updateActions();
}

void MainWindow::newCase() {
    if (!m_session || !m_editor->maybeSave())
        return;
    m_tabs->setCurrentIndex(0);
    m_editor->newCase();
    updateActions();
}

void MainWindow::showSettings() {
    if (!m_session)
        return;
    SettingsDialog dialog(*m_session, m_languages, this);
    connect(&dialog, &SettingsDialog::idleLockChanged, this, [this](int minutes) { m_idle->start(minutes); });
    dialog.exec();
    updateTitle();
}

void MainWindow::showAuditLog() {
    if (!m_session)
        return;
    AuditLogDialog dialog(*m_session, QString(), this);
    dialog.exec();
}

void MainWindow::showHistory() {
    if (!m_session || !m_editor->hasCase() || m_editor->currentId().isEmpty())
        return;
    HistoryDialog dialog(*m_session, m_editor->currentId(), this);
    dialog.exec();
}

void MainWindow::referCase() {
    if (!m_session || !m_editor->hasCase() || m_editor->currentId().isEmpty() || !m_editor->maybeSave())
        return;
    ReferralDialog dialog(*m_session, m_editor->currentId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_referrals->reload();
    SlipDialog slip(*m_session, dialog.created(), this);
    slip.exec();
}

void MainWindow::eraseCase() {
    if (!m_session || !m_editor->hasCase() || m_editor->currentId().isEmpty())
        return;
    const QString id = m_editor->currentId();
    auto client = m_session->cases().openClient(id);
    if (!client.ok())
        return;
    EraseDialog dialog(*m_session, id, client->name.isEmpty() ? client->uic : client->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->clear();
    vaultChanged();
    statusBar()->showMessage(tr("The person was erased here; the erasure travels with the next bundles."), 8000);
}

void MainWindow::importContentPack() {
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a content pack"), QString(),
                                                      tr("Content packs (*.corridor-pack);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto refuse = [this](const Error& error) {
        QMessageBox::warning(this, tr("Content pack not imported"),
                             tr("%1\n\nNothing was changed.").arg(error.message()));
    };
    auto bytes = AtomicFile::read(path, content::PackFile::MaxFileBytes);
    QString publisher;
    auto checked = bytes.ok() ? m_session->content().check(*bytes, m_session->contentPublishers(), &publisher)
                              : Result<content::ContentPack>(bytes.error());
    if (!checked.ok()) {
        refuse(checked.error());
        return;
    }
    if (QMessageBox::question(this, tr("Import a content pack"),
                              tr("Replace the booklet and curriculum in use with version %1, signed by %2?")
                                  .arg(checked->version)
                                  .arg(publisher)) != QMessageBox::Yes)
        return;
    auto imported = m_session->content().import(*bytes, m_session->contentPublishers(), m_session->actor().userName,
                                                m_session->clock().nowMs());
    if (!imported.ok()) {
        refuse(imported.error());
        return;
    }
    m_booklet->reload();
    m_curriculum->reload();
    m_training->reload();
    statusBar()->showMessage(
        tr("Content pack version %1 is now in use (was %2).").arg(imported->version).arg(imported->previousVersion),
        8000);
}

void MainWindow::vaultChanged() {
    if (!m_session)
        return;
    m_training->reload();
    if (m_session->actor().canReadCases()) {
        m_list->reload();
        m_followUps->reload();
        // Show what the bundles brought into the open case file, unless the user is editing it.
        const QString id = m_editor->currentId();
        if (m_editor->hasCase() && !id.isEmpty() && !m_editor->isModified()) {
            if (m_session->cases().openClient(id).ok())
                m_editor->openCase(id);
            else
                m_editor->clear();
        }
    }
    updateActions();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!m_session || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".corridor"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!m_session)
        return;
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".corridor"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_tabs->setCurrentWidget(m_sync);
    // After the drop returns: the report dialog must not run inside the drag's event loop.
    QMetaObject::invokeMethod(
        this, [this, paths] { m_sync->importFiles(paths); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_editor->maybeSave()) {
        event->ignore();
        return;
    }
    lock();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace corridor::ui

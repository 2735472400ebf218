#include "ui/ScreenshotTour.h"

#include "core/session/Session.h"
#include "ui/BookletPanel.h"
#include "ui/CaseEditor.h"
#include "ui/CaseListPanel.h"
#include "ui/ConflictDialog.h"
#include "ui/CurriculumPanel.h"
#include "ui/DeviceCardDialog.h"
#include "ui/EncounterDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/MainWindow.h"
#include "ui/PresenterWindow.h"
#include "ui/QuizDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPanel.h"
#include "ui/ScanSlipDialog.h"
#include "ui/SlipDialog.h"
#include "ui/SyncCentre.h"
#include "ui/TrainingDialog.h"
#include "ui/TrainingPanel.h"
#include "ui/UnlockWidget.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

namespace corridor::ui {

ScreenshotTour::ScreenshotTour(MainWindow& window, const QString& folder, const QString& prefix, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
    , m_prefix(prefix) {
    QDir().mkpath(folder);
    const auto tab = [this](const char* pageName) {
        auto* tabs = m_window.caseEditor()->findChild<QTabWidget*>(QStringLiteral("caseTabWidget"));
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(QString::fromLatin1(pageName)));
    };
    m_steps = {
        [this] {
            auto* table = m_window.caseList()->findChild<QTableView*>(QStringLiteral("caseTableView"));
            table->selectRow(2);
            shoot(QStringLiteral("01-cases-identity"));
        },
        [this, tab] {
            tab("migrationPage");
            shoot(QStringLiteral("02-cases-migration"));
        },
        [this, tab] {
            tab("healthPage");
            shoot(QStringLiteral("03-cases-health"));
        },
        [this, tab] {
            tab("consentPage");
            shoot(QStringLiteral("04-cases-consent"));
        },
        [this, tab] {
            tab("casePage");
            shoot(QStringLiteral("05-cases-notes"));
        },
        [this, tab] {
            tab("contactsPage");
            shoot(QStringLiteral("06-cases-contacts"));
        },
        [this] {
            m_window.caseList()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->setText(QStringLiteral("ສົມ"));
            QTimer::singleShot(400, this, [this] { shoot(QStringLiteral("07-search-lao")); });
        },
        [this] {
            m_window.workspaceTabs()->setCurrentIndex(1);
            shoot(QStringLiteral("08-followups-due"));
        },
        [this] {
            m_window.workspaceTabs()->setCurrentIndex(0);
            auto* dialog =
                new EncounterDialog(m_window.session()->cases(), m_window.session()->clock().today(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setNewFor(m_window.caseEditor()->currentId());
            dialog->show();
            QTimer::singleShot(300, this, [this, dialog] {
                shoot(QStringLiteral("09-log-contact"));
                dialog->close();
            });
        },
        [this] {
            m_window.workspaceTabs()->setCurrentWidget(m_window.syncCentre());
            m_window.syncCentre()->selectPeer(0);
            shoot(QStringLiteral("10-sync-centre"));
        },
        [this] { showDialog(new ConflictDialog(*m_window.session(), &m_window), QStringLiteral("11-conflicts")); },
        [this] { showDialog(new DeviceCardDialog(*m_window.session(), &m_window), QStringLiteral("12-device-card")); },
        [this] {
            m_window.workspaceTabs()->setCurrentIndex(0);
            showDialog(new HistoryDialog(*m_window.session(), m_window.caseEditor()->currentId(), &m_window),
                       QStringLiteral("13-history"));
        },
        [this] {
            showDialog(new ReferralDialog(*m_window.session(), m_window.caseEditor()->currentId(), &m_window),
                       QStringLiteral("14-refer"));
        },
        [this] {
            m_window.workspaceTabs()->setCurrentWidget(m_window.referralsPanel());
            m_window.referralsPanel()->findChild<QTableWidget*>(QStringLiteral("referralsTable"))->selectRow(0);
            shoot(QStringLiteral("15-referrals-board"));
        },
        [this] {
            auto referrals = m_window.session()->referrals().list();
            if (referrals.ok() && !referrals->isEmpty())
                showDialog(new SlipDialog(*m_window.session(), referrals->first(), &m_window),
                           QStringLiteral("16-slip"));
        },
        [this] { showDialog(new ScanSlipDialog(*m_window.session(), &m_window), QStringLiteral("17-receive-slip")); },
        [this] {
            // The migrant's language next to the volunteer's: English beside Khmer, any
            // other language beside English.
            const QString own = m_window.session()->language();
            m_window.workspaceTabs()->setCurrentWidget(m_window.bookletPanel());
            m_window.bookletPanel()->setLanguages(own == QLatin1String("en") ? QStringLiteral("km") : own,
                                                  QStringLiteral("en"));
            m_window.bookletPanel()->showSection(QStringLiteral("documents"));
            shoot(QStringLiteral("18-booklet-side-by-side"));
        },
        [this] {
            m_window.bookletPanel()->setLanguages(m_window.session()->language());
            m_window.bookletPanel()->setLargeText(true);
            m_window.bookletPanel()->showSection(QStringLiteral("health"));
            shoot(QStringLiteral("19-booklet-large-text"));
        },
        [this] {
            m_window.bookletPanel()->setLargeText(false);
            m_window.bookletPanel()->search(QString());
            m_window.bookletPanel()
                ->findChild<QLineEdit*>(QStringLiteral("bookletSearchLineEdit"))
                ->setText(QStringLiteral("HIV"));
            shoot(QStringLiteral("20-booklet-search"));
            m_window.bookletPanel()->findChild<QLineEdit*>(QStringLiteral("bookletSearchLineEdit"))->clear();
        },
        [this] {
            m_window.workspaceTabs()->setCurrentWidget(m_window.curriculumPanel());
            m_window.curriculumPanel()->select(QStringLiteral("m06-referral-pathway"),
                                               QStringLiteral("l2-using-corridor"));
            shoot(QStringLiteral("21-curriculum-lesson"));
        },
        [this] {
            PresenterWindow* presenter = m_window.curriculumPanel()->present();
            if (!presenter)
                return;
            presenter->next();
            QTimer::singleShot(400, this, [this, presenter] {
                shoot(QStringLiteral("22-presenter"));
                presenter->close();
            });
        },
        [this] {
            auto pack = m_window.session()->content().current();
            if (!pack.ok() || pack->curriculum.isEmpty())
                return;
            const content::LessonText lesson =
                pack->curriculum.first().lessons.first().in(m_window.session()->language());
            auto* quiz = new QuizDialog(lesson.title, lesson.quiz, &m_window);
            quiz->answer(lesson.quiz.first().correct == 0 ? 1 : 0);
            showDialog(quiz, QStringLiteral("23-quiz"));
        },
        [this] {
            m_window.workspaceTabs()->setCurrentWidget(m_window.trainingPanel());
            shoot(QStringLiteral("24-training-records"));
        },
        [this] {
            auto* dialog = new TrainingDialog(*m_window.session(), &m_window);
            auto sessions = m_window.session()->training().all();
            if (sessions.ok() && !sessions->isEmpty())
                dialog->fill(sessions->first());
            showDialog(dialog, QStringLiteral("25-record-training"));
        },
        [this] {
            m_window.lock();
            shoot(QStringLiteral("26-locked"));
        },
    };
}

void ScreenshotTour::start() {
    QTimer::singleShot(800, this, &ScreenshotTour::step);
}

void ScreenshotTour::step() {
    if (m_next >= m_steps.size()) {
        QTimer::singleShot(300, qApp, &QApplication::quit);
        return;
    }
    m_steps.at(m_next++)();
    QTimer::singleShot(700, this, &ScreenshotTour::step);
}

void ScreenshotTour::showDialog(QDialog* dialog, const QString& name) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTimer::singleShot(300, this, [this, dialog, name] {
        shoot(name);
        dialog->close();
    });
}

void ScreenshotTour::shoot(const QString& name) {
    QApplication::processEvents();
    QScreen* screen = QGuiApplication::primaryScreen();
    const QPixmap picture = screen->grabWindow(0);
    picture.save(QDir(m_folder).filePath(m_prefix + name + QStringLiteral(".png")));
}

} // namespace corridor::ui

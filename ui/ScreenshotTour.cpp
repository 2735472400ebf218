#include "ui/ScreenshotTour.h"

#include "core/session/Session.h"
#include "ui/CaseEditor.h"
#include "ui/CaseListPanel.h"
#include "ui/ConflictDialog.h"
#include "ui/DeviceCardDialog.h"
#include "ui/EncounterDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/MainWindow.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPanel.h"
#include "ui/ScanSlipDialog.h"
#include "ui/SlipDialog.h"
#include "ui/SyncCentre.h"
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
            m_window.lock();
            shoot(QStringLiteral("18-locked"));
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

#include "ui/MainWindow.h"
#include "core/session/Session.h"
#include "tests/support/FakeClock.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/CaseEditor.h"
#include "ui/CaseListPanel.h"
#include "ui/LanguageManager.h"
#include "ui/TrainingDialog.h"
#include "ui/UnlockWidget.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("Practice mode opens a marked vault of fictional case files and Ctrl+L locks it", "[gui][main-window]") {
    FakeClock clock;
    ui::LanguageManager languages;
    ui::AppOptions options;
    options.practice = true;
    ui::MainWindow window(options, languages, clock);
    REQUIRE(window.start());
    window.show();
    REQUIRE(window.session());
    CHECK(window.session()->isPractice());
    CHECK(window.windowTitle().startsWith(QStringLiteral("[PRACTICE]")));
    CHECK(child<QLabel>(&window, "practiceBanner")->isVisible());

    auto* table = child<QTableView>(&window, "caseTableView");
    REQUIRE(table->model()->rowCount() > 20);

    // Selecting a row opens the case file.
    table->selectRow(0);
    CHECK_FALSE(window.caseEditor()->currentId().isEmpty());

    // Searching narrows the list.
    const int before = table->model()->rowCount();
    auto* search = child<QLineEdit>(&window, "searchLineEdit");
    search->setText(QStringLiteral("zzzz-nobody"));
    REQUIRE(waitFor([&] { return table->model()->rowCount() == 0; }, 3000));
    search->clear();
    REQUIRE(waitFor([&] { return table->model()->rowCount() == before; }, 3000));

    child<QAction>(&window, "lockAction")->trigger();
    CHECK(window.isLocked());
    CHECK(window.session() == nullptr);
    CHECK(child<QLabel>(&window, "practiceBanner")->isVisible()); // still marked while locked

    auto* edit = child<QLineEdit>(window.unlockWidget(), "passphraseLineEdit");
    edit->setText(QStringLiteral("coordinator"));
    child<QPushButton>(window.unlockWidget(), "unlockButton")->click();
    REQUIRE(waitFor([&] { return !window.isLocked(); }));
    CHECK(window.session()->actor().isCoordinator());
    CHECK(child<QAction>(&window, "auditLogAction")->isEnabled());
}

TEST_CASE("Switching the language retranslates the open window", "[gui][language]") {
    FakeClock clock;
    ui::LanguageManager languages;
    ui::AppOptions options;
    options.practice = true;
    ui::MainWindow window(options, languages, clock);
    REQUIRE(window.start());
    const QString english = child<QAction>(&window, "lockAction")->text();
    REQUIRE(languages.setLanguage(QStringLiteral("th")));
    QApplication::processEvents();
    const QString thai = child<QAction>(&window, "lockAction")->text();
    CHECK(thai != english);
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    QApplication::processEvents();
    CHECK(child<QAction>(&window, "lockAction")->text() == english);
    CHECK_FALSE(languages.setLanguage(QStringLiteral("xx")));
}

TEST_CASE("Locking closes an open dialog before the vault closes", "[gui][main-window]") {
    FakeClock clock;
    ui::LanguageManager languages;
    ui::AppOptions options;
    options.practice = true;
    ui::MainWindow window(options, languages, clock);
    REQUIRE(window.start());
    window.show();
    REQUIRE(window.session());
    // As the idle lock does: it fires inside the dialog's own event loop.
    ui::TrainingDialog dialog(*window.session(), &window);
    QTimer::singleShot(100, &window, [&] { window.lock(); });
    const int result = dialog.exec();
    CHECK(result == QDialog::Rejected);
    CHECK(window.isLocked());
    CHECK_FALSE(dialog.isVisible());
}

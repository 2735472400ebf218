#include "ui/IdleWatcher.h"
#include "tests/ui/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using corridor::test::waitFor;

TEST_CASE("The idle watcher fires after the interval, and input postpones it", "[gui][idle]") {
    corridor::ui::IdleWatcher watcher;
    QSignalSpy idle(&watcher, &corridor::ui::IdleWatcher::idle);
    QLineEdit edit;
    edit.show();
    watcher.startMs(300);
    QTest::qWait(200);
    QTest::keyClick(&edit, Qt::Key_A); // activity restarts the countdown
    QTest::qWait(200);
    CHECK(idle.isEmpty());
    REQUIRE(waitFor([&] { return !idle.isEmpty(); }, 2000));
    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}

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
    // Wide margins: a busy CI machine can stall the event loop for a while.
    watcher.startMs(1500);
    QTest::qWait(1000);
    QTest::keyClick(&edit, Qt::Key_A); // activity restarts the countdown
    QTest::qWait(1000);
    CHECK(idle.isEmpty());
    REQUIRE(waitFor([&] { return !idle.isEmpty(); }, 5000));
    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}

#include "ui/UnlockWidget.h"
#include "tests/support/TempVault.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MessageBanner.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("The unlock screen refuses a wrong passphrase inline and unlocks with the right one", "[gui][unlock]") {
    TempVault vault;
    vault.lock();
    ui::UnlockWidget widget;
    widget.setVault(vault.folder(), &vault.clock());
    widget.show();
    std::shared_ptr<session::Session> opened;
    QObject::connect(&widget, &ui::UnlockWidget::unlocked, &widget,
                     [&](std::shared_ptr<session::Session> s) { opened = std::move(s); });
    auto* edit = child<QLineEdit>(&widget, "passphraseLineEdit");
    auto* button = child<QPushButton>(&widget, "unlockButton");
    auto* banner = child<ui::MessageBanner>(&widget, "messageBanner");

    button->click(); // nothing typed
    CHECK(banner->text().contains(QStringLiteral("passphrase")));

    edit->setText(QStringLiteral("wrong passphrase"));
    button->click();
    REQUIRE(waitFor([&] { return !widget.busy(); }));
    CHECK_FALSE(opened);
    CHECK(banner->text().contains(QStringLiteral("not correct")));
    CHECK(edit->text().isEmpty()); // the typed secret does not linger

    edit->setText(QString::fromLatin1(TestPassphrase));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(waitFor([&] { return opened != nullptr; }));
    CHECK(opened->actor().userName == QStringLiteral("Dara"));
}

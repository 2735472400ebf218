#include "ui/FirstRunWizard.h"
#include "core/session/Session.h"
#include "core/storage/Vault.h"
#include "tests/support/FakeClock.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("The first-run wizard creates a vault and shows the recovery key once", "[gui][wizard]") {
    QTemporaryDir dir;
    FakeClock clock;
    ui::LanguageManager languages;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    ui::FirstRunWizard wizard(folder, languages, clock);
    wizard.setKdfOverride(crypto::PassphraseKdf::minimum());
    wizard.show();

    CHECK(wizard.currentId() == ui::FirstRunWizard::WelcomePage);
    wizard.next();
    auto* branch = child<QLineEdit>(&wizard, "branchLineEdit");
    child<QComboBox>(&wizard, "organisationComboBox")->setCurrentIndex(1); // LRC
    REQUIRE_FALSE(wizard.button(QWizard::NextButton)->isEnabled());        // the branch is required
    branch->setText(QStringLiteral("Savannakhet"));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(wizard.currentId() == ui::FirstRunWizard::UserPage);

    child<QLineEdit>(&wizard, "userNameLineEdit")->setText(QStringLiteral("Bounmy"));
    auto* passphrase = child<QLineEdit>(&wizard, "passphraseLineEdit");
    auto* repeat = child<QLineEdit>(&wizard, "repeatLineEdit");
    SECTION("a short or mistyped passphrase keeps the wizard on the page") {
        passphrase->setText(QStringLiteral("short"));
        repeat->setText(QStringLiteral("short"));
        wizard.next();
        CHECK(wizard.currentId() == ui::FirstRunWizard::UserPage);
        passphrase->setText(QStringLiteral("the river is wide today"));
        repeat->setText(QStringLiteral("the river is wide todya"));
        wizard.next();
        CHECK(wizard.currentId() == ui::FirstRunWizard::UserPage);
        CHECK_FALSE(storage::Vault::exists(folder));
    }
    SECTION("a good passphrase creates the vault") {
        passphrase->setText(QStringLiteral("the river is wide today"));
        repeat->setText(QStringLiteral("the river is wide today"));
        wizard.next();
        REQUIRE(waitFor([&] { return wizard.currentId() == ui::FirstRunWizard::RecoveryPage; }));
        REQUIRE(storage::Vault::exists(folder));
        const QString key = child<QLabel>(&wizard, "recoveryKeyLabel")->text();
        CHECK(key.size() == 44);
        CHECK(key == wizard.recoveryKey());
        // Finishing needs the confirmation that the key was written down.
        CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
        child<QCheckBox>(&wizard, "recoveryKeyConfirmCheckBox")->setChecked(true);
        CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
        REQUIRE(wizard.session());
        CHECK(wizard.session()->actor().userName == QStringLiteral("Bounmy"));
        CHECK(wizard.session()->organisation() == QStringLiteral("LRC"));
        CHECK(wizard.session()->branch() == QStringLiteral("Savannakhet"));
        // The key opens the vault.
        auto recovered = session::Session::unlockWithRecoveryKey(folder, key, clock);
        CHECK(recovered.ok());
    }
}

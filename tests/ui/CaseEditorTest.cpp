#include "ui/CaseEditor.h"
#include "core/cases/CaseService.h"
#include "tests/support/TempVault.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/MessageBanner.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("The case editor saves a new case file and edits it", "[gui][case-editor]") {
    TempVault vault;
    ui::CaseEditor editor;
    editor.setSession(&vault.session());
    editor.show();
    QSignalSpy saved(&editor, &ui::CaseEditor::saved);
    auto* save = child<QPushButton>(&editor, "saveButton");
    auto* revert = child<QPushButton>(&editor, "revertButton");
    auto* banner = child<ui::MessageBanner>(&editor, "messageBanner");

    editor.newCase();
    CHECK_FALSE(save->isEnabled());
    child<QLineEdit>(&editor, "nameLineEdit")->setText(QStringLiteral("ສົມຈັນ"));
    CHECK(save->isEnabled());
    CHECK(editor.isModified());

    save->click(); // no UIC yet
    CHECK(saved.isEmpty());
    CHECK(banner->text().contains(QStringLiteral("UIC")));

    child<QLineEdit>(&editor, "uicLineEdit")->setText(QStringLiteral("SOPH90F"));
    child<QSpinBox>(&editor, "birthYearSpinBox")->setValue(1990);
    auto* sex = child<QComboBox>(&editor, "sexComboBox");
    sex->setCurrentIndex(sex->findData(QStringLiteral("female")));
    child<QCheckBox>(&editor, "keepRecordsCheckBox")->setChecked(true);
    child<QCheckBox>(&editor, "onArtCheckBox")->setChecked(true); // also sets HIV status to positive
    child<QPlainTextEdit>(&editor, "notesPlainTextEdit")->setPlainText(QStringLiteral("Prefers calls after 6 pm"));
    save->click();
    REQUIRE(saved.size() == 1);
    const QString id = saved.first().first().toString();
    CHECK_FALSE(editor.isModified());

    auto client = vault.session().cases().openClient(id);
    REQUIRE(client.ok());
    CHECK(client->name == QStringLiteral("ສົມຈັນ"));
    CHECK(client->birthYear == 1990);
    CHECK(client->sex == QStringLiteral("female"));
    CHECK(client->hivStatus == QStringLiteral("positive"));
    CHECK(client->onArt);
    CHECK(client->consent.keepRecords);
    CHECK(client->consent.date == vault.clock().today());
    CHECK(client->notes == QStringLiteral("Prefers calls after 6 pm"));

    // Edit, then revert: nothing is saved.
    child<QLineEdit>(&editor, "phoneLineEdit")->setText(QStringLiteral("020 5555 1234"));
    CHECK(editor.isModified());
    revert->click();
    CHECK_FALSE(editor.isModified());
    CHECK(child<QLineEdit>(&editor, "phoneLineEdit")->text().isEmpty());

    // Reopen from the vault and edit for real.
    REQUIRE(editor.openCase(id));
    child<QLineEdit>(&editor, "currentLocationLineEdit")->setText(QStringLiteral("Mae Sot"));
    save->click();
    CHECK(vault.session().cases().openClient(id)->currentLocation == QStringLiteral("Mae Sot"));
}

TEST_CASE("Saving a possible duplicate warns but keeps the file", "[gui][case-editor]") {
    TempVault vault;
    cases::Client existing;
    existing.uic = QStringLiteral("DUP01");
    REQUIRE(vault.session().cases().addClient(existing).ok());
    ui::CaseEditor editor;
    editor.setSession(&vault.session());
    editor.show();
    editor.newCase();
    child<QLineEdit>(&editor, "uicLineEdit")->setText(QStringLiteral("dup-01"));
    child<QPushButton>(&editor, "saveButton")->click();
    const QString text = child<ui::MessageBanner>(&editor, "messageBanner")->text();
    CHECK(text.contains(QStringLiteral("Possible duplicate")));
    CHECK(text.contains(QStringLiteral("not agreed to keep records")));
    CHECK(vault.session().cases().listClients({})->size() == 2);
}

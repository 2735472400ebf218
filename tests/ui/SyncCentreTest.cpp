// The sync GUI: the sync centre, import and export, drop folders, enrolment, the conflict
// queue, record history and erasure, driven through the real widgets.
#include "ui/SyncCentre.h"
#include "core/base/AtomicFile.h"
#include "core/render/QrTextFile.h"
#include "tests/support/SyncFixture.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/ConflictDialog.h"
#include "ui/DeviceCardDialog.h"
#include "ui/EnrolDialog.h"
#include "ui/EraseDialog.h"
#include "ui/HistoryDialog.h"
#include "ui/ImportReportDialog.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace corridor;
using namespace corridor::test;

namespace {

int rowOf(ui::SyncCentre& centre, const QByteArray& deviceId) {
    auto* table = child<QTableWidget>(&centre, "peerTable");
    const QString id = crypto::DeviceIdentity::idText(deviceId);
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text().contains(id))
            return row;
    return -1;
}

QString cell(ui::SyncCentre& centre, int row, int column) {
    return child<QTableWidget>(&centre, "peerTable")->item(row, column)->text();
}

} // namespace

TEST_CASE("The sync centre exports for a peer, imports its answer and shows what was acknowledged", "[gui][sync]") {
    Branch branch(1);
    TempVault& coordinator = branch.coordinator();
    TempVault& volunteer = branch.volunteer(0);
    addCase(volunteer, QStringLiteral("GUI01"), QStringLiteral("Malee"));
    QTemporaryDir dir;

    ui::SyncCentre volunteerCentre;
    volunteerCentre.setSession(&volunteer.session());
    ui::SyncCentre coordinatorCentre;
    coordinatorCentre.setSession(&coordinator.session());
    REQUIRE(volunteerCentre.peerCount() == 1);
    const int row = rowOf(volunteerCentre, Branch::deviceId(coordinator));
    REQUIRE(row == 0);
    CHECK(cell(volunteerCentre, row, 7).startsWith(QStringLiteral("1 ")) == false); // a case file is several changes
    CHECK(cell(volunteerCentre, row, 4) == QStringLiteral("—"));

    // Export needs a selected peer.
    auto* exportButton = child<QPushButton>(&volunteerCentre, "exportButton");
    CHECK_FALSE(exportButton->isEnabled());
    volunteerCentre.selectPeer(row);
    CHECK(exportButton->isEnabled());
    const QString toCoordinator = dir.filePath(QStringLiteral("to-coordinator.corridor"));
    REQUIRE(volunteerCentre.exportTo(Branch::deviceId(coordinator), toCoordinator));
    CHECK(cell(volunteerCentre, row, 4).startsWith(QStringLiteral("#1")));

    // The coordinator imports it; the case list would be told to reload.
    QSignalSpy changed(&coordinatorCentre, &ui::SyncCentre::vaultChanged);
    const auto reports = coordinatorCentre.importFiles({toCoordinator}, false);
    REQUIRE(reports.size() == 1);
    CHECK_FALSE(reports.first().refused);
    CHECK(reports.first().newChangesets > 0);
    CHECK(reports.first().created >= 1);
    CHECK(changed.count() == 1);
    CHECK(ui::ImportReportDialog::summary(reports).contains(QStringLiteral("new change")));

    // The same file again: nothing changes, every change already seen.
    const auto again = coordinatorCentre.importFiles({toCoordinator}, false);
    CHECK_FALSE(again.first().refused);
    CHECK(again.first().newChangesets == 0);

    // The coordinator answers; its receipt makes the volunteer's bundle acknowledged.
    const QString toVolunteer = dir.filePath(QStringLiteral("to-volunteer.corridor"));
    REQUIRE(coordinatorCentre.exportTo(Branch::deviceId(volunteer), toVolunteer));
    const auto back = volunteerCentre.importFiles({toVolunteer}, false);
    REQUIRE_FALSE(back.first().refused);
    CHECK(cell(volunteerCentre, row, 5).startsWith(QStringLiteral("#1")));
    CHECK(cell(volunteerCentre, row, 6).startsWith(QStringLiteral("#1")));
}

TEST_CASE("A damaged, foreign or missing bundle is refused in the report and changes nothing", "[gui][sync]") {
    Branch branch(2);
    TempVault& coordinator = branch.coordinator();
    // Two rounds, so that each volunteer learns of the other through the coordinator.
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), coordinator);
    addCase(branch.volunteer(0), QStringLiteral("GUI02"), QStringLiteral("Somchai"));
    QTemporaryDir dir;
    ui::SyncCentre centre;
    centre.setSession(&coordinator.session());
    const QByteArray before = Branch::dump(coordinator);

    QByteArray bundle = Branch::bundle(branch.volunteer(0), coordinator);
    QByteArray flipped = bundle;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x20);
    const QString damaged = dir.filePath(QStringLiteral("damaged.corridor"));
    REQUIRE(AtomicFile::write(damaged, flipped).ok());
    const QString truncated = dir.filePath(QStringLiteral("truncated.corridor"));
    REQUIRE(AtomicFile::write(truncated, bundle.left(bundle.size() - 700)).ok());
    const QString empty = dir.filePath(QStringLiteral("empty.corridor"));
    REQUIRE(AtomicFile::write(empty, QByteArray()).ok());
    // Meant for the other volunteer, not for the coordinator.
    const QString foreign = dir.filePath(QStringLiteral("foreign.corridor"));
    REQUIRE(AtomicFile::write(foreign, Branch::bundle(branch.volunteer(0), branch.volunteer(1))).ok());
    const QString missing = dir.filePath(QStringLiteral("missing.corridor"));

    const auto reports = centre.importFiles({damaged, truncated, empty, foreign, missing}, false);
    REQUIRE(reports.size() == 5);
    for (const sync::ImportReport& r : reports) {
        INFO(r.file.toStdString());
        CHECK(r.refused);
        CHECK_FALSE(r.refusal.isEmpty());
    }
    CHECK(Branch::dump(coordinator) == before);
    ui::LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en"))); // English plural forms
    ui::ImportReportDialog dialog(reports);
    CHECK(dialog.summaryText().contains(QStringLiteral("5 bundles refused")));
    CHECK(child<QTreeWidget>(&dialog, "importReportTree")->topLevelItemCount() == 5);

    // A byte of the signed payload changed: an alert that does not pretend to know which cause it was.
    QByteArray forged = bundle;
    forged[600] = char(forged[600] ^ 0x20);
    const QString forgedPath = dir.filePath(QStringLiteral("forged.corridor"));
    REQUIRE(AtomicFile::write(forgedPath, forged).ok());
    const auto forgedReports = centre.importFiles({forgedPath}, false);
    REQUIRE(forgedReports.size() == 1);
    INFO(forgedReports.first().refusal.toStdString());
    REQUIRE(forgedReports.first().alert);
    ui::ImportReportDialog forgedDialog(forgedReports);
    const auto* tree = child<QTreeWidget>(&forgedDialog, "importReportTree");
    REQUIRE(tree->topLevelItem(0)->childCount() >= 1);
    const QString alert = tree->topLevelItem(0)->child(0)->text(2);
    CHECK(alert.contains(QStringLiteral("changed or forged bundle")));
    CHECK(alert.contains(QStringLiteral("Tell your coordinator")));
    CHECK(Branch::dump(coordinator) == before);
}

TEST_CASE("Drop folders: a bundle appearing in the inbox is imported on its own", "[gui][sync][drop-folders]") {
    Branch branch(1);
    TempVault& coordinator = branch.coordinator();
    TempVault& volunteer = branch.volunteer(0);
    const QString id = addCase(coordinator, QStringLiteral("GUI03"), QStringLiteral("Aye Aye"));
    QTemporaryDir dir;
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    const QString outbox = dir.filePath(QStringLiteral("outbox"));
    REQUIRE(QDir().mkpath(inbox));
    REQUIRE(volunteer.session().setDropFolders(inbox, outbox).ok());

    ui::SyncCentre centre;
    centre.setSession(&volunteer.session());
    CHECK(child<QLineEdit>(&centre, "inboxEdit")->text() == QDir::toNativeSeparators(inbox));
    QSignalSpy changed(&centre, &ui::SyncCentre::vaultChanged);
    REQUIRE(
        AtomicFile::write(inbox + QStringLiteral("/from-coordinator.corridor"), Branch::bundle(coordinator, volunteer))
            .ok());
    REQUIRE(waitFor([&] { return volunteer.session().cases().openClient(id).ok(); }, 15000));
    CHECK(changed.count() >= 1);
    CHECK(centre.statusText().contains(QStringLiteral("imported")));
    // A bundle for the coordinator went to the outbox (receipts, at least).
    CHECK_FALSE(QDir(outbox).entryList({QStringLiteral("*.corridor")}, QDir::Files).isEmpty());
}

TEST_CASE("Enrolment reads a card from a file or a picture, and refuses anything else", "[gui][sync][enrol]") {
    TempVault coordinator(records::Role::Coordinator, QStringLiteral("Coordinator"));
    TempVault volunteer(records::Role::Volunteer, QStringLiteral("Volunteer"));
    QTemporaryDir dir;

    ui::DeviceCardDialog cardDialog(volunteer.session());
    const QString cardFile = dir.filePath(QStringLiteral("card.txt"));
    const QString cardPicture = dir.filePath(QStringLiteral("card.png"));
    REQUIRE(cardDialog.saveCard(cardFile));
    REQUIRE(cardDialog.savePicture(cardPicture));
    auto fromPicture = render::QrTextFile::read(cardPicture, QLatin1String(sync::DeviceCard::Prefix));
    REQUIRE(fromPicture.ok());
    CHECK(*fromPicture == cardDialog.card().toText());

    ui::EnrolDialog enrol(coordinator.session());
    auto* enrolButton = child<QPushButton>(&enrol, "enrolButton");
    CHECK_FALSE(enrolButton->isEnabled());

    const QString garbage = dir.filePath(QStringLiteral("garbage.txt"));
    REQUIRE(AtomicFile::write(garbage, "hello, not a card").ok());
    CHECK_FALSE(enrol.loadFile(garbage));
    CHECK_FALSE(enrol.error().isEmpty());
    CHECK_FALSE(enrolButton->isEnabled());
    CHECK_FALSE(enrol.loadFile(dir.filePath(QStringLiteral("nothing-here.txt"))));
    // A card whose text was altered fails its self-signature.
    QString altered = cardDialog.card().toText();
    altered[altered.size() - 3] = altered[altered.size() - 3] == u'A' ? u'B' : u'A';
    CHECK_FALSE(enrol.loadText(altered));
    CHECK_FALSE(enrolButton->isEnabled());

    REQUIRE(enrol.loadFile(cardPicture));
    CHECK(enrolButton->isEnabled());
    CHECK(child<QLabel>(&enrol, "cardSummaryLabel")->text().contains(QStringLiteral("Volunteer")));
    enrol.accept();
    CHECK(enrol.result() == QDialog::Accepted);
    CHECK(enrol.enrolledId() == cardDialog.card().deviceIdText());
    auto found = coordinator.session().trust().find(cardDialog.card().deviceId());
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK_FALSE((*found)->revoked);

    // The sync centre lists it, and a coordinator may revoke it.
    ui::SyncCentre centre;
    centre.setSession(&coordinator.session());
    REQUIRE(centre.peerCount() == 1);
    centre.selectPeer(0);
    CHECK(child<QPushButton>(&centre, "revokeButton")->isEnabled());
}

TEST_CASE("The conflict queue shows both values and resolving one syncs", "[gui][sync][conflicts]") {
    Branch branch(2);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("CF09"), QStringLiteral("Original"));
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());
    branch.volunteer(0).clock().advanceMs(1000);
    branch.volunteer(1).clock().advanceMs(2000);
    for (int i = 0; i < 2; ++i) {
        auto c = branch.volunteer(i).session().cases().openClient(id);
        REQUIRE(c.ok());
        c->phone = QStringLiteral("+66 81 000 000%1").arg(i);
        REQUIRE(branch.volunteer(i).session().cases().updateClient(*c).ok());
    }
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());

    TempVault& coordinator = branch.coordinator();
    ui::ConflictDialog dialog(coordinator.session());
    REQUIRE(dialog.count() == 1);
    auto* tree = child<QTreeWidget>(&dialog, "conflictTree");
    const QTreeWidgetItem* item = tree->topLevelItem(0);
    CHECK(item->text(0).contains(QStringLiteral("Original")));
    CHECK(item->text(1) == QStringLiteral("Phone"));
    CHECK(item->text(2) == QStringLiteral("+66 81 000 0001"));
    CHECK(item->text(4) == QStringLiteral("+66 81 000 0000"));
    QSignalSpy resolved(&dialog, &ui::ConflictDialog::resolved);
    REQUIRE(dialog.keepOther());
    CHECK(resolved.count() == 1);
    CHECK(dialog.count() == 0);
    CHECK(coordinator.session().cases().openClient(id)->phone == QStringLiteral("+66 81 000 0000"));
    // The decision travels: after a round, no laptop has the conflict and all agree.
    for (int i = 0; i < 2; ++i)
        Branch::exchange(branch.coordinator(), branch.volunteer(i));
    for (int i = 0; i < 2; ++i) {
        CHECK(branch.volunteer(i).session().cases().conflicts()->isEmpty());
        CHECK(branch.volunteer(i).session().cases().openClient(id)->phone == QStringLiteral("+66 81 000 0000"));
    }
    // The value not kept is still in the history.
    ui::HistoryDialog history(coordinator.session(), id);
    CHECK(history.entryCount() >= 3);
    bool sawLoser = false;
    auto* historyTree = child<QTreeWidget>(&history, "historyTree");
    for (int i = 0; i < historyTree->topLevelItemCount(); ++i)
        for (int j = 0; j < historyTree->topLevelItem(i)->childCount(); ++j)
            sawLoser = sawLoser || historyTree->topLevelItem(i)->child(j)->text(4) == QStringLiteral("+66 81 000 0001");
    CHECK(sawLoser);
}

TEST_CASE("Erasing a person needs a reason and, for a volunteer, a second user's passphrase", "[gui][erase]") {
    TempVault volunteer(records::Role::Volunteer, QStringLiteral("Dara"));
    REQUIRE(volunteer.session()
                .addUser(QStringLiteral("Sokha"), records::Role::Volunteer, secret(QStringLiteral("second passphrase")),
                         crypto::PassphraseKdf::minimum())
                .ok());
    const QString id = addCase(volunteer, QStringLiteral("ER01"), QStringLiteral("To be erased"));

    ui::EraseDialog dialog(volunteer.session(), id, QStringLiteral("To be erased"));
    auto* erase = child<QPushButton>(&dialog, "eraseButton");
    CHECK_FALSE(erase->isEnabled());
    child<QPlainTextEdit>(&dialog, "eraseReasonEdit")->setPlainText(QStringLiteral("The person asked"));
    child<QCheckBox>(&dialog, "understoodCheck")->setChecked(true);
    CHECK_FALSE(erase->isEnabled()); // still needs the second user
    child<QLineEdit>(&dialog, "secondUserEdit")->setText(QStringLiteral("Sokha"));
    child<QLineEdit>(&dialog, "secondPassphraseEdit")->setText(QStringLiteral("wrong passphrase"));
    REQUIRE(erase->isEnabled());
    erase->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.error().isEmpty());
    CHECK(volunteer.session().cases().openClient(id).ok());

    // The volunteer cannot confirm for themself.
    child<QLineEdit>(&dialog, "secondUserEdit")->setText(QStringLiteral("Dara"));
    child<QLineEdit>(&dialog, "secondPassphraseEdit")->setText(QString::fromLatin1(TestPassphrase));
    erase->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(volunteer.session().cases().openClient(id).ok());

    child<QLineEdit>(&dialog, "secondUserEdit")->setText(QStringLiteral("Sokha"));
    child<QLineEdit>(&dialog, "secondPassphraseEdit")->setText(QStringLiteral("second passphrase"));
    erase->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(volunteer.session().cases().openClient(id).ok());
}

TEST_CASE("Dropping a bundle on the main window imports it and shows the report", "[gui][sync][main-window]") {
    Branch branch(1);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("DD01"), QStringLiteral("Dropped"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("dropped.corridor"));
    REQUIRE(AtomicFile::write(file, Branch::bundle(branch.volunteer(0), branch.coordinator())).ok());

    ui::LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    ui::MainWindow window(ui::AppOptions{}, languages, branch.coordinator().clock());
    // The window shares the coordinator's session; the fixture keeps ownership.
    window.setSession(std::shared_ptr<session::Session>(&branch.coordinator().session(), [](session::Session*) {}));
    window.show();

    QString summary;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* report = qobject_cast<ui::ImportReportDialog*>(QApplication::activeModalWidget())) {
            summary = report->summaryText();
            report->accept();
        }
    });
    closer.start(50);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(drop.isAccepted());
    REQUIRE(waitFor([&] { return !summary.isEmpty(); }, 15000));
    INFO(summary.toStdString());
    CHECK(summary.startsWith(QStringLiteral("1 bundle read.")));
    CHECK(branch.coordinator().session().cases().openClient(id).ok());
    CHECK(window.workspaceTabs()->currentWidget() == window.syncCentre());
    window.lock();
}

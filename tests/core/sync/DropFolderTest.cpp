// Drop-folder sync: folders that something else carries between laptops.
#include "core/base/AtomicFile.h"
#include "core/cases/CaseService.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::test;

namespace {

QStringList bundlesIn(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.corridor")}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("Two laptops sync through drop folders, and a quiet folder stays quiet", "[sync][drop-folders]") {
    Branch branch(1);
    TempVault& coordinator = branch.coordinator();
    TempVault& volunteer = branch.volunteer(0);
    QTemporaryDir dir;
    const QString toCoordinator = dir.filePath(QStringLiteral("to-coordinator"));
    const QString toVolunteer = dir.filePath(QStringLiteral("to-volunteer"));
    REQUIRE(QDir().mkpath(toCoordinator));
    REQUIRE(QDir().mkpath(toVolunteer));
    const QString id = addCase(volunteer, QStringLiteral("DROP01"), QStringLiteral("Drop DROP01"));

    auto first = volunteer.session().dropFolders().run(toVolunteer, toCoordinator);
    REQUIRE(first.ok());
    CHECK(first->imported.isEmpty());
    REQUIRE(first->exported.size() == 1);
    // Nothing new: no second copy of the same changesets.
    volunteer.clock().advanceMs(60'000);
    auto again = volunteer.session().dropFolders().run(toVolunteer, toCoordinator);
    REQUIRE(again.ok());
    CHECK(again->exported.isEmpty());
    CHECK(bundlesIn(toCoordinator).size() == 1);

    // The coordinator takes it in and owes a receipt, so it writes back.
    auto taken = coordinator.session().dropFolders().run(toCoordinator, toVolunteer);
    REQUIRE(taken.ok());
    REQUIRE(taken->imported.size() == 1);
    CHECK_FALSE(taken->imported.first().refused);
    CHECK(coordinator.session().cases().openClient(id).ok());
    CHECK(taken->exported.size() == 1);
    // A second pass finds the same file already handled and writes nothing.
    coordinator.clock().advanceMs(60'000);
    auto quiet = coordinator.session().dropFolders().run(toCoordinator, toVolunteer);
    REQUIRE(quiet.ok());
    CHECK(quiet->imported.isEmpty());
    CHECK(quiet->exported.isEmpty());

    // The receipt reaches the volunteer: its bundle is acknowledged.
    auto back = volunteer.session().dropFolders().run(toVolunteer, toCoordinator);
    REQUIRE(back.ok());
    REQUIRE(back->imported.size() == 1);
    auto peers = volunteer.session().syncStatus().peers();
    REQUIRE(peers.ok());
    REQUIRE(peers->size() == 1);
    CHECK(peers->first().lastAcknowledgedSequence >= 1);
    CHECK(peers->first().pending == 0);

    // A new case file: written on the next pass.
    addCase(volunteer, QStringLiteral("DROP02"), QStringLiteral("Drop DROP02"));
    auto more = volunteer.session().dropFolders().run(toVolunteer, toCoordinator);
    REQUIRE(more.ok());
    CHECK(more->exported.size() == 1);
}

TEST_CASE("Bad files in the inbox are reported and change nothing", "[sync][drop-folders][bad-input]") {
    Branch branch(2);
    TempVault& coordinator = branch.coordinator();
    for (int i = 0; i < 2; ++i)
        for (int pass = 0; pass < 2; ++pass)
            Branch::exchange(branch.volunteer(i), coordinator);
    addCase(branch.volunteer(0), QStringLiteral("DROP03"), QStringLiteral("Drop DROP03"));
    QTemporaryDir dir;
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    const QByteArray good = Branch::bundle(branch.volunteer(0), coordinator);
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/a-empty.corridor"), QByteArray()).ok());
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/b-truncated.corridor"), good.left(good.size() / 2)).ok());
    QByteArray flipped = good;
    flipped[700] = char(flipped[700] ^ 1);
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/c-tampered.corridor"), flipped).ok());
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/d-for-someone-else.corridor"),
                              Branch::bundle(branch.volunteer(0), branch.volunteer(1)))
                .ok());
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/notes.txt"), "not a bundle").ok());
    const QByteArray before = Branch::dump(coordinator);

    auto outcome = coordinator.session().dropFolders().run(inbox, QString());
    REQUIRE(outcome.ok());
    REQUIRE(outcome->imported.size() == 3);
    for (const sync::ImportReport& r : outcome->imported) {
        INFO(r.file.toStdString());
        CHECK(r.refused);
        CHECK_FALSE(r.refusal.isEmpty());
    }
    REQUIRE(outcome->skipped.size() == 1);
    CHECK(outcome->skipped.first().startsWith(QStringLiteral("d-for-someone-else.corridor")));
    CHECK(Branch::dump(coordinator) == before);

    // The complete file arriving later (a copy that had not finished) is imported then.
    REQUIRE(AtomicFile::write(inbox + QStringLiteral("/b-truncated.corridor"), good).ok());
    auto later = coordinator.session().dropFolders().run(inbox, QString());
    REQUIRE(later.ok());
    REQUIRE(later->imported.size() == 1);
    CHECK_FALSE(later->imported.first().refused);

    CHECK_FALSE(coordinator.session().dropFolders().run(dir.filePath(QStringLiteral("missing")), QString()).ok());
}

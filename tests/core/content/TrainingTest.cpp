// Training records travel like any record, and an imported pack survives locking.
#include "core/content/PackFile.h"
#include "core/crypto/DeviceIdentity.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

QStringList moduleIds(session::Session& s) {
    QStringList ids;
    const auto pack = s.content().current();
    REQUIRE(pack.ok());
    for (const content::Module& m : pack->curriculum)
        ids << m.id;
    return ids;
}

} // namespace

TEST_CASE("A training session recorded on one laptop reaches the rest of the branch", "[content][training][sync]") {
    Branch branch(1);
    TempVault& coordinator = branch.coordinator();
    TempVault& volunteer = branch.volunteer(0);
    const QDate today = QDateTime::fromMSecsSinceEpoch(coordinator.clock().nowMs()).date();

    content::TrainingSession s;
    s.modules = {QStringLiteral("m04-outreach")};
    s.date = today.addDays(-1);
    s.place = QStringLiteral("Poipet");
    s.trainer = QStringLiteral("Sophea");
    s.attendees = {{QStringLiteral("Dara"), QStringLiteral("male"), QStringLiteral("volunteer"), 50, 80},
                   {QStringLiteral("Srey"), QStringLiteral("female"), QStringLiteral("volunteer"), {}, 90}};
    auto added = coordinator.session().training().add(s, moduleIds(coordinator.session()), today);
    REQUIRE(added.ok());
    CHECK(added->attendees.size() == 2);
    CHECK_FALSE(added->attendees[1].preScore.has_value());

    // A volunteer does not record training.
    CHECK(volunteer.session().training().add(s, moduleIds(volunteer.session()), today).error().code() ==
          ErrorCode::PermissionDenied);

    const sync::ImportReport report = Branch::import(volunteer, Branch::bundle(coordinator, volunteer));
    INFO(report.refusal.toStdString() << " held " << report.held << " new " << report.newChangesets << " "
                                      << report.refusedItems.join(u';').toStdString());
    REQUIRE_FALSE(report.refused);
    auto there = volunteer.session().training().all();
    REQUIRE(there.ok());
    REQUIRE(there->size() == 1);
    CHECK(there->first().place == QStringLiteral("Poipet"));
    auto summary = volunteer.session().training().summary({QStringLiteral("m04-outreach")});
    REQUIRE(summary.ok());
    CHECK(summary->first().people == 2);
    CHECK(summary->first().female == 1);
    CHECK(*summary->first().meanPost == Approx(85));
}

TEST_CASE("An imported pack is kept in the vault and checked again when it is loaded", "[content][pack]") {
    TempVault coordinator(records::Role::Coordinator, QStringLiteral("Somchai"));
    auto builtIn = content::ContentLibrary::builtIn();
    REQUIRE(builtIn.ok());
    content::ContentPack newer = *builtIn;
    newer.version = builtIn->version + 1;
    newer.publisher = QStringLiteral("Branch test");
    auto file = content::PackFile::seal(newer, coordinator.session().vault().device(), coordinator.clock().nowMs());
    REQUIRE(file.ok());

    session::Session& s = coordinator.session();
    // Checking changes nothing; importing replaces the pack in use.
    REQUIRE(s.content().check(*file, s.contentPublishers()).ok());
    CHECK(s.content().current()->version == builtIn->version);
    auto imported = s.content().import(*file, s.contentPublishers(), QStringLiteral("Somchai"), 0);
    REQUIRE(imported.ok());
    CHECK(imported->previousVersion == builtIn->version);
    CHECK(s.content().current()->publisher == QStringLiteral("Branch test"));

    const QString publisher = s.vault().device().idText();
    coordinator.reopen(); // the old session, and `s`, are gone
    CHECK(coordinator.session().content().current()->version == builtIn->version + 1);
    CHECK(*coordinator.session().content().currentSource() == publisher);

    // Without a lookup nobody is trusted.
    content::ContentPack later = newer;
    later.version += 1;
    auto laterFile = content::PackFile::seal(later, coordinator.session().vault().device(), 0);
    REQUIRE(laterFile.ok());
    CHECK(coordinator.session().content().import(*laterFile, {}, QString(), 0).error().code() ==
          ErrorCode::PermissionDenied);
    // A pack whose signed label names another version than the pack inside.
    auto parsed = content::PackFile::parse(*laterFile);
    REQUIRE(parsed.ok());
    CHECK(parsed->signature.trustedComment == content::PackFile::trustedComment(later));
    // The unsigned comment line of the signature file cannot be changed either.
    QByteArray recommented = *laterFile;
    const qsizetype comment = recommented.indexOf("Corridor content pack");
    REQUIRE(comment > 0);
    recommented[comment] = 'c';
    auto changed = content::PackFile::parse(recommented);
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().code() == ErrorCode::Tampered);
}

// Concurrent edits, conflicts and their resolution, erasure, and the partner scope.
#include "core/cases/CaseService.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

void setName(TempVault& v, const QString& id, const QString& name) {
    auto c = v.session().cases().openClient(id);
    REQUIRE(c.ok());
    c->name = name;
    REQUIRE(v.session().cases().updateClient(*c).ok());
}

QString nameOf(TempVault& v, const QString& id) {
    return (*v.session().cases().repository().client(id))->name;
}

} // namespace

TEST_CASE("Two offline edits of the same field: one deterministic winner everywhere and a conflict to resolve",
          "[sync][conflicts]") {
    Branch branch(2);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("CF01"), QStringLiteral("Original"));
    for (int i = 0; i < 2; ++i)
        Branch::exchange(branch.volunteer(i), branch.coordinator());
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    REQUIRE(nameOf(branch.volunteer(1), id) == QStringLiteral("Original"));

    // Both edit offline.
    branch.volunteer(0).clock().advanceMs(1000);
    branch.volunteer(1).clock().advanceMs(2000);
    setName(branch.volunteer(0), id, QStringLiteral("Edited by zero"));
    setName(branch.volunteer(1), id, QStringLiteral("Edited by one"));
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());

    // The later edit wins on every device …
    for (TempVault* v : {&branch.volunteer(0), &branch.volunteer(1), &branch.coordinator()})
        CHECK(nameOf(*v, id) == QStringLiteral("Edited by one"));
    // … and the lost value is not lost: it waits in the conflict queue everywhere.
    for (TempVault* v : {&branch.volunteer(0), &branch.volunteer(1), &branch.coordinator()}) {
        auto conflicts = v->session().cases().conflicts();
        REQUIRE(conflicts.ok());
        REQUIRE(conflicts->size() == 1);
        CHECK(conflicts->first().field == QStringLiteral("name"));
        CHECK(conflicts->first().winner.value.toString() == QStringLiteral("Edited by one"));
        CHECK(conflicts->first().loser.value.toString() == QStringLiteral("Edited by zero"));
    }
    CHECK(Branch::dump(branch.volunteer(0)) == Branch::dump(branch.volunteer(1)));

    // Resolving (keeping the losing value) is a new changeset that syncs and clears the queue.
    const auto conflict = branch.volunteer(0).session().cases().conflicts()->first();
    REQUIRE(branch.volunteer(0).session().cases().resolveConflict(conflict, conflict.loser.value).ok());
    CHECK(branch.volunteer(0).session().cases().conflicts()->isEmpty());
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());
    for (TempVault* v : {&branch.volunteer(0), &branch.volunteer(1), &branch.coordinator()}) {
        CHECK(nameOf(*v, id) == QStringLiteral("Edited by zero"));
        CHECK(v->session().cases().conflicts()->isEmpty());
    }
    // Both values stay in the record's history.
    auto history = branch.coordinator().session().cases().history(id);
    REQUIRE(history.ok());
    QStringList names;
    for (const auto& h : *history)
        for (const auto& f : h.fields)
            if (f.name == QLatin1String("name"))
                names << f.value.toString();
    CHECK(names.contains(QStringLiteral("Edited by zero")));
    CHECK(names.contains(QStringLiteral("Edited by one")));
}

TEST_CASE("Sequential edits that saw each other are not conflicts", "[sync][conflicts]") {
    Branch branch(1);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("SEQ1"), QStringLiteral("First"));
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    branch.coordinator().clock().advanceMs(1000);
    setName(branch.coordinator(), id, QStringLiteral("Second"));
    Branch::exchange(branch.coordinator(), branch.volunteer(0));
    branch.volunteer(0).clock().advanceMs(5000);
    setName(branch.volunteer(0), id, QStringLiteral("Third"));
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    CHECK(nameOf(branch.coordinator(), id) == QStringLiteral("Third"));
    CHECK(branch.coordinator().session().cases().conflicts()->isEmpty());
    CHECK(branch.volunteer(0).session().cases().conflicts()->isEmpty());
}

TEST_CASE("Erasing a person removes them everywhere and late bundles cannot bring them back", "[sync][erasure]") {
    Branch branch(2);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("ERASE1"), QStringLiteral("Quokkaberry Person"));
    cases::Encounter e;
    e.clientId = id;
    e.date = branch.volunteer(0).clock().today();
    REQUIRE(branch.volunteer(0).session().cases().addEncounter(e).ok());
    for (int i = 0; i < 2; ++i)
        Branch::exchange(branch.volunteer(i), branch.coordinator());
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    REQUIRE(branch.volunteer(1).session().cases().repository().client(id)->has_value());

    // Volunteer 1 edits the person offline while the coordinator erases them.
    branch.volunteer(1).clock().advanceMs(1000);
    setName(branch.volunteer(1), id, QStringLiteral("Late edit"));
    const QByteArray lateBundle = Branch::bundle(branch.volunteer(1), branch.coordinator());
    CHECK_FALSE(
        branch.volunteer(0).session().cases().eraseClient(id, QStringLiteral("asked"), false).ok()); // a volunteer
                                                                                                     // alone may not
    REQUIRE(
        branch.coordinator().session().cases().eraseClient(id, QStringLiteral("Asked to be forgotten"), false).ok());
    CHECK_FALSE(branch.coordinator().session().cases().repository().client(id)->has_value());

    // The late edit arrives after the erasure: nothing comes back.
    const auto late = Branch::import(branch.coordinator(), lateBundle);
    REQUIRE_FALSE(late.refused);
    CHECK_FALSE(branch.coordinator().session().cases().repository().client(id)->has_value());
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 2; ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());
    for (TempVault* v : {&branch.volunteer(0), &branch.volunteer(1), &branch.coordinator()}) {
        CHECK_FALSE(v->session().cases().repository().client(id)->has_value());
        CHECK(v->session().cases().encounters(id)->isEmpty());
        auto erased = v->session().records().isErased(QStringLiteral("client"), id);
        CHECK(*erased);
        // Older changesets keep only their headers: the name is gone from the database.
        auto history = v->session().records().history(QStringLiteral("client"), id);
        for (const auto& h : *history)
            for (const auto& f : h.fields)
                CHECK(f.value.toString() != QStringLiteral("Quokkaberry Person"));
    }
    CHECK(Branch::dump(branch.volunteer(0)) == Branch::dump(branch.volunteer(1)));
    CHECK(Branch::dump(branch.volunteer(0)) == Branch::dump(branch.coordinator()));
}

TEST_CASE("A partner National Society receives no case file, contact or note", "[sync][partner]") {
    Branch thai(1, QStringLiteral("TRCS"));
    Branch lao(0, QStringLiteral("LRC"));
    addCase(thai.coordinator(), QStringLiteral("PART01"), QStringLiteral("Not for the partner"));
    Branch::exchange(thai.volunteer(0), thai.coordinator());
    // The two coordinators exchange cards across the border.
    REQUIRE(thai.coordinator()
                .session()
                .trust()
                .enrol(*lao.coordinator().session().deviceCard(), records::Role::Coordinator)
                .ok());
    REQUIRE(lao.coordinator()
                .session()
                .trust()
                .enrol(*thai.coordinator().session().deviceCard(), records::Role::Coordinator)
                .ok());
    auto peers = thai.coordinator().session().syncStatus().peers();
    REQUIRE(peers.ok());
    bool partnerListed = false;
    for (const auto& p : *peers)
        partnerListed =
            partnerListed || (p.scope == QStringLiteral("partner") && p.device.organisation == QStringLiteral("LRC"));
    CHECK(partnerListed);
    auto exported = thai.coordinator().session().exporter().exportFor(Branch::deviceId(lao.coordinator()));
    REQUIRE(exported.ok());
    CHECK(exported->scope == QStringLiteral("partner"));
    CHECK(exported->changesets == 1); // only the volunteer's device record, to check what it signs
    const auto report = Branch::import(lao.coordinator(), exported->file);
    REQUIRE_FALSE(report.refused);
    CHECK(lao.coordinator().session().cases().listClients({})->isEmpty());
    // Each side knows the other's organisation key for encrypting referral codes.
    CHECK_FALSE(thai.coordinator().session().trust().organisationPublicKeys(QStringLiteral("LRC"))->isEmpty());
}

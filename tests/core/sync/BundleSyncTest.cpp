#include "core/base/Ids.h"
#include "core/cases/CaseService.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <algorithm>

using namespace corridor;
using namespace corridor::test;

namespace {

bool hasCase(TempVault& v, const QString& id) {
    auto c = v.session().cases().repository().client(id);
    return c.ok() && c->has_value();
}

} // namespace

TEST_CASE("A volunteer's case files reach the coordinator and through the coordinator another volunteer", "[sync]") {
    Branch branch(2);
    const QString id = addCase(branch.volunteer(0), QStringLiteral("SYNC01"), QStringLiteral("ສົມຈັນ"));

    const auto toCoordinator =
        Branch::import(branch.coordinator(), Branch::bundle(branch.volunteer(0), branch.coordinator()));
    INFO(toCoordinator.refusal.toStdString());
    REQUIRE_FALSE(toCoordinator.refused);
    CHECK(toCoordinator.newChangesets > 0);
    CHECK(toCoordinator.created > 0);
    CHECK(toCoordinator.refusedItems.isEmpty());
    CHECK(hasCase(branch.coordinator(), id));

    // Relayed unchanged: volunteer 1 trusts volunteer 0 because the coordinator enrolled it.
    const auto relayed = Branch::import(branch.volunteer(1), Branch::bundle(branch.coordinator(), branch.volunteer(1)));
    INFO(relayed.refusal.toStdString() << " " << relayed.refusedItems.join(u';').toStdString());
    REQUIRE_FALSE(relayed.refused);
    CHECK(relayed.refusedItems.isEmpty());
    CHECK(relayed.held == 0);
    CHECK(hasCase(branch.volunteer(1), id));
}

TEST_CASE("Importing the same bundle again changes nothing and reports everything as seen", "[sync]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("SEEN01"), QStringLiteral("Sok"));
    const QByteArray bundle = Branch::bundle(branch.volunteer(0), branch.coordinator());
    const auto first = Branch::import(branch.coordinator(), bundle);
    REQUIRE_FALSE(first.refused);
    const QByteArray before = Branch::dump(branch.coordinator());
    const auto again = Branch::import(branch.coordinator(), bundle);
    CHECK_FALSE(again.refused);
    CHECK(again.alreadyImported);
    CHECK(again.newChangesets == 0);
    CHECK(again.seen == first.newChangesets + first.seen);
    CHECK(Branch::dump(branch.coordinator()) == before);
}

TEST_CASE("Acknowledged changesets are not sent again", "[sync]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("ACK01"), QStringLiteral("Dara"));
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    // The coordinator's bundle carried a receipt and its version vector: nothing is pending.
    auto pending = branch.volunteer(0).session().exporter().pendingFor(Branch::deviceId(branch.coordinator()));
    REQUIRE(pending.ok());
    CHECK(*pending == 0);
    auto peers = branch.volunteer(0).session().syncStatus().peers();
    REQUIRE(peers.ok());
    REQUIRE(peers->size() == 1);
    CHECK(peers->first().lastAcknowledgedSequence == 1);
    CHECK(peers->first().lastReceivedSequence == 1);
}

TEST_CASE("Bundles imported in any order, any number of times, give the same vaults", "[sync][convergence]") {
    for (int devices : {2, 3}) {
        Branch branch(devices);
        QList<QString> ids;
        for (int i = 0; i < devices; ++i)
            for (int k = 0; k < 3; ++k)
                ids << addCase(branch.volunteer(i), QStringLiteral("V%1C%2").arg(i).arg(k),
                               QStringLiteral("Name %1 %2").arg(i).arg(k));
        // Everyone sends to the coordinator; the coordinator imports in a shuffled order.
        QList<QByteArray> bundles;
        for (int i = 0; i < devices; ++i)
            bundles << Branch::bundle(branch.volunteer(i), branch.coordinator());
        const quint32 seed = QRandomGenerator::global()->generate();
        INFO("shuffle seed " << seed); // to replay a failing order
        std::shuffle(bundles.begin(), bundles.end(), std::mt19937(seed));
        for (const QByteArray& b : bundles)
            REQUIRE_FALSE(Branch::import(branch.coordinator(), b).refused);
        for (const QByteArray& b : bundles) // and again
            REQUIRE_FALSE(Branch::import(branch.coordinator(), b).refused);
        for (int i = 0; i < devices; ++i)
            Branch::exchange(branch.coordinator(), branch.volunteer(i));
        const QByteArray reference = Branch::dump(branch.coordinator());
        for (int i = 0; i < devices; ++i)
            CHECK(Branch::dump(branch.volunteer(i)) == reference);
        for (const QString& id : ids)
            CHECK(hasCase(branch.volunteer(0), id));
    }
}

TEST_CASE("Twenty devices exchanging in a random topology converge", "[sync][convergence]") {
    Branch branch(19); // with the coordinator: twenty devices
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("topology seed " << seed); // to replay a failing topology
    std::mt19937 rng(seed);
    for (int i = 0; i < branch.size(); ++i) {
        addCase(branch.volunteer(i), QStringLiteral("T%1").arg(i), QStringLiteral("Twenty %1").arg(i));
        Branch::exchange(branch.volunteer(i),
                         branch.coordinator()); // device records reach everyone via the coordinator
    }
    for (int i = 0; i < branch.size(); ++i)
        Branch::exchange(branch.coordinator(), branch.volunteer(i));
    // Random direct exchanges between volunteers, with edits in between.
    for (int round = 0; round < 40; ++round) {
        const int a = int(rng() % unsigned(branch.size()));
        const int b = int(rng() % unsigned(branch.size()));
        if (a == b)
            continue;
        if (round % 5 == 0)
            addCase(branch.volunteer(a), QStringLiteral("R%1").arg(round), QStringLiteral("Round %1").arg(round));
        const auto report =
            Branch::import(branch.volunteer(b), Branch::bundle(branch.volunteer(a), branch.volunteer(b)));
        INFO(report.refusal.toStdString());
        REQUIRE_FALSE(report.refused);
        CHECK(report.refusedItems.isEmpty());
    }
    // Two rounds of everyone with the coordinator bring everything everywhere.
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < branch.size(); ++i)
            Branch::exchange(branch.volunteer(i), branch.coordinator());
    const QByteArray reference = Branch::dump(branch.coordinator());
    for (int i = 0; i < branch.size(); ++i)
        CHECK(Branch::dump(branch.volunteer(i)) == reference);
}

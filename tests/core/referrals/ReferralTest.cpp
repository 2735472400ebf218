// Referrals: created from a case file with the client's consent, followed by status events,
// and the only records that cross to a partner National Society — in both directions.
#include "core/referrals/ReferralService.h"
#include "core/referrals/SiteDirectory.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

QString addClient(TempVault& v, const QString& uic, bool sharePartner) {
    cases::Client c;
    c.uic = uic;
    c.name = QStringLiteral("Noi ") + uic;
    c.phone = QStringLiteral("+66 81 555 0101");
    c.consent.keepRecords = true;
    c.consent.shareWithPartner = sharePartner;
    c.consent.date = v.clock().today();
    auto added = v.session().cases().addClient(c);
    if (!added.ok())
        FAIL(added.error().message().toStdString());
    return added->id;
}

} // namespace

TEST_CASE("The built-in directory holds only sourced sites of the four National Societies and partners",
          "[referrals][sites]") {
    auto sites = referrals::SiteDirectory::builtIn();
    REQUIRE(sites.ok());
    QStringList orgs;
    for (const referrals::Site& s : *sites) {
        orgs << s.org;
        CHECK_FALSE(s.name.isEmpty());
        CHECK(s.phone.isEmpty()); // no publicly sourced, current phone number yet: none is shown
    }
    for (const char* org : {"CRC", "LRC", "MRCS", "TRCS"})
        CHECK(orgs.contains(QLatin1String(org)));
    CHECK(referrals::SiteDirectory::find(QStringLiteral("lrc-hq")).ok());
    CHECK_FALSE(referrals::SiteDirectory::find(QStringLiteral("nowhere")).ok());
    CHECK_FALSE(referrals::SiteDirectory::parse("").ok());
    CHECK_FALSE(referrals::SiteDirectory::parse("{\"sites\": [{\"id\": \"x\"}]}").ok());
    CHECK_FALSE(referrals::SiteDirectory::parse("[1, 2").ok());
}

TEST_CASE("A referral needs the client's consent to go to a partner, and follows its events", "[referrals]") {
    TempVault thai(records::Role::Coordinator, QStringLiteral("Somchai"), QStringLiteral("TRCS"));
    auto& service = thai.session().referrals();
    const QString withoutConsent = addClient(thai, QStringLiteral("RF01"), false);
    referrals::ReferralService::Request request;
    request.clientId = withoutConsent;
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art")};
    request.visitBefore = thai.clock().today().addDays(14);
    auto refused = service.create(request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::PermissionDenied);
    // Within the own National Society no partner consent is needed.
    request.toSite = QStringLiteral("trcs-hq");
    CHECK(service.create(request).ok());

    request.clientId = addClient(thai, QStringLiteral("RF02"), true);
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art"), QStringLiteral("documents")};
    request.regimen = QStringLiteral("TDF + 3TC + DTG");
    request.daysSupplied = 30;
    auto created = service.create(request);
    REQUIRE(created.ok());
    CHECK(created->toOrg == QStringLiteral("LRC"));
    CHECK(created->fromOrg == QStringLiteral("TRCS"));
    CHECK(created->consentToShare);
    CHECK(created->status == QStringLiteral("created"));

    // Bad requests change nothing.
    request.reasons = {QStringLiteral("shopping")};
    CHECK_FALSE(service.create(request).ok());
    request.reasons = {};
    CHECK_FALSE(service.create(request).ok());
    request.reasons = {QStringLiteral("art")};
    request.toSite = QStringLiteral("nowhere");
    CHECK_FALSE(service.create(request).ok());
    CHECK(service.list()->size() == 2);

    REQUIRE(service.addEvent(created->code.toLower(), QStringLiteral("sent"), QStringLiteral("photo sent")).ok());
    CHECK(service.byCode(created->code)->status == QStringLiteral("sent"));
    CHECK_FALSE(service.addEvent(created->code, QStringLiteral("teleported"), QString()).ok());
    CHECK_FALSE(service.addEvent(QStringLiteral("0000-0000-00X"), QStringLiteral("sent"), QString()).ok());
    auto events = service.events(created->id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    CHECK(events->at(1).note == QStringLiteral("photo sent"));
}

TEST_CASE("Only referrals cross to a partner, and the partner's steps flow back", "[referrals][sync][partner]") {
    TempVault thai(records::Role::Coordinator, QStringLiteral("Somchai"), QStringLiteral("TRCS"));
    TempVault lao(records::Role::Coordinator, QStringLiteral("Khamla"), QStringLiteral("LRC"));
    registerPartners(thai, lao);
    const QString client = addClient(thai, QStringLiteral("RF10"), true);
    addClient(thai, QStringLiteral("RF11"), true); // never referred: must not cross
    referrals::ReferralService::Request request;
    request.clientId = client;
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art")};
    request.regimen = QStringLiteral("TDF + 3TC + DTG");
    auto toLao = thai.session().referrals().create(request);
    REQUIRE(toLao.ok());
    // One to the Thai side's own office stays home.
    request.toSite = QStringLiteral("trcs-hq");
    REQUIRE(thai.session().referrals().create(request).ok());

    auto report = Branch::import(lao, Branch::bundle(thai, lao));
    INFO(report.refusal.toStdString());
    REQUIRE_FALSE(report.refused);
    CHECK(report.refusedItems.isEmpty());
    auto there = lao.session().referrals().list();
    REQUIRE(there.ok());
    REQUIRE(there->size() == 1);
    CHECK(there->first().code == toLao->code);
    CHECK(there->first().regimen == QStringLiteral("TDF + 3TC + DTG"));
    // No case file, contact or note crossed.
    CHECK(lao.session().cases().listClients({})->isEmpty());

    // The Lao side records the arrival; it flows back to the sender.
    REQUIRE(lao.session()
                .referrals()
                .addEvent(toLao->code, QStringLiteral("arrived"), QStringLiteral("at ART clinic"))
                .ok());
    auto back = Branch::import(thai, Branch::bundle(lao, thai));
    INFO(back.refusal.toStdString());
    REQUIRE_FALSE(back.refused);
    CHECK(back.refusedItems.isEmpty());
    auto home = thai.session().referrals().byCode(toLao->code);
    REQUIRE(home.ok());
    CHECK(home->status == QStringLiteral("arrived"));

    // Erasing the person reaches the partner too.
    REQUIRE(thai.session().cases().eraseClient(client, QStringLiteral("asked to be forgotten"), false).ok());
    CHECK_FALSE(thai.session().referrals().byCode(toLao->code).ok());
    auto erasure = Branch::import(lao, Branch::bundle(thai, lao));
    REQUIRE_FALSE(erasure.refused);
    CHECK(lao.session().referrals().list()->isEmpty());
}

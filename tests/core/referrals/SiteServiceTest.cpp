// The site directory as synced records: corrections to built-in sites and added sites
// travel through the branch, merge field by field, and bad entries are refused unchanged.
#include "core/referrals/SiteDirectory.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("A corrected phone number and an added clinic reach the whole branch", "[referrals][sites][sync]") {
    Branch branch(1, QStringLiteral("TRCS"));
    TempVault& volunteer = branch.volunteer(0);
    TempVault& coordinator = branch.coordinator();

    auto lrc = volunteer.session().sites().find(QStringLiteral("lrc-hq"));
    REQUIRE(lrc.ok());
    CHECK(lrc->source == referrals::Site::Source::BuiltIn);
    CHECK(lrc->phone.isEmpty()); // nobody could source it
    lrc->phone = QStringLiteral("+856 21 000 000");
    auto edited = volunteer.session().sites().edit(*lrc);
    REQUIRE(edited.ok());
    CHECK(edited->source == referrals::Site::Source::Edited);
    CHECK(edited->phone == QStringLiteral("+856 21 000 000"));
    CHECK(edited->name == QStringLiteral("Lao Red Cross (headquarters)"));

    referrals::Site clinic;
    clinic.name = QStringLiteral("Savannakhet provincial hospital ART clinic");
    clinic.org = QStringLiteral("MOH-LA");
    clinic.country = QStringLiteral("LA");
    clinic.kind = QStringLiteral("clinic");
    clinic.languages = {QStringLiteral("lo")};
    clinic.services = {QStringLiteral("ART"), QStringLiteral("HIV testing")};
    auto added = volunteer.session().sites().add(clinic);
    REQUIRE(added.ok());
    CHECK(added->id.startsWith(QStringLiteral("site-")));
    CHECK(added->source == referrals::Site::Source::Added);

    Branch::exchange(volunteer, coordinator);
    auto there = coordinator.session().sites().find(QStringLiteral("lrc-hq"));
    REQUIRE(there.ok());
    CHECK(there->phone == QStringLiteral("+856 21 000 000"));
    auto clinicThere = coordinator.session().sites().find(added->id);
    REQUIRE(clinicThere.ok());
    CHECK(clinicThere->services == clinic.services);

    // Two people correct different fields of the same site: both corrections stay.
    there->hours = QStringLiteral("Mon–Fri 8:00–16:00");
    REQUIRE(coordinator.session().sites().edit(*there).ok());
    auto mine = volunteer.session().sites().find(QStringLiteral("lrc-hq"));
    mine->address = QStringLiteral("Setthathirath Road, Vientiane");
    REQUIRE(volunteer.session().sites().edit(*mine).ok());
    Branch::exchange(volunteer, coordinator);
    Branch::exchange(coordinator, volunteer);
    for (TempVault* v : {&volunteer, &coordinator}) {
        auto merged = v->session().sites().find(QStringLiteral("lrc-hq"));
        REQUIRE(merged.ok());
        CHECK(merged->hours == QStringLiteral("Mon–Fri 8:00–16:00"));
        CHECK(merged->address == QStringLiteral("Setthathirath Road, Vientiane"));
        CHECK(merged->phone == QStringLiteral("+856 21 000 000"));
    }

    // A referral can go to the added clinic.
    cases::Client c;
    c.uic = QStringLiteral("SITE0101851");
    c.consent.keepRecords = true;
    c.consent.shareWithPartner = true;
    c.consent.date = volunteer.clock().today();
    auto person = volunteer.session().cases().addClient(c);
    REQUIRE(person.ok());
    referrals::ReferralService::Request request;
    request.clientId = person->id;
    request.toSite = added->id;
    request.reasons = {QStringLiteral("art")};
    auto referral = volunteer.session().referrals().create(request);
    REQUIRE(referral.ok());
    CHECK(referral->toOrg == QStringLiteral("MOH-LA"));
}

TEST_CASE("Bad site entries are refused with a reason and change nothing", "[referrals][sites]") {
    TempVault vault(records::Role::Volunteer, QStringLiteral("Dara"), QStringLiteral("CRC"));
    auto& sites = vault.session().sites();
    const auto count = [&] { return sites.all()->size(); };
    const qsizetype before = count();
    referrals::Site good;
    good.name = QStringLiteral("Poipet referral hospital");
    good.org = QStringLiteral("MOH-KH");
    good.country = QStringLiteral("KH");

    const auto refused = [&](referrals::Site s) {
        auto saved = sites.add(s);
        INFO(s.name.toStdString());
        CHECK_FALSE(saved.ok());
        if (!saved.ok())
            CHECK_FALSE(saved.error().message().isEmpty());
    };
    referrals::Site s = good;
    s.name = QStringLiteral("   ");
    refused(s);
    s = good;
    s.org = QStringLiteral("crc lowercase");
    refused(s);
    s = good;
    s.country = QStringLiteral("Cambodia");
    refused(s);
    s = good;
    s.languages = {QStringLiteral("Khmer!")};
    refused(s);
    s = good;
    s.address = QString(301, u'x');
    refused(s);
    CHECK(count() == before);
    referrals::Site unknown = good;
    unknown.id = QStringLiteral("no-such-site");
    CHECK_FALSE(sites.edit(unknown).ok());
    CHECK(sites.add(good).ok());
    CHECK(count() == before + 1);

    TempVault trainer(records::Role::Trainer, QStringLiteral("Tep"), QStringLiteral("CRC"));
    auto byTrainer = trainer.session().sites().add(good);
    REQUIRE_FALSE(byTrainer.ok());
    CHECK(byTrainer.error().code() == ErrorCode::PermissionDenied);
}

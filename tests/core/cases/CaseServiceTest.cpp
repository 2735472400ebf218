#include "core/cases/CaseService.h"
#include "core/base/Ids.h"
#include "core/cases/ClientProjection.h"
#include "core/storage/Database.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::cases;
using namespace corridor::test;

namespace {

Client person(const QString& uic, const QString& name, int year = 1990, const QString& phone = {}) {
    Client c;
    c.uic = uic;
    c.name = name;
    c.birthYear = year;
    c.phone = phone;
    return c;
}

QString add(CaseService& s, const Client& c) {
    auto r = s.addClient(c);
    if (!r.ok())
        FAIL(r.error().message().toStdString());
    return r->id;
}

QStringList found(CaseService& s, const QString& query) {
    ClientFilter f;
    f.text = query;
    auto r = s.listClients(f);
    REQUIRE(r.ok());
    QStringList names;
    for (const ClientSummary& row : *r)
        names << row.client.name;
    return names;
}

} // namespace

TEST_CASE("A case file is saved - read back and edited", "[cases]") {
    TempVault v;
    CaseService& s = v.session().cases();
    Client c = person(QStringLiteral("SOCH90F01"), QStringLiteral("Sophea Chan"), 1990, QStringLiteral("081 234 5678"));
    c.sex = QStringLiteral("female");
    c.languages = {QStringLiteral("km"), QStringLiteral("th")};
    c.hivStatus = QStringLiteral("positive");
    c.onArt = true;
    c.consent = {QDate(2026, 3, 1), true, true, false};
    const QString id = add(s, c);

    auto opened = s.openClient(id);
    REQUIRE(opened.ok());
    CHECK(opened->name == QStringLiteral("Sophea Chan"));
    CHECK(opened->languages == QStringList{QStringLiteral("km"), QStringLiteral("th")});
    CHECK(opened->consent.keepRecords);
    CHECK(opened->assignedVolunteer == v.session().actor().userId);

    Client edited = *opened;
    edited.currentLocation = QStringLiteral("Mae Sot");
    edited.phone.clear();
    REQUIRE(s.updateClient(edited).ok());
    auto again = s.openClient(id);
    CHECK(again->currentLocation == QStringLiteral("Mae Sot"));
    CHECK(again->phone.isEmpty());
    v.reopen();
    CHECK(v.session().cases().openClient(id)->currentLocation == QStringLiteral("Mae Sot"));
}

TEST_CASE("Invalid case files are refused with a message naming the field", "[cases][bad-input]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const auto refused = [&](const Client& c, const char* word) {
        auto r = s.addClient(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::InvalidInput);
        INFO(r.error().message().toStdString());
        CHECK(r.error().message().contains(QString::fromLatin1(word), Qt::CaseInsensitive));
    };
    refused(person(QString(), QStringLiteral("x")), "UIC");
    refused(person(QStringLiteral("A;DROP"), QStringLiteral("x")), "UIC");
    refused(person(QStringLiteral("OK1"), QString(300, u'x')), "name");
    refused(person(QStringLiteral("OK1"), QStringLiteral("x"), 1800), "birth year");
    refused(person(QStringLiteral("OK1"), QStringLiteral("x"), 1990, QStringLiteral("call me")), "phone");
    Client badSex = person(QStringLiteral("OK1"), QStringLiteral("x"));
    badSex.sex = QStringLiteral("yes");
    refused(badSex, "sex");
    Client art = person(QStringLiteral("OK1"), QStringLiteral("x"));
    art.onArt = true;
    refused(art, "ART");
    Client consent = person(QStringLiteral("OK1"), QStringLiteral("x"));
    consent.consent.keepRecords = true;
    refused(consent, "consent");
    Client country = person(QStringLiteral("OK1"), QStringLiteral("x"));
    country.nationality = QStringLiteral("Narnia");
    refused(country, "country");
    ClientFilter none;
    CHECK(s.listClients(none)->isEmpty()); // nothing was saved
}

TEST_CASE("Search finds clients by part of a Khmer - Lao - Thai or Myanmar name - UIC - phone and place",
          "[cases][search]") {
    TempVault v;
    CaseService& s = v.session().cases();
    add(s, person(QStringLiteral("KH001"), QStringLiteral("សុខ ដារ៉ា")));
    add(s, person(QStringLiteral("LA001"), QStringLiteral("ສົມຈັນ ພົມມະຈັນ")));
    add(s, person(QStringLiteral("TH001"), QStringLiteral("สมชาย ใจดี")));
    add(s, person(QStringLiteral("MM001"), QStringLiteral("အောင်ကျော်ဝင်း")));
    Client withPhone =
        person(QStringLiteral("MAJO85F07"), QStringLiteral("Malee Jaidee"), 1985, QStringLiteral("+66 81 555 0199"));
    withPhone.currentLocation = QStringLiteral("Samut Sakhon");
    add(s, withPhone);

    CHECK(found(s, QStringLiteral("ដារ")) == QStringList{QStringLiteral("សុខ ដារ៉ា")});      // inside a Khmer name
    CHECK(found(s, QStringLiteral("សុខដារ៉ា")) == QStringList{QStringLiteral("សុខ ដារ៉ា")});   // without the space
    CHECK(found(s, QStringLiteral("ມະຈັນ")) == QStringList{QStringLiteral("ສົມຈັນ ພົມມະຈັນ")}); // end of a Lao name
    CHECK(found(s, QStringLiteral("ชาย")) == QStringList{QStringLiteral("สมชาย ใจดี")});
    CHECK(found(s, QStringLiteral("ကျော်")) == QStringList{QStringLiteral("အောင်ကျော်ဝင်း")});
    CHECK(found(s, QStringLiteral("malee")) == QStringList{QStringLiteral("Malee Jaidee")});
    CHECK(found(s, QStringLiteral("JO85")) == QStringList{QStringLiteral("Malee Jaidee")}); // inside the UIC
    CHECK(found(s, QStringLiteral("0199")) == QStringList{QStringLiteral("Malee Jaidee")}); // end of the phone
    CHECK(found(s, QStringLiteral("samut")) == QStringList{QStringLiteral("Malee Jaidee")});
    CHECK(found(s, QStringLiteral("ຈັນ")).size() == 1);
    CHECK(found(s, QStringLiteral("ជាមិន")).isEmpty());
    CHECK(found(s, QStringLiteral("\"*")).isEmpty());
}

TEST_CASE("Search follows edits", "[cases][search]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QString id = add(s, person(QStringLiteral("X1"), QStringLiteral("Bounmy")));
    Client c = *s.openClient(id);
    c.name = QStringLiteral("Vilay");
    REQUIRE(s.updateClient(c).ok());
    CHECK(found(s, QStringLiteral("bounmy")).isEmpty());
    CHECK(found(s, QStringLiteral("vil")) == QStringList{QStringLiteral("Vilay")});
}

TEST_CASE("Possible duplicates are flagged by UIC - phone - or similar name and birth year", "[cases][duplicates]") {
    TempVault v;
    CaseService& s = v.session().cases();
    add(s, person(QStringLiteral("SOCH-90-F"), QStringLiteral("Somchai Jaidee"), 1990, QStringLiteral("081-111-2222")));

    auto sameUic = s.addClient(person(QStringLiteral("soch90f"), QStringLiteral("Other Person"), 1970));
    REQUIRE(sameUic.ok());
    REQUIRE(sameUic->possibleDuplicates.size() == 1);
    CHECK(sameUic->possibleDuplicates.first().reason == DuplicateHint::Reason::SameUic);

    auto samePhone =
        s.addClient(person(QStringLiteral("NEW2"), QStringLiteral("Someone"), 1970, QStringLiteral("0811112222")));
    REQUIRE(samePhone->possibleDuplicates.size() == 1);
    CHECK(samePhone->possibleDuplicates.first().reason == DuplicateHint::Reason::SamePhone);

    auto similar = s.addClient(person(QStringLiteral("NEW3"), QStringLiteral("Somchay Jaidee"), 1990));
    REQUIRE(similar->possibleDuplicates.size() == 1);
    CHECK(similar->possibleDuplicates.first().reason == DuplicateHint::Reason::SimilarNameSameBirthYear);

    auto otherYear = s.addClient(person(QStringLiteral("NEW4"), QStringLiteral("Somchai Jaidee"), 1991));
    CHECK(otherYear->possibleDuplicates.isEmpty());
    auto different = s.addClient(person(QStringLiteral("NEW5"), QStringLiteral("Anucha Boonma"), 1990));
    CHECK(different->possibleDuplicates.isEmpty());
    CHECK(DuplicateFinder::namesSimilar(QStringLiteral("Jaidee Somchai"), QStringLiteral("somchai jaidee")));
    CHECK(DuplicateFinder::namesSimilar(QStringLiteral("ສົມຈັນ"), QStringLiteral("ສົມຈັນ")));
    CHECK_FALSE(DuplicateFinder::namesSimilar(QStringLiteral("Aung"), QStringLiteral("Win")));
}

TEST_CASE("Contacts plan follow-ups - the due list shows overdue and due-soon work", "[cases][followups]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QDate today = v.clock().today();
    const QString a = add(s, person(QStringLiteral("A1"), QStringLiteral("Alpha")));
    const QString b = add(s, person(QStringLiteral("B1"), QStringLiteral("Bravo")));

    Encounter e;
    e.clientId = a;
    e.date = today.addDays(-20);
    e.kind = QStringLiteral("phone");
    e.services = {QStringLiteral("adherence")};
    e.nextFollowUp = today.addDays(-3);
    REQUIRE(s.addEncounter(e).ok());
    Encounter later = e;
    later.clientId = b;
    later.nextFollowUp = today.addDays(5);
    REQUIRE(s.addEncounter(later).ok());

    auto due = s.dueFollowUps(today.addDays(7));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).client.name == QStringLiteral("Alpha")); // the overdue one first
    CHECK(due->at(0).followUp.dueDate < today);
    CHECK(s.dueFollowUps(today)->size() == 1);

    ClientFilter dueFilter;
    dueFilter.followUpDueBy = today;
    CHECK(s.listClients(dueFilter)->size() == 1);

    // The next contact with Alpha answers the overdue follow-up.
    Encounter visit;
    visit.clientId = a;
    visit.date = today;
    REQUIRE(s.addEncounter(visit).ok());
    CHECK(s.dueFollowUps(today)->isEmpty());
    auto history = s.followUps(a, true);
    REQUIRE(history->size() == 1);
    CHECK(history->first().done);
    CHECK(history->first().doneDate == today);

    // Undo marking done, then mark done by hand.
    REQUIRE(s.setFollowUpDone(history->first().id, false, today).ok());
    CHECK(s.dueFollowUps(today)->size() == 1);
    REQUIRE(s.setFollowUpDone(history->first().id, true, today).ok());
    CHECK(s.dueFollowUps(today)->isEmpty());

    // Closed cases leave the due list.
    Client bravo = *s.openClient(b);
    bravo.caseStatus = QStringLiteral("closed");
    REQUIRE(s.updateClient(bravo).ok());
    CHECK(s.dueFollowUps(today.addDays(7))->isEmpty());

    auto contacts = s.encounters(a);
    REQUIRE(contacts->size() == 2);
    CHECK(contacts->first().date == today); // newest first
}

TEST_CASE("Bad contacts and follow-ups are refused", "[cases][followups][bad-input]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QString a = add(s, person(QStringLiteral("A1"), QStringLiteral("Alpha")));
    Encounter e;
    e.clientId = a;
    e.date = v.clock().today().addDays(3);
    CHECK_FALSE(s.addEncounter(e).ok()); // in the future
    e.date = v.clock().today();
    e.kind = QStringLiteral("telepathy");
    CHECK_FALSE(s.addEncounter(e).ok());
    e.kind = QStringLiteral("phone");
    e.nextFollowUp = e.date.addDays(-1);
    CHECK_FALSE(s.addEncounter(e).ok());
    e.nextFollowUp = QDate();
    e.clientId = Ids::newId();
    auto orphan = s.addEncounter(e);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().code() == ErrorCode::NotFound);
    FollowUp f;
    f.clientId = a;
    CHECK_FALSE(s.addFollowUp(f).ok()); // no due date
    CHECK_FALSE(s.setFollowUpDone(Ids::newId(), true, QDate::currentDate()).ok());
}

TEST_CASE("Trainers cannot see case files", "[cases][roles]") {
    TempVault v(records::Role::Trainer);
    auto r = v.session().cases().listClients({});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::PermissionDenied);
    CHECK_FALSE(v.session().cases().addClient(person(QStringLiteral("X"), QStringLiteral("Y"))).ok());
}

TEST_CASE("Case ids can be given by prefix or UIC", "[cases]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QString id = add(s, person(QStringLiteral("UNIQUE-77"), QStringLiteral("Zaw")));
    CHECK(*s.resolveClientId(id) == id);
    CHECK(*s.resolveClientId(id.left(8)) == id);
    CHECK(*s.resolveClientId(QStringLiteral("unique77")) == id);
    CHECK_FALSE(s.resolveClientId(QStringLiteral("nobody")).ok());
}

TEST_CASE("A search combines with the status, follow-up and volunteer filters, newest first, page by page",
          "[cases][search]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QDate today = v.clock().today();
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << add(s, person(QStringLiteral("SR%1").arg(i), QStringLiteral("Somsak %1").arg(i)));
    add(s, person(QStringLiteral("OT1"), QStringLiteral("Other")));
    Client closed = *s.openClient(ids.at(2));
    closed.caseStatus = QStringLiteral("closed");
    REQUIRE(s.updateClient(closed).ok());
    Encounter e;
    e.clientId = ids.at(4);
    e.date = today;
    e.nextFollowUp = today.addDays(2);
    REQUIRE(s.addEncounter(e).ok());

    ClientFilter f;
    f.text = QStringLiteral("soms");
    auto all = s.listClients(f);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 7);
    CHECK(all->first().client.id == ids.at(6)); // the newest first
    CHECK(all->at(2).client.id == ids.at(4));
    CHECK(all->at(2).lastContact == today);
    CHECK(all->at(2).nextFollowUp == today.addDays(2));

    f.limit = 3;
    f.offset = 3;
    auto page = s.listClients(f);
    REQUIRE(page->size() == 3);
    CHECK(page->first().client.id == ids.at(3));

    f.limit = 200;
    f.offset = 0;
    f.caseStatus = QStringLiteral("closed");
    auto closedOnly = s.listClients(f);
    REQUIRE(closedOnly->size() == 1);
    CHECK(closedOnly->first().client.id == ids.at(2));

    f.caseStatus.clear();
    f.followUpDueBy = today.addDays(7);
    auto due = s.listClients(f);
    REQUIRE(due->size() == 1);
    CHECK(due->first().client.id == ids.at(4));

    f.followUpDueBy = QDate();
    f.assignedTo = QStringLiteral("somebody-else");
    CHECK(s.listClients(f)->isEmpty());
}

TEST_CASE("Projecting a client as new when a row of it already exists updates that row and its search entry",
          "[cases][search]") {
    TempVault v;
    CaseService& s = v.session().cases();
    const QString id = add(s, person(QStringLiteral("X2"), QStringLiteral("Bounmy")));
    auto fields = v.session().records().read(QString::fromLatin1(Client::RecordType), id);
    REQUIRE(fields.ok());
    fields->insert(QStringLiteral("name"), QStringLiteral("Vilay"));
    ClientProjection projection;
    REQUIRE(projection.projectNew(v.session().db(), id, *fields, 1).ok());
    CHECK(found(s, QStringLiteral("bounmy")).isEmpty());
    CHECK(found(s, QStringLiteral("vil")) == QStringList{QStringLiteral("Vilay")});
    auto rows = v.session().db().prepare("SELECT (SELECT count(*) FROM clients), (SELECT count(*) FROM client_search)");
    REQUIRE(*rows->step());
    CHECK(rows->integer(0) == 1);
    CHECK(rows->integer(1) == 1);
}

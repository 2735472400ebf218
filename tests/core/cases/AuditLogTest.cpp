#include "core/cases/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("Views - creations and changes of case files are logged", "[audit]") {
    TempVault v(records::Role::Coordinator);
    auto& s = v.session().cases();
    cases::Client c;
    c.uic = QStringLiteral("AUD1");
    const QString id = s.addClient(c)->id;
    REQUIRE(s.openClient(id).ok());
    cases::Client edited = *s.openClient(id);
    edited.name = QStringLiteral("Named later");
    REQUIRE(s.updateClient(edited).ok());

    auto entries = v.session().audit().entries(id);
    REQUIRE(entries.ok());
    QStringList actions;
    for (const auto& e : *entries)
        actions.prepend(e.action);
    CHECK(actions == QStringList{QStringLiteral("create"), QStringLiteral("view"), QStringLiteral("view"),
                                 QStringLiteral("update")});
    CHECK(entries->first().detail == QStringLiteral("name")); // field names, never values
    CHECK(entries->first().userName == QStringLiteral("Dara"));
    CHECK(v.session().audit().verify()->has_value() == false);
}

TEST_CASE("The audit log cannot be edited - and edits behind its back are detected", "[audit][bad-input]") {
    TempVault v(records::Role::Coordinator);
    cases::Client c;
    c.uic = QStringLiteral("AUD2");
    const QString id = v.session().cases().addClient(c)->id;
    REQUIRE(v.session().cases().openClient(id).ok());
    auto& db = v.session().db();
    auto update = db.exec("UPDATE audit_log SET user_name = 'Nobody';");
    REQUIRE_FALSE(update.ok());
    CHECK(update.error().message().contains(QStringLiteral("audit log cannot be changed")));
    CHECK_FALSE(db.exec("DELETE FROM audit_log;").ok());

    // Someone with the database key drops the triggers and rewrites an entry.
    REQUIRE(db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'Nobody' WHERE seq = 2;").ok());
    auto broken = v.session().audit().verify();
    REQUIRE(broken.ok());
    REQUIRE(broken->has_value());
    CHECK(**broken == 2);
}

TEST_CASE("Only coordinators read the audit log", "[audit][roles]") {
    TempVault v(records::Role::Volunteer);
    auto r = v.session().audit().entries();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::PermissionDenied);
}

#include "core/storage/Schema.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::storage;

TEST_CASE("Migrations run stepwise - once - and keep the data of older versions", "[schema]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = Database::open(dir.filePath(QStringLiteral("s.db")), &key, Database::Mode::Create);
    REQUIRE(db.ok());
    ModuleSchema v1{QStringLiteral("notes"), {Migration::sql(1, "CREATE TABLE notes(text TEXT);")}};
    REQUIRE(Schema::migrate(**db, {v1}).ok());
    REQUIRE((*db)->exec("INSERT INTO notes VALUES ('kept');").ok());
    REQUIRE(Schema::migrate(**db, {v1}).ok()); // idempotent

    ModuleSchema v2 = v1;
    v2.migrations.push_back(Migration::sql(2, "ALTER TABLE notes ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';"));
    REQUIRE(Schema::migrate(**db, {v2}).ok());
    CHECK(*Schema::versionOf(**db, QStringLiteral("notes")) == 2);
    auto st = (*db)->prepare("SELECT text, lang FROM notes");
    REQUIRE(*st->step());
    CHECK(st->text(0) == QStringLiteral("kept"));
    CHECK(st->text(1) == QStringLiteral("en"));
}

TEST_CASE("A failing migration step changes nothing - a newer vault is refused", "[schema][bad-input]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = Database::open(dir.filePath(QStringLiteral("s.db")), &key, Database::Mode::Create);
    REQUIRE(db.ok());
    ModuleSchema broken{
        QStringLiteral("m"),
        {Migration::sql(1, "CREATE TABLE a(x);"), Migration::sql(2, "CREATE TABLE b(x); SYNTAX ERROR;")}};
    auto result = Schema::migrate(**db, {broken});
    REQUIRE_FALSE(result.ok());
    CHECK(*Schema::versionOf(**db, QStringLiteral("m")) == 1);
    auto b = (*db)->prepare("SELECT * FROM b");
    CHECK_FALSE(b.ok()); // step 2 rolled back entirely

    ModuleSchema older{QStringLiteral("m"), {Migration::sql(1, "CREATE TABLE a(x);")}};
    REQUIRE((*db)->exec("UPDATE schema_versions SET version = 7 WHERE module = 'm';").ok());
    auto newer = Schema::migrate(**db, {older});
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code() == ErrorCode::Unsupported);
    CHECK(newer.error().message().contains(QStringLiteral("newer version of Corridor")));
}

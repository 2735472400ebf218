#include "core/storage/Upsert.h"
#include "core/crypto/Random.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::storage;

TEST_CASE("upsert inserts or updates in either order and says which it did", "[database][upsert]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto opened = Database::open(dir.filePath(QStringLiteral("u.db")), &key, Database::Mode::Create);
    REQUIRE(opened.ok());
    Database& db = **opened;
    REQUIRE(db.exec("CREATE TABLE t(id TEXT NOT NULL UNIQUE, v INTEGER NOT NULL);").ok());
    const auto put = [&](const QString& id, int v, UpsertOrder order) {
        bool inserted = false;
        REQUIRE(upsert(
                    db, "UPDATE t SET v = ?2 WHERE id = ?1", "INSERT OR IGNORE INTO t(id, v) VALUES (?1, ?2)",
                    [&](Statement& st) { st.bind(1, id).bind(2, v); }, order, &inserted)
                    .ok());
        return inserted;
    };
    const auto value = [&](const QString& id) {
        auto st = db.prepare("SELECT v, (SELECT count(*) FROM t) FROM t WHERE id = ?1");
        st->bind(1, id);
        REQUIRE(*st->step());
        return std::pair{st->integer(0), st->integer(1)};
    };
    for (const UpsertOrder order : {UpsertOrder::UpdateFirst, UpsertOrder::InsertFirst}) {
        const QString id = order == UpsertOrder::UpdateFirst ? QStringLiteral("a") : QStringLiteral("b");
        CHECK(put(id, 1, order));       // a new row
        CHECK_FALSE(put(id, 2, order)); // the same row, changed
        CHECK(value(id).first == 2);
    }
    CHECK(value(QStringLiteral("a")).second == 2); // no duplicates
    // Insert-first on a row that exists after all (a record thought new) still updates it.
    CHECK_FALSE(put(QStringLiteral("a"), 7, UpsertOrder::InsertFirst));
    CHECK(value(QStringLiteral("a")) == std::pair<qint64, qint64>{7, 2});
}

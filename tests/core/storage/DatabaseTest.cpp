#include "core/storage/Database.h"
#include "core/crypto/Random.h"
#include "core/storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::storage;

namespace {

std::unique_ptr<Database> openOrFail(const QString& path, const crypto::SecureBuffer* key, Database::Mode mode) {
    auto db = Database::open(path, key, mode);
    if (!db.ok())
        FAIL(db.error().message().toStdString());
    return std::move(*db);
}

} // namespace

TEST_CASE("An encrypted database writes no plaintext and reopens only with its key", "[database]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.db"));
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    {
        auto db = openOrFail(path, &key, Database::Mode::Create);
        CHECK(!db->cipherVersion().isEmpty());
        REQUIRE(db->exec("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('MARKER-PLAINTEXT-42');").ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    CHECK_FALSE(raw.contains("MARKER-PLAINTEXT-42"));
    CHECK_FALSE(raw.startsWith("SQLite format 3"));
    CHECK(raw.size() % 4096 == 0);

    auto again = Database::open(path, &key, Database::Mode::OpenExisting);
    REQUIRE(again.ok());
    auto st = (*again)->prepare("SELECT v FROM t");
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    CHECK(st->text(0) == QStringLiteral("MARKER-PLAINTEXT-42"));

    const crypto::SecureBuffer wrong = crypto::Random::secret(32);
    auto refused = Database::open(path, &wrong, Database::Mode::OpenExisting);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::Corrupt);
}

TEST_CASE("Fail closed: an unencrypted database file is refused as a vault database", "[database][fail-closed]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    {
        auto plain = openOrFail(path, nullptr, Database::Mode::Create);
        REQUIRE(plain->exec("CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('hello');").ok());
    }
    CHECK(Database::hasPlaintextHeader(path));
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto refused = Database::open(path, &key, Database::Mode::OpenExisting);
    REQUIRE_FALSE(refused.ok());
    CHECK(QFile(path).size() > 0); // nothing was overwritten
}

TEST_CASE("Database open reports missing - empty and truncated files by name", "[database][bad-input]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto missing = Database::open(dir.filePath(QStringLiteral("vault.db")), &key, Database::Mode::OpenExisting);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);
    CHECK(missing.error().message().contains(QStringLiteral("vault.db")));

    QFile empty(dir.filePath(QStringLiteral("empty.db")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto emptyResult = Database::open(empty.fileName(), &key, Database::Mode::OpenExisting);
    REQUIRE_FALSE(emptyResult.ok());
    CHECK(emptyResult.error().message().contains(QStringLiteral("empty")));

    const QString path = dir.filePath(QStringLiteral("t.db"));
    {
        auto db = openOrFail(path, &key, Database::Mode::Create);
        REQUIRE(db->exec("CREATE TABLE t(v); INSERT INTO t VALUES (1);").ok());
    }
    QFile file(path);
    REQUIRE(file.resize(file.size() - 100));
    auto truncated = Database::open(path, &key, Database::Mode::OpenExisting);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message().contains(QStringLiteral("truncated")));
}

TEST_CASE("A flipped byte inside an encrypted page is caught by the page check", "[database][bad-input]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.db"));
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    {
        auto db = openOrFail(path, &key, Database::Mode::Create);
        REQUIRE(db->exec("CREATE TABLE t(v); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE "
                         "i<2000) INSERT INTO t SELECT randomblob(100) FROM n;")
                    .ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(file.size() - 4096 + 200); // inside the last page
    char byte = 0;
    file.getChar(&byte);
    file.seek(file.size() - 4096 + 200);
    file.putChar(char(byte ^ 0x55));
    file.close();
    auto db = Database::open(path, &key, Database::Mode::OpenExisting);
    REQUIRE(db.ok()); // the first page is intact …
    auto check = (*db)->quickCheck();
    REQUIRE_FALSE(check.ok()); // … but the damaged one is found
    CHECK(check.error().code() == ErrorCode::Corrupt);
}

TEST_CASE("Transactions roll back unless committed and nested ones are all or nothing", "[database][transaction]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = openOrFail(dir.filePath(QStringLiteral("t.db")), &key, Database::Mode::Create);
    REQUIRE(db->exec("CREATE TABLE t(v INTEGER);").ok());
    const auto count = [&] {
        auto st = db->prepare("SELECT count(*) FROM t");
        REQUIRE(*st->step());
        return st->integer(0);
    };
    {
        auto tx = Transaction::begin(*db);
        REQUIRE(tx.ok());
        REQUIRE(db->exec("INSERT INTO t VALUES (1);").ok());
    }
    CHECK(count() == 0);
    {
        auto outer = Transaction::begin(*db);
        REQUIRE(db->exec("INSERT INTO t VALUES (1);").ok());
        {
            auto inner = Transaction::begin(*db);
            REQUIRE(db->exec("INSERT INTO t VALUES (2);").ok());
            REQUIRE(inner->commit().ok());
        }
        REQUIRE(outer->commit().ok());
    }
    CHECK(count() == 2);
    {
        auto outer = Transaction::begin(*db);
        REQUIRE(db->exec("INSERT INTO t VALUES (3);").ok());
        {
            auto inner = Transaction::begin(*db);
            REQUIRE(db->exec("INSERT INTO t VALUES (4);").ok());
        } // an inner step failed …
        auto committed = outer->commit();
        CHECK_FALSE(committed.ok()); // … so the outer refuses to commit half of the work
    }
    CHECK(count() == 2);
    CHECK_FALSE(db->inTransaction());
    auto bad = db->prepare("SELECT * FROM no_such_table");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QStringLiteral("no_such_table")));
}

TEST_CASE("Bound text and blobs stay valid after the caller's copies are gone, and a rebind replaces them",
          "[database]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = openOrFail(dir.filePath(QStringLiteral("b.db")), &key, Database::Mode::Create);
    REQUIRE(db->exec("CREATE TABLE t(k TEXT, v BLOB);").ok());
    {
        auto st = db->prepare("INSERT INTO t VALUES (?1, ?2)");
        REQUIRE(st.ok());
        {
            // Temporaries: the statement must hold the bytes until it runs.
            st->bind(1, QStringLiteral("ກ-%1").arg(1)).bind(2, QByteArray("first-blob"));
        }
        REQUIRE(st->run().ok());
        st->reset();
        st->bind(1, QStringLiteral("second")).bindUtf8(2, QByteArray("as text"));
        REQUIRE(st->run().ok());
        st->reset();
        st->bind(1, QString()).bindNull(2); // a null string binds as empty text
        REQUIRE(st->run().ok());
    }
    auto read = db->prepare("SELECT k, v, typeof(v) FROM t ORDER BY rowid");
    REQUIRE(read.ok());
    REQUIRE(*read->step());
    CHECK(read->text(0) == QStringLiteral("ກ-1"));
    CHECK(read->blob(1) == QByteArray("first-blob"));
    CHECK(read->type(1) == Statement::Type::Blob);
    REQUIRE(*read->step());
    CHECK(read->text(0) == QStringLiteral("second"));
    CHECK(read->text(2) == QStringLiteral("text"));
    CHECK(read->type(1) == Statement::Type::Text);
    CHECK(read->columnCount() == 3);
    REQUIRE(*read->step());
    CHECK(read->type(0) == Statement::Type::Text);
    CHECK(read->text(0).isEmpty());
    CHECK(read->type(1) == Statement::Type::Null);
    CHECK_FALSE(*read->step());
}

TEST_CASE("The statement cache hands out one statement per user, finds reused SQL by its text and resets it",
          "[database]") {
    QTemporaryDir dir;
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = openOrFail(dir.filePath(QStringLiteral("c.db")), &key, Database::Mode::Create);
    REQUIRE(db->exec("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2), (3);").ok());
    // The same SQL text from two different buffers, two users at once.
    const std::string first = "SELECT v FROM t WHERE v >= ?1 ORDER BY v";
    const std::string second = first;
    auto a = db->prepare(first.c_str());
    auto b = db->prepare(second.c_str());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    a->bind(1, 2);
    b->bind(1, 3);
    REQUIRE(*a->step());
    REQUIRE(*b->step());
    CHECK(a->integer(0) == 2);
    CHECK(b->integer(0) == 3);
    { auto done = std::move(*a); } // back in the cache, half-read: the next user must start from the beginning, unbound
    auto again = db->prepare(second.c_str());
    REQUIRE(again.ok());
    CHECK_FALSE(*again->step()); // ?1 is unbound (NULL) again: no row is >= NULL
    again->reset();
    again->bind(1, 1);
    REQUIRE(*again->step());
    CHECK(again->integer(0) == 1);
}

#include "core/storage/Vault.h"
#include "core/crypto/Hash.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace corridor;
using namespace corridor::test;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return crypto::Hash::blake2b(f.readAll());
}

void overwrite(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A vault is a folder with vault.db and vault.keys - readable only by its owner", "[vault]") {
    TempVault v;
    CHECK(QFile::exists(v.path("vault.db")));
    CHECK(QFile::exists(v.path("vault.keys")));
    for (const char* name : {"vault.db", "vault.keys"})
        CHECK((QFile::permissions(v.path(name)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK_FALSE(storage::Database::hasPlaintextHeader(v.path("vault.db")));
    const QString deviceId = v.session().vault().device().idText();
    v.reopen();
    CHECK(v.session().vault().device().idText() == deviceId); // the identity lives in the vault
    CHECK(v.session().actor().userName == QStringLiteral("Dara"));
}

TEST_CASE("A wrong passphrase is refused and touches nothing", "[vault][bad-input]") {
    TempVault v;
    v.lock();
    const QByteArray dbBefore = fileHash(v.path("vault.db"));
    const QByteArray keysBefore = fileHash(v.path("vault.keys"));
    auto wrong = v.unlock(QStringLiteral("not the passphrase"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code() == ErrorCode::WrongPassphrase);
    CHECK(fileHash(v.path("vault.db")) == dbBefore);
    CHECK(fileHash(v.path("vault.keys")) == keysBefore);
    CHECK_FALSE(v.unlock(QString()).ok());
}

TEST_CASE("Changing a passphrase rewrites one slot and keeps the master key", "[vault]") {
    TempVault v;
    REQUIRE(
        v.session().changePassphrase(secret(QStringLiteral("new words here")), crypto::PassphraseKdf::minimum()).ok());
    v.lock();
    CHECK_FALSE(v.unlock().ok());
    CHECK(v.unlock(QStringLiteral("new words here")).ok());
    // The recovery key still opens the vault: the database key did not change.
    CHECK(session::Session::unlockWithRecoveryKey(v.folder(), v.recoveryKey(), v.clock()).ok());
}

TEST_CASE("The recovery key resets a forgotten passphrase", "[vault]") {
    TempVault v;
    const QString userId = v.session().actor().userId;
    v.lock();
    auto recovered = session::Session::unlockWithRecoveryKey(v.folder(), v.recoveryKey(), v.clock());
    REQUIRE(recovered.ok());
    CHECK_FALSE((*recovered)->signedIn());
    REQUIRE((*recovered)->signInAs(userId).ok());
    REQUIRE(
        (*recovered)->changePassphrase(secret(QStringLiteral("fresh start")), crypto::PassphraseKdf::minimum()).ok());
    recovered->reset();
    CHECK(v.unlock(QStringLiteral("fresh start")).ok());

    QString wrongKey = v.recoveryKey();
    // A typo in a check character is always caught (one in the data slips through once in a million).
    wrongKey[wrongKey.size() - 1] = wrongKey.back() == u'7' ? u'8' : u'7';
    auto typo = session::Session::unlockWithRecoveryKey(v.folder(), wrongKey, v.clock());
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().code() == ErrorCode::InvalidInput);
}

TEST_CASE("A second user signs in with their own passphrase and role", "[vault][users]") {
    TempVault v(records::Role::Coordinator);
    auto id = v.session().addUser(QStringLiteral("Malee"), records::Role::Volunteer,
                                  secret(QStringLiteral("malee pass")), crypto::PassphraseKdf::minimum());
    REQUIRE(id.ok());
    CHECK_FALSE(v.session()
                    .addUser(QStringLiteral("Malee"), records::Role::Volunteer,
                             secret(QStringLiteral("another one here")), crypto::PassphraseKdf::minimum())
                    .ok());
    v.lock();
    auto malee = v.unlock(QStringLiteral("malee pass"));
    REQUIRE(malee.ok());
    CHECK((*malee)->actor().userName == QStringLiteral("Malee"));
    CHECK((*malee)->actor().role == records::Role::Volunteer);
    // A volunteer cannot create a coordinator.
    auto escalate = (*malee)->addUser(QStringLiteral("Boss"), records::Role::Coordinator, secret(QStringLiteral("b")),
                                      crypto::PassphraseKdf::minimum());
    REQUIRE_FALSE(escalate.ok());
    CHECK(escalate.error().code() == ErrorCode::PermissionDenied);
    auto dara = v.unlock();
    REQUIRE(dara.ok());
    CHECK((*dara)->actor().role == records::Role::Coordinator);
}

TEST_CASE("Missing - truncated and tampered vault files give clear messages", "[vault][bad-input]") {
    TempVault v;
    v.lock();
    const QByteArray keys = readAll(v.path("vault.keys"));
    const QByteArray db = readAll(v.path("vault.db"));

    SECTION("vault.keys missing") {
        QFile::remove(v.path("vault.keys"));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.keys is missing")));
    }
    SECTION("vault.keys truncated") {
        overwrite(v.path("vault.keys"), keys.left(keys.size() / 3));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::Corrupt);
        CHECK(r.error().message().contains(QStringLiteral("vault.keys is damaged")));
    }
    SECTION("vault.keys empty") {
        overwrite(v.path("vault.keys"), QByteArray());
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.keys")));
    }
    SECTION("vault.keys with a byte of a wrapped key changed") {
        QByteArray text = keys;
        const qsizetype at = text.indexOf("\"wrapped\": \"") + 12;
        text[at] = text[at] == 'A' ? 'B' : 'A';
        overwrite(v.path("vault.keys"), text);
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("checksum")));
    }
    SECTION("vault.keys from a newer format") {
        QByteArray text = keys;
        text.replace("\"version\": 1", "\"version\": 2");
        overwrite(v.path("vault.keys"), text);
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::Unsupported);
    }
    SECTION("vault.db missing") {
        QFile::remove(v.path("vault.db"));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.db is missing")));
    }
    SECTION("vault.db truncated") {
        overwrite(v.path("vault.db"), db.left(db.size() - 1000));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.db")));
    }
    SECTION("vault.db with its first page altered") {
        QByteArray altered = db;
        altered[100] = char(altered[100] ^ 0x01);
        overwrite(v.path("vault.db"), altered);
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::Corrupt);
        CHECK(r.error().message().contains(QStringLiteral("vault.db")));
    }
    SECTION("vault.db of another vault") {
        TempVault other;
        other.lock();
        overwrite(v.path("vault.db"), readAll(other.path("vault.db")));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("different vaults")));
    }
    SECTION("vault.db replaced by an unencrypted database") {
        QFile::remove(v.path("vault.db"));
        {
            auto plain = storage::Database::open(v.path("vault.db"), nullptr, storage::Database::Mode::Create);
            REQUIRE(plain.ok());
            REQUIRE((*plain)->exec("CREATE TABLE device_identity(x);").ok());
        }
        REQUIRE(storage::Database::hasPlaintextHeader(v.path("vault.db")));
        auto r = v.unlock();
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.db")));
    }
}

TEST_CASE("Creating a vault over an existing one is refused and changes nothing", "[vault][bad-input]") {
    TempVault v;
    v.lock();
    const QByteArray before = fileHash(v.path("vault.keys"));
    session::VaultSetup setup;
    setup.folder = v.folder();
    setup.userName = QStringLiteral("Intruder");
    setup.organisation = QStringLiteral("LRC");
    setup.branch = QStringLiteral("Vientiane");
    setup.kdf = crypto::PassphraseKdf::minimum();
    auto again = session::Session::create(setup, secret(QStringLiteral("intruder passphrase")), v.clock());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code() == ErrorCode::AlreadyExists);
    CHECK(fileHash(v.path("vault.keys")) == before);
    CHECK(v.unlock().ok());
}

TEST_CASE("Bad setup values are refused before anything is written", "[vault][bad-input]") {
    QTemporaryDir dir;
    FakeClock clock;
    session::VaultSetup setup;
    setup.folder = dir.filePath(QStringLiteral("v"));
    setup.userName = QStringLiteral("Sok");
    setup.organisation = QStringLiteral("XYZ");
    setup.branch = QStringLiteral("Poipet");
    setup.kdf = crypto::PassphraseKdf::minimum();
    auto r = session::Session::create(setup, secret(QStringLiteral("long enough passphrase")), clock);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(storage::Vault::exists(setup.folder));
    setup.organisation = QStringLiteral("CRC");
    CHECK_FALSE(session::Session::create(setup, secret(QString()), clock).ok());
    CHECK_FALSE(session::Session::create(setup, secret(QStringLiteral("short")), clock).ok());
    CHECK_FALSE(storage::Vault::exists(setup.folder));
}

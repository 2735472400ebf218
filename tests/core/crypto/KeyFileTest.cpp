#include "core/crypto/KeyFile.h"
#include "core/crypto/Random.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>

using namespace corridor;
using namespace corridor::crypto;

namespace {

struct Fixture {
    SecureBuffer master = Random::secret(32);
    SecureBuffer passphrase = SecureBuffer::fromPassphrase(QStringLiteral("correct horse"));
    QString userId = QStringLiteral("6f0e3c52-3b6a-4f7e-9a51-2b7f1c3d4e5f");
    KeyFile file;

    Fixture() {
        file.vaultId = QStringLiteral("0a4b2c6d-8e1f-4a3b-9c5d-7e6f8a9b0c1d");
        auto slot = KeySlot::create(KeySlot::Kind::Passphrase, userId, file.vaultId, passphrase, master,
                                    PassphraseKdf::minimum());
        REQUIRE(slot.ok());
        file.slots.append(*slot);
    }
    QByteArray bytes() const { return file.serialize(master); }
};

QByteArray edited(const QByteArray& json, const std::function<void(QJsonObject&)>& edit) {
    QJsonObject o = QJsonDocument::fromJson(json).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("A key file round-trips and its slot opens with the right passphrase only", "[key-file]") {
    Fixture f;
    auto parsed = KeyFile::parse(f.bytes());
    REQUIRE(parsed.ok());
    REQUIRE(parsed->slots.size() == 1);
    CHECK(parsed->verifyMac(f.master).ok());
    auto opened = parsed->slots.first().open(parsed->vaultId, f.passphrase);
    REQUIRE(opened);
    CHECK(opened->equals(f.master));
    CHECK_FALSE(parsed->slots.first().open(parsed->vaultId, SecureBuffer::fromPassphrase(QStringLiteral("wrong"))));
    // The slot is bound to its vault: copying it into another vault's file does not work.
    CHECK_FALSE(parsed->slots.first().open(QStringLiteral("11111111-2222-4333-8444-555555555555"), f.passphrase));
}

TEST_CASE("Damaged key files are refused with a message that names the problem", "[key-file][bad-input]") {
    Fixture f;
    const QByteArray good = f.bytes();
    const auto refused = [](const QByteArray& json) {
        auto r = KeyFile::parse(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("vault.keys")));
        return r.error().code();
    };
    CHECK(refused(QByteArray()) == ErrorCode::Corrupt);
    CHECK(refused(good.left(good.size() / 2)) == ErrorCode::Corrupt);
    CHECK(refused("[1,2,3]") == ErrorCode::Corrupt);
    CHECK(refused(edited(good, [](QJsonObject& o) { o[QStringLiteral("version")] = 99; })) == ErrorCode::Unsupported);
    CHECK(refused(edited(good, [](QJsonObject& o) { o[QStringLiteral("format")] = QStringLiteral("x"); })) ==
          ErrorCode::Corrupt);
    CHECK(refused(edited(good, [](QJsonObject& o) { o.remove(QStringLiteral("checksum")); })) == ErrorCode::Corrupt);
    // A changed vault id without a matching checksum: damage.
    CHECK(refused(edited(good, [](QJsonObject& o) {
              o[QStringLiteral("vault")] = QStringLiteral("11111111-2222-4333-8444-555555555555");
          })) == ErrorCode::Corrupt);
}

TEST_CASE("A consistent edit (checksum recomputed) is caught by the MAC", "[key-file][bad-input]") {
    Fixture f;
    KeyFile forged = *KeyFile::parse(f.bytes());
    // An attacker without the master key adds their own slot and rewrites the checksum.
    SecureBuffer otherMaster = Random::secret(32);
    auto extra = KeySlot::create(KeySlot::Kind::Passphrase, f.userId, forged.vaultId,
                                 SecureBuffer::fromPassphrase(QStringLiteral("attacker")), otherMaster,
                                 PassphraseKdf::minimum());
    REQUIRE(extra.ok());
    forged.slots.append(*extra);
    auto reparsed = KeyFile::parse(forged.serialize(otherMaster));
    REQUIRE(reparsed.ok()); // structurally fine …
    auto mac = reparsed->verifyMac(f.master);
    REQUIRE_FALSE(mac.ok()); // … but not written by someone holding the vault's master key
    CHECK(mac.error().code() == ErrorCode::Tampered);
}

TEST_CASE("Key derivation settings outside the accepted range are refused", "[key-file][kdf][bad-input]") {
    CHECK(PassphraseKdf::validate(PassphraseKdf::minimum()).ok());
    KdfParams weak = PassphraseKdf::minimum();
    weak.memLimitBytes = 1 << 20;
    CHECK(PassphraseKdf::validate(weak).error().code() == ErrorCode::Tampered);
    KdfParams huge = PassphraseKdf::minimum();
    huge.memLimitBytes = 64ull << 30;
    CHECK(PassphraseKdf::validate(huge).error().code() == ErrorCode::LimitExceeded);
    KdfParams noSalt = PassphraseKdf::minimum();
    noSalt.salt.chop(1);
    CHECK_FALSE(PassphraseKdf::validate(noSalt).ok());
}

TEST_CASE("Calibrated key derivation uses at least 256 MiB and three passes", "[kdf]") {
    const KdfParams p = PassphraseKdf::calibrated(0.2);
    CHECK(p.memLimitBytes >= 256ull << 20);
    CHECK(p.opsLimit >= 3);
    CHECK(PassphraseKdf::validate(p).ok());
}

// Every way a bundle can be wrong is refused with a reason, and the vault is unchanged.
#include "core/base/Ids.h"
#include "core/cases/CaseService.h"
#include "core/crypto/AgeEncryption.h"
#include "core/crypto/Minisign.h"
#include "core/sync/BundleFile.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/Compression.h"
#include "core/sync/SyncCounters.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

void addCase(TempVault& v, const QString& uic) {
    cases::Client c;
    c.uic = uic;
    REQUIRE(v.session().cases().addClient(c).ok());
}

// A bundle signed by a real device around any payload we like.
QByteArray craft(TempVault& from, TempVault& to, const QByteArray& plaintext, quint64 sequence) {
    const auto& device = from.session().vault().device();
    const QByteArray payload =
        *crypto::AgeEncryption::encrypt(plaintext, {to.session().vault().device().x25519PublicKey()});
    sync::BundleHeader header{Ids::newId(), device.id(), sequence, from.clock().nowMs(), {}, {Branch::deviceId(to)}};
    const QByteArray signature =
        crypto::Minisign::sign(device, payload, header.toTrustedComment(), header.untrustedComment());
    return *sync::BundleFile::assemble(payload, signature, header.createdMs);
}

void refusedAndUnchanged(TempVault& into, const QByteArray& bundle, const char* reasonWord) {
    const QByteArray before = Branch::dump(into);
    const auto report = Branch::import(into, bundle);
    INFO(report.refusal.toStdString());
    CHECK(report.refused);
    CHECK(report.refusal.contains(QString::fromLatin1(reasonWord), Qt::CaseInsensitive));
    CHECK(Branch::dump(into) == before);
}

} // namespace

TEST_CASE("Flipping any byte of a bundle gets it refused and changes nothing", "[sync][bad-input]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("TAMP01"));
    const QByteArray bundle = Branch::bundle(branch.volunteer(0), branch.coordinator());
    const QByteArray before = Branch::dump(branch.coordinator());
    // Every byte, two ways: headers (even the checksum's spacing), the age payload, the signature file (even its
    // unsigned comment), padding and trailer.
    int refused = 0;
    int tried = 0;
    for (qsizetype at = 0; at < bundle.size(); ++at) {
        for (const char mask : {char(0x10), char(0x01)}) {
            QByteArray tampered = bundle;
            tampered[at] = char(tampered[at] ^ mask);
            ++tried;
            const auto report = Branch::import(branch.coordinator(), tampered);
            refused += report.refused ? 1 : 0;
            if (!report.refused)
                FAIL_CHECK("byte " << at << " flipped and the bundle was still accepted");
        }
    }
    CHECK(tried == 2 * bundle.size());
    CHECK(refused == tried);
    CHECK(Branch::dump(branch.coordinator()) == before);
    // The untouched bundle still imports.
    CHECK_FALSE(Branch::import(branch.coordinator(), bundle).refused);
}

TEST_CASE("The parts of a bundle no signature covers must be exactly as Corridor writes them", "[sync][bad-input]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("UNSIGN1"));
    const QByteArray bundle = Branch::bundle(branch.volunteer(0), branch.coordinator());
    auto file = sync::BundleFile::parse(bundle);
    REQUIRE(file.ok());
    CHECK(file->signatureFile.startsWith(
        QStringLiteral("untrusted comment: %1\n").arg(file->header.untrustedComment()).toUtf8()));

    // Another untrusted comment, a signature line in another base64 spelling, or no final newline: the
    // signature still verifies, but the file is not what the exporter wrote.
    const auto repacked = [&](const QByteArray& signatureFile, qint64 createdMs) {
        return *sync::BundleFile::assemble(file->payload, signatureFile, createdMs);
    };
    QByteArray otherComment = file->signatureFile;
    otherComment.replace("Corridor bundle", "Corridor bundlE");
    refusedAndUnchanged(branch.coordinator(), repacked(otherComment, file->header.createdMs), "not written");
    refusedAndUnchanged(branch.coordinator(), repacked(file->signatureFile.chopped(1), file->header.createdMs),
                        "not written");
    // The archive's time, checksum fixed up by the archive writer, must be the signed creation time.
    refusedAndUnchanged(branch.coordinator(), repacked(file->signatureFile, file->header.createdMs + 5000),
                        "signed time");
    // What the exporter wrote still imports.
    CHECK_FALSE(Branch::import(branch.coordinator(), repacked(file->signatureFile, file->header.createdMs)).refused);
}

TEST_CASE("Truncated, empty and padded bundles are refused", "[sync][bad-input]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("TRUNC1"));
    const QByteArray bundle = Branch::bundle(branch.volunteer(0), branch.coordinator());
    refusedAndUnchanged(branch.coordinator(), QByteArray(), "empty");
    refusedAndUnchanged(branch.coordinator(), bundle.left(bundle.size() / 2), "bundle");
    refusedAndUnchanged(branch.coordinator(), bundle.left(bundle.size() - 512), "bundle");
    refusedAndUnchanged(branch.coordinator(), bundle + QByteArray(512, '\0'), "after the end");
    refusedAndUnchanged(branch.coordinator(), QByteArray("not a bundle at all").leftJustified(1024, ' '), "bundle");
}

TEST_CASE("A bundle from an unknown or revoked device, or for another device, is refused", "[sync][bad-input]") {
    Branch branch(2);
    TempVault stranger(records::Role::Volunteer, QStringLiteral("Stranger"));
    addCase(stranger, QStringLiteral("STR01"));
    // The stranger knows the coordinator, but the coordinator never enrolled the stranger.
    REQUIRE(
        stranger.session().trust().enrol(*branch.coordinator().session().deviceCard(), records::Role::Volunteer).ok());
    refusedAndUnchanged(branch.coordinator(), Branch::bundle(stranger, branch.coordinator()), "not enrolled");

    // For volunteer 1, handed to volunteer 0.
    addCase(branch.coordinator(), QStringLiteral("OTHER1"));
    Branch::exchange(branch.volunteer(0), branch.coordinator());
    const QByteArray forOne = Branch::bundle(branch.coordinator(), branch.volunteer(1));
    refusedAndUnchanged(branch.volunteer(0), forOne, "another device");

    // Revoked: bundles the device writes afterwards are refused.
    REQUIRE(branch.coordinator()
                .session()
                .trust()
                .revoke(Branch::deviceId(branch.volunteer(1)), records::Role::Coordinator)
                .ok());
    branch.volunteer(1).clock().advanceMs(1000);
    addCase(branch.volunteer(1), QStringLiteral("REV01"));
    REQUIRE(branch.volunteer(1)
                .session()
                .trust()
                .enrol(*branch.coordinator().session().deviceCard(), records::Role::Volunteer)
                .ok());
    branch.coordinator().clock().advanceMs(1000);
    refusedAndUnchanged(branch.coordinator(), Branch::bundle(branch.volunteer(1), branch.coordinator()), "revoked");
}

TEST_CASE("A second, different bundle under a number already imported is refused as an alert", "[sync][bad-input]") {
    Branch branch(1);
    addCase(branch.volunteer(0), QStringLiteral("EQ01"));
    REQUIRE_FALSE(
        Branch::import(branch.coordinator(), Branch::bundle(branch.volunteer(0), branch.coordinator())).refused);
    // The volunteer's laptop is restored from an old backup and numbers a new bundle 1 again.
    auto& db = branch.volunteer(0).session().db();
    REQUIRE(sync::SyncCounters::set(db, QStringLiteral("bundle_seq"), "0").ok());
    REQUIRE(db.exec("DELETE FROM bundles_sent;").ok());
    addCase(branch.volunteer(0), QStringLiteral("EQ02"));
    const QByteArray before = Branch::dump(branch.coordinator());
    const auto report = Branch::import(branch.coordinator(), Branch::bundle(branch.volunteer(0), branch.coordinator()));
    CHECK(report.refused);
    CHECK(report.alert);
    CHECK(report.refusal.contains(QStringLiteral("two different bundles")));
    CHECK(Branch::dump(branch.coordinator()) == before);
}

TEST_CASE("A payload that expands past the limit is refused before it fills memory", "[sync][bad-input]") {
    Branch branch(1);
    const QByteArray bomb = sync::Compression::deflate(QByteArray(600 * 1024 * 1024, '\0'));
    refusedAndUnchanged(branch.coordinator(), craft(branch.volunteer(0), branch.coordinator(), bomb, 1), "MiB");
}

TEST_CASE("A signed bundle with a malformed or mismatched inside is refused", "[sync][bad-input]") {
    Branch branch(1);
    refusedAndUnchanged(branch.coordinator(), craft(branch.volunteer(0), branch.coordinator(), "garbage", 1),
                        "damaged");
    // Well-formed content that claims another exporter than the signed header.
    sync::BundleManifest m;
    m.bundleId = Ids::newId();
    m.exporter = Branch::deviceId(branch.coordinator());
    m.recipients = {Branch::deviceId(branch.coordinator())};
    m.sequence = 1;
    m.scope = QStringLiteral("branch");
    refusedAndUnchanged(branch.coordinator(), craft(branch.volunteer(0), branch.coordinator(), m.encode(), 1),
                        "disagree");
    // A future format version.
    refusedAndUnchanged(
        branch.coordinator(),
        craft(branch.volunteer(0), branch.coordinator(),
              sync::Compression::deflate(QByteArray::fromHex("a10072636f727269646f722d62756e646c652d7632")), 1),
        "format");
}

TEST_CASE("Changesets stamped far in the future are held, then applied when the time comes", "[sync]") {
    Branch branch(1);
    branch.volunteer(0).clock().advanceDays(3); // someone set the laptop's date three days ahead
    addCase(branch.volunteer(0), QStringLiteral("FUT01"));
    const auto report = Branch::import(branch.coordinator(), Branch::bundle(branch.volunteer(0), branch.coordinator()));
    REQUIRE_FALSE(report.refused);
    CHECK(report.held > 0);
    CHECK(branch.coordinator().session().cases().listClients({})->isEmpty());
    branch.coordinator().clock().advanceDays(3);
    auto retried = branch.coordinator().session().importer().retryHeld();
    REQUIRE(retried.ok());
    CHECK(*retried > 0);
    CHECK(branch.coordinator().session().cases().listClients({})->size() == 1);
}

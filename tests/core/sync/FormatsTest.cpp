// The standard formats bundles are made of, checked against their specifications and
// against the stock tools (age, minisign, tar) an auditor would use.
#include "core/base/Base45.h"
#include "core/base/Bech32.h"
#include "core/crypto/AgeEncryption.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Minisign.h"
#include "core/crypto/Random.h"
#include "core/sync/Compression.h"
#include "core/sync/TarArchive.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::crypto;
using namespace corridor::sync;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct Run {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString tool(const char* name) {
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        FAIL(std::string("the stock tool ") + name + " is not installed (packaging/install-deps.sh installs it)");
    return path;
}

} // namespace

TEST_CASE("Base45 matches the examples of RFC 9285", "[base45]") {
    CHECK(Base45::encode("AB") == QStringLiteral("BB8"));
    CHECK(Base45::encode("Hello!!") == QStringLiteral("%69 VD92EX0"));
    CHECK(Base45::encode("base-45") == QStringLiteral("UJCLQE7W581"));
    CHECK(Base45::encode("ietf!") == QStringLiteral("QED8WEX0"));
    CHECK(*Base45::decode(QStringLiteral("QED8WEX0")) == "ietf!");
    CHECK(*Base45::decode(QStringLiteral("%69 VD92EX0")) == "Hello!!");
    const QByteArray random = Random::bytes(301);
    CHECK(*Base45::decode(Base45::encode(random)) == random);
    CHECK_FALSE(Base45::decode(QStringLiteral("GGW")).ok()); // 65535+ out of range (RFC 9285 §4.2)
    CHECK_FALSE(Base45::decode(QStringLiteral("A")).ok());
    CHECK_FALSE(Base45::decode(QStringLiteral("abc")).ok());
}

TEST_CASE("Bech32 round-trips and catches typing mistakes", "[bech32]") {
    const QByteArray key = Random::bytes(32);
    const QString text = Bech32::encode(QStringLiteral("age"), key);
    CHECK(text.startsWith(QStringLiteral("age1")));
    auto decoded = Bech32::decode(text);
    REQUIRE(decoded.ok());
    CHECK(decoded->data == key);
    QString typo = text;
    typo[10] = typo[10] == u'q' ? u'p' : u'q';
    CHECK_FALSE(Bech32::decode(typo).ok());
    CHECK_FALSE(Bech32::decode(text.toUpper().left(20) + text.mid(20)).ok()); // mixed case
}

TEST_CASE("age files round-trip and refuse tampering, truncation and the wrong key", "[age]") {
    const DeviceIdentity alice = DeviceIdentity::generate();
    const DeviceIdentity bob = DeviceIdentity::generate();
    for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(65536), qsizetype(65537), qsizetype(200000)}) {
        const QByteArray plain = Random::bytes(size);
        auto file = AgeEncryption::encrypt(plain, {alice.x25519PublicKey(), bob.x25519PublicKey()});
        REQUIRE(file.ok());
        auto forBob = AgeEncryption::decrypt(*file, bob.x25519SecretKey(), 1 << 20);
        REQUIRE(forBob.ok());
        CHECK(*forBob == plain);
    }
    const QByteArray plain = Random::bytes(100000);
    const QByteArray file = *AgeEncryption::encrypt(plain, {alice.x25519PublicKey()});
    const DeviceIdentity eve = DeviceIdentity::generate();
    auto wrong = AgeEncryption::decrypt(file, eve.x25519SecretKey(), 1 << 20);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code() == ErrorCode::PermissionDenied);
    for (qsizetype at : {qsizetype(5), qsizetype(60), qsizetype(150), file.size() / 2, file.size() - 1}) {
        QByteArray tampered = file;
        tampered[at] = char(tampered[at] ^ 0x04);
        CHECK_FALSE(AgeEncryption::decrypt(tampered, alice.x25519SecretKey(), 1 << 20).ok());
    }
    CHECK_FALSE(AgeEncryption::decrypt(file.left(file.size() - 20), alice.x25519SecretKey(), 1 << 20).ok());
    CHECK_FALSE(AgeEncryption::decrypt(file.left(file.size() - 65536), alice.x25519SecretKey(), 1 << 20).ok());
    CHECK_FALSE(AgeEncryption::decrypt(QByteArray(), alice.x25519SecretKey(), 1 << 20).ok());
    auto tooBig = AgeEncryption::decrypt(file, alice.x25519SecretKey(), 1000);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().code() == ErrorCode::LimitExceeded);
}

TEST_CASE("Stock age decrypts Corridor's files and Corridor decrypts stock age's", "[age][interop]") {
    QTemporaryDir dir;
    const QString age = tool("age");
    const DeviceIdentity device = DeviceIdentity::generate();
    writeFile(dir.filePath(QStringLiteral("identity.txt")),
              AgeEncryption::identityString(device.x25519SecretKey()).toLatin1() + '\n');
    const QByteArray plain = Random::bytes(150000);
    writeFile(dir.filePath(QStringLiteral("ours.age")), *AgeEncryption::encrypt(plain, {device.x25519PublicKey()}));
    const Run decrypted =
        run(age, {QStringLiteral("-d"), QStringLiteral("-i"), dir.filePath(QStringLiteral("identity.txt")),
                  dir.filePath(QStringLiteral("ours.age"))});
    INFO(decrypted.err.toStdString());
    REQUIRE(decrypted.exitCode == 0);
    CHECK(decrypted.out == plain);

    const Run encrypted =
        run(age, {QStringLiteral("-r"), AgeEncryption::recipientString(device.x25519PublicKey())}, plain);
    REQUIRE(encrypted.exitCode == 0);
    auto ours = AgeEncryption::decrypt(encrypted.out, device.x25519SecretKey(), 1 << 20);
    REQUIRE(ours.ok());
    CHECK(*ours == plain);
}

TEST_CASE("Stock minisign verifies Corridor's signatures, and a change is caught", "[minisign][interop]") {
    QTemporaryDir dir;
    const QString minisign = tool("minisign");
    const DeviceIdentity device = DeviceIdentity::generate();
    const QByteArray message = Random::bytes(5000);
    const QString file = dir.filePath(QStringLiteral("payload.age"));
    writeFile(file, message);
    writeFile(file + QStringLiteral(".minisig"),
              Minisign::sign(device, message, QStringLiteral("corridor test comment"), QStringLiteral("signature")));
    writeFile(dir.filePath(QStringLiteral("key.pub")), Minisign::publicKeyFile(device.id(), device.publicKey()));
    const Run ok = run(minisign, {QStringLiteral("-V"), QStringLiteral("-p"), dir.filePath(QStringLiteral("key.pub")),
                                  QStringLiteral("-m"), file});
    INFO(ok.err.toStdString() << ok.out.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains("corridor test comment"));

    auto parsed = Minisign::parse(readFile(file + QStringLiteral(".minisig")));
    REQUIRE(parsed.ok());
    CHECK(Minisign::verify(*parsed, device.publicKey(), message));
    CHECK_FALSE(Minisign::verify(*parsed, device.publicKey(), message + "x"));
    Minisign::Signature forged = *parsed;
    forged.trustedComment = QStringLiteral("corridor other comment");
    CHECK_FALSE(Minisign::verify(forged, device.publicKey(), message));

    writeFile(file, message + "x");
    const Run changed = run(minisign, {QStringLiteral("-V"), QStringLiteral("-p"),
                                       dir.filePath(QStringLiteral("key.pub")), QStringLiteral("-m"), file});
    CHECK(changed.exitCode != 0);
    CHECK_FALSE(Minisign::parse("untrusted comment: x\nAAAA\n").ok());
}

TEST_CASE("The bundle archive reads back only exactly as written, and stock tar extracts it", "[tar][bad-input]") {
    const QByteArray a = Random::bytes(1000);
    const QByteArray b = Random::bytes(200);
    const QByteArray archive = *TarArchive::write(
        {{QStringLiteral("payload.age"), a}, {QStringLiteral("payload.age.minisig"), b}}, 1700000000);
    const QStringList names{QStringLiteral("payload.age"), QStringLiteral("payload.age.minisig")};
    auto entries = TarArchive::readStrict(archive, names, 1 << 20);
    REQUIRE(entries.ok());
    CHECK(entries->at(0).data == a);
    CHECK(entries->at(1).data == b);

    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("b.corridor")), archive);
    const Run tar = run(tool("tar"), {QStringLiteral("-xf"), dir.filePath(QStringLiteral("b.corridor")),
                                      QStringLiteral("-C"), dir.path()});
    REQUIRE(tar.exitCode == 0);
    CHECK(readFile(dir.filePath(QStringLiteral("payload.age"))) == a);

    CHECK_FALSE(TarArchive::readStrict(QByteArray(), names, 1 << 20).ok());
    CHECK_FALSE(TarArchive::readStrict(archive.left(archive.size() - 512), names, 1 << 20).ok());
    CHECK_FALSE(TarArchive::readStrict(archive + QByteArray(512, '\0'), names, 1 << 20).ok());
    CHECK_FALSE(TarArchive::readStrict(archive + QByteArray(512, 'x'), names, 1 << 20).ok());
    CHECK_FALSE(TarArchive::readStrict(archive, names, 100).ok()); // entry larger than allowed
    CHECK_FALSE(TarArchive::readStrict(archive, {QStringLiteral("payload.age")}, 1 << 20).ok());
    // libarchive writes exactly the headers the reader expects, and every entry carries the archive's time.
    CHECK(archive.left(512) == TarArchive::header(QStringLiteral("payload.age"), a.size(), 1700000000));
    CHECK(archive.mid(512 + 1024, 512) ==
          TarArchive::header(QStringLiteral("payload.age.minisig"), b.size(), 1700000000));
    CHECK(entries->at(0).modifiedSeconds == 1700000000);
    CHECK(entries->at(1).modifiedSeconds == 1700000000);
    CHECK(TarArchive::header(QStringLiteral("payload.age"), -1, 0).isEmpty());
    CHECK(TarArchive::header(QStringLiteral("payload.age"), 0, qint64(1) << 33).isEmpty());
    CHECK(TarArchive::header(QString(100, u'x'), 0, 0).isEmpty());

    // Every byte that is not entry data: headers (the checksum's spacing too), padding and the trailer.
    const auto isData = [&](qsizetype at) {
        return (at >= 512 && at < 512 + a.size()) || (at >= 2048 && at < 2048 + b.size());
    };
    int accepted = 0;
    for (qsizetype at = 0; at < archive.size(); ++at) {
        if (isData(at))
            continue;
        for (const char mask : {char(0x01), char(0x10), char(0x20)}) {
            QByteArray tampered = archive;
            tampered[at] = char(tampered[at] ^ mask);
            if (TarArchive::readStrict(tampered, names, 1 << 20).ok()) {
                ++accepted;
                FAIL_CHECK("byte " << at << " ^ " << int(mask) << " was accepted");
            }
        }
    }
    CHECK(accepted == 0);
    // The checksum written with a space where the writer puts a leading zero sums the same, and is still refused.
    QByteArray spaced = archive;
    REQUIRE(spaced[148] == '0');
    spaced[148] = ' ';
    const auto spacedRead = TarArchive::readStrict(spaced, names, 1 << 20);
    REQUIRE_FALSE(spacedRead.ok());
    CHECK(spacedRead.error().message().contains(QStringLiteral("not written the way Corridor writes it")));
    const QByteArray withLink =
        *TarArchive::write({{QStringLiteral("../payload.age"), a}, {QStringLiteral("payload.age.minisig"), b}}, 0);
    CHECK_FALSE(TarArchive::readStrict(withLink, names, 1 << 20).ok());
    const QByteArray three = *TarArchive::write(
        {{QStringLiteral("payload.age"), a}, {QStringLiteral("payload.age.minisig"), b}, {QStringLiteral("extra"), b}},
        0);
    CHECK_FALSE(TarArchive::readStrict(three, names, 1 << 20).ok());
}

TEST_CASE("Inflating stops at the limit, so a zip bomb is refused", "[compression][bad-input]") {
    const QByteArray zeros(20 * 1024 * 1024, '\0');
    const QByteArray bomb = Compression::deflate(zeros);
    CHECK(bomb.size() < 100 * 1024);
    auto refused = Compression::inflate(bomb, 1024 * 1024);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::LimitExceeded);
    CHECK(Compression::inflate(bomb, 21 * 1024 * 1024)->size() == zeros.size());
    CHECK_FALSE(Compression::inflate(bomb.left(bomb.size() / 2), 1 << 30).ok());
    CHECK_FALSE(Compression::inflate("not zlib", 1 << 20).ok());
    CHECK_FALSE(Compression::inflate(bomb + "trailing", 1 << 30).ok());
}

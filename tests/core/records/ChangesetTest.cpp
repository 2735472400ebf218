#include "core/records/Changeset.h"
#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>

using namespace corridor;
using namespace corridor::records;

namespace {

Changeset sample(const crypto::DeviceIdentity& device) {
    Changeset cs;
    cs.sequence = 7;
    cs.hlc = 123456789;
    cs.userId = Ids::newId();
    cs.recordType = QStringLiteral("client");
    cs.recordId = Ids::newId();
    cs.fields = {{QStringLiteral("name"), QStringLiteral("ສົມຈັນ"), 0},
                 {QStringLiteral("birth_year"), 1990, 55},
                 {QStringLiteral("languages"), QCborArray{QStringLiteral("lo"), QStringLiteral("th")}, 0},
                 {QStringLiteral("phone"), QCborValue(nullptr), 12}};
    cs.sign(device);
    return cs;
}

} // namespace

TEST_CASE("A signed changeset decodes to the same content and verifies against its author", "[changeset]") {
    const auto device = crypto::DeviceIdentity::generate();
    const Changeset cs = sample(device);
    CHECK(cs.author == device.id());
    CHECK(cs.hash.size() == 32);
    CHECK(cs.verify(device.publicKey()));
    CHECK_FALSE(cs.verify(crypto::DeviceIdentity::generate().publicKey()));

    auto decoded = Changeset::decode(cs.body, cs.signature);
    REQUIRE(decoded.ok());
    CHECK(decoded->sequence == 7);
    CHECK(decoded->hlc == 123456789);
    CHECK(decoded->userId == cs.userId);
    CHECK(decoded->recordId == cs.recordId);
    CHECK(decoded->values() == cs.values());
    CHECK(decoded->field(QStringLiteral("birth_year"))->previousHlc == 55);
    CHECK(decoded->encodeBody() == cs.body); // canonical: re-encoding gives the signed bytes
    CHECK(decoded->verify(device.publicKey()));
}

TEST_CASE("Changing any byte of a changeset breaks its signature or its parse", "[changeset][bad-input]") {
    const auto device = crypto::DeviceIdentity::generate();
    const Changeset cs = sample(device);
    for (qsizetype i = 0; i < cs.body.size(); ++i) {
        QByteArray body = cs.body;
        body[i] = char(body[i] ^ 0x20);
        auto decoded = Changeset::decode(body, cs.signature);
        if (decoded.ok())
            CHECK_FALSE(decoded->verify(device.publicKey()));
    }
}

TEST_CASE("Malformed changesets are refused", "[changeset][bad-input]") {
    const auto device = crypto::DeviceIdentity::generate();
    const Changeset cs = sample(device);
    const QByteArray sig = cs.signature;
    CHECK_FALSE(Changeset::decode(QByteArray(), sig).ok());
    CHECK_FALSE(Changeset::decode(cs.body.left(cs.body.size() - 1), sig).ok());
    CHECK_FALSE(Changeset::decode(cs.body, sig.left(10)).ok());
    CHECK_FALSE(Changeset::decode(Cbor::encode(QCborArray{1, 2}), sig).ok());

    const auto withEntry = [&](qint64 key, const QCborValue& value) {
        QCborMap map = Cbor::decode(cs.body)->toMap();
        map.insert(key, value);
        return Cbor::encode(map);
    };
    auto future = Changeset::decode(withEntry(0, 2), sig);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code() == ErrorCode::Unsupported);
    CHECK_FALSE(Changeset::decode(withEntry(1, QByteArray("short")), sig).ok());
    CHECK_FALSE(Changeset::decode(withEntry(2, 0), sig).ok());
    CHECK_FALSE(Changeset::decode(withEntry(5, QStringLiteral("Robert'); DROP TABLE")), sig).ok());
    CHECK_FALSE(Changeset::decode(withEntry(7, 9), sig).ok());
    CHECK_FALSE(Changeset::decode(withEntry(99, 1), sig).ok());
    QCborMap badField;
    badField.insert(QStringLiteral("Name With Spaces"), QCborArray{1, 0});
    CHECK_FALSE(Changeset::decode(withEntry(8, badField), sig).ok());
    QCborMap nested;
    nested.insert(QStringLiteral("x"), QCborArray{QCborArray{QCborArray{1}}, 0});
    CHECK_FALSE(Changeset::decode(withEntry(8, nested), sig).ok());
}

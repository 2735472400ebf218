#include "core/sync/SignatureVerifier.h"
#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::records;
using namespace corridor::sync;

namespace {

struct Signed {
    QList<Changeset> list;
    QList<QByteArray> keys;
};

Signed makeSigned(int count) {
    const auto device = crypto::DeviceIdentity::generate();
    Signed out;
    for (int i = 0; i < count; ++i) {
        Changeset cs;
        cs.sequence = quint64(i + 1);
        cs.hlc = quint64(1000 + i);
        cs.userId = Ids::newId();
        cs.recordType = QStringLiteral("client");
        cs.recordId = Ids::newId();
        cs.fields = {{QStringLiteral("name"), QStringLiteral("Client %1").arg(i), 0}};
        cs.sign(device);
        out.list << cs;
        out.keys << device.publicKey();
    }
    return out;
}

} // namespace

TEST_CASE("Signatures are checked in chunks ahead of the applying thread, each flag for its own changeset",
          "[sync][signatures]") {
    Signed s = makeSigned(25);
    s.list[5].signature[3] = char(s.list[5].signature[3] ^ 0x01); // tampered signature
    s.list[13].body[10] = char(s.list[13].body[10] ^ 0x40);       // tampered body
    s.keys[21] = crypto::DeviceIdentity::generate().publicKey();  // signed by someone else
    s.list[24].author = crypto::DeviceIdentity::generate().id();  // claims another author
    SignatureVerifier verifier(s.list, s.keys, 4);
    REQUIRE(verifier.chunkCount() == 7);
    CHECK(verifier.chunkBegin(6) == 24);
    CHECK(verifier.chunkEnd(6) == 25);
    for (qsizetype chunk = 0; chunk < verifier.chunkCount(); ++chunk) {
        verifier.await(chunk);
        for (qsizetype i = verifier.chunkBegin(chunk); i < verifier.chunkEnd(chunk); ++i)
            CHECK(verifier.valid(i) == (i != 5 && i != 13 && i != 21 && i != 24));
    }
    CHECK(verifier.secondsChecking() > 0);
}

TEST_CASE("A verifier with nothing to check, or left after its first chunk, finishes cleanly", "[sync][signatures]") {
    const Signed none;
    SignatureVerifier empty(none.list, none.keys);
    CHECK(empty.chunkCount() == 0);

    const Signed many = makeSigned(40);
    {
        SignatureVerifier verifier(many.list, many.keys, 2);
        verifier.await(0);
        CHECK(verifier.valid(0));
        CHECK(verifier.valid(1));
    } // an import that failed on its first changeset: the helpers stop and are joined here
    SignatureVerifier single(many.list, many.keys, 1000);
    REQUIRE(single.chunkCount() == 1);
    single.await(0);
    for (qsizetype i = 0; i < many.list.size(); ++i)
        CHECK(single.valid(i));
}

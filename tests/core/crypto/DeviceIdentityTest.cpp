#include "core/crypto/DeviceIdentity.h"

#include <catch2/catch.hpp>

using namespace corridor::crypto;

TEST_CASE("A device identity signs - verifies and survives a round trip through its secret key", "[device]") {
    const DeviceIdentity device = DeviceIdentity::generate();
    CHECK(device.publicKey().size() == 32);
    CHECK(device.id().size() == 8);
    CHECK(device.idText().size() == 16);
    CHECK(DeviceIdentity::idFromText(device.idText()) == device.id());

    const QByteArray signature = device.sign("changeset");
    CHECK(DeviceIdentity::verify(device.publicKey(), "changeset", signature));
    CHECK_FALSE(DeviceIdentity::verify(device.publicKey(), "changesef", signature));
    QByteArray flipped = signature;
    flipped[10] = char(flipped[10] ^ 1);
    CHECK_FALSE(DeviceIdentity::verify(device.publicKey(), "changeset", flipped));
    CHECK_FALSE(DeviceIdentity::verify(device.publicKey(), "changeset", signature.left(63)));

    auto restored = DeviceIdentity::fromSecretKey(device.secretKey().copy());
    REQUIRE(restored.ok());
    CHECK(restored->publicKey() == device.publicKey());
    CHECK(restored->x25519PublicKey() == device.x25519PublicKey());
    CHECK(device.x25519PublicKey().size() == 32);
}

TEST_CASE("A damaged device key is refused", "[device][bad-input]") {
    CHECK_FALSE(DeviceIdentity::fromSecretKey(SecureBuffer(10)).ok());
    const DeviceIdentity device = DeviceIdentity::generate();
    SecureBuffer damaged = device.secretKey().copy();
    damaged.data()[40] ^= 0xff; // the public half stored inside the secret key
    CHECK_FALSE(DeviceIdentity::fromSecretKey(std::move(damaged)).ok());
    CHECK(DeviceIdentity::idFromText(QStringLiteral("xyz")).isEmpty());
    CHECK(DeviceIdentity::idFromText(QStringLiteral("0123456789ABCDEF0")).isEmpty());
}

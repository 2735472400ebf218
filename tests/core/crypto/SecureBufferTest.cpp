#include "core/crypto/SecureBuffer.h"

#include <catch2/catch.hpp>

#include <cstring>

using corridor::crypto::SecureBuffer;

TEST_CASE("SecureBuffer takes secrets in and wipes the source", "[secure-buffer]") {
    QByteArray source("top secret");
    SecureBuffer buffer = SecureBuffer::takeFrom(source);
    CHECK(source.isEmpty());
    REQUIRE(buffer.size() == 10);
    CHECK(std::memcmp(buffer.data(), "top secret", 10) == 0);

    SecureBuffer moved = std::move(buffer);
    CHECK_FALSE(buffer.allocated());
    CHECK(moved.size() == 10);
    CHECK(moved.equals(moved.copy()));
    moved.clear();
    CHECK(moved.isEmpty());
    CHECK_FALSE(moved.allocated());
}

TEST_CASE("Passphrases are NFC-normalised so the same words typed differently unlock", "[secure-buffer]") {
    // "é" precomposed and as e + combining acute.
    const SecureBuffer a = SecureBuffer::fromPassphrase(QString::fromUtf8("caf\xc3\xa9"));
    const SecureBuffer b = SecureBuffer::fromPassphrase(QString::fromUtf8("cafe\xcc\x81"));
    CHECK(a.equals(b));
    CHECK_FALSE(a.equals(SecureBuffer::fromPassphrase(QStringLiteral("cafe"))));
}

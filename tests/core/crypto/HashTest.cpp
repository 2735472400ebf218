#include "core/crypto/Hash.h"

#include <catch2/catch.hpp>

using namespace corridor::crypto;

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test case 2", "[hash]") {
    CHECK(Hash::hmacSha256("Jefe", "what do ya want for nothing?").toHex() ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("HKDF-SHA-256 matches RFC 5869 test case 1", "[hash]") {
    const QByteArray ikm(22, '\x0b');
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c");
    const QByteArray info = QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9");
    CHECK(Hash::hkdfSha256(ikm, salt, info, 42).toHex() ==
          "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST_CASE("BLAKE2b and SHA-2 give the published digests of the empty string", "[hash]") {
    CHECK(Hash::blake2b(QByteArray(), 64).toHex() == "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d"
                                                     "25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce");
    CHECK(Hash::sha256(QByteArray()).toHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(Hash::constantTimeEquals("abc", "abc"));
    CHECK_FALSE(Hash::constantTimeEquals("abc", "abd"));
    CHECK_FALSE(Hash::constantTimeEquals("abc", "abcd"));
}

#include "core/base/Cbor.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>

using corridor::Cbor;
using corridor::ErrorCode;

namespace {
QByteArray hex(const char* h) {
    return QByteArray::fromHex(h);
}
} // namespace

TEST_CASE("CBOR encodes integers in their shortest form (RFC 8949 appendix A)", "[cbor]") {
    CHECK(Cbor::encode(QCborValue(0)) == hex("00"));
    CHECK(Cbor::encode(QCborValue(23)) == hex("17"));
    CHECK(Cbor::encode(QCborValue(24)) == hex("1818"));
    CHECK(Cbor::encode(QCborValue(1000)) == hex("1903e8"));
    CHECK(Cbor::encode(QCborValue(1000000)) == hex("1a000f4240"));
    CHECK(Cbor::encode(QCborValue(qint64(1000000000000))) == hex("1b000000e8d4a51000"));
    CHECK(Cbor::encode(QCborValue(-1)) == hex("20"));
    CHECK(Cbor::encode(QCborValue(-1000)) == hex("3903e7"));
    CHECK(Cbor::encode(QCborValue(QStringLiteral("IETF"))) == hex("6449455446"));
    CHECK(Cbor::encode(QCborValue(QStringLiteral("\u00fc"))) == hex("62c3bc"));
    CHECK(Cbor::encode(QCborValue(QByteArray::fromHex("01020304"))) == hex("4401020304"));
    CHECK(Cbor::encode(QCborValue(true)) == hex("f5"));
    CHECK(Cbor::encode(QCborValue(nullptr)) == hex("f6"));
    CHECK(Cbor::encode(QCborArray{1, QCborArray{2, 3}}) == hex("8201820203"));
}

TEST_CASE("CBOR map keys are sorted by their encoded bytes whatever the insertion order", "[cbor]") {
    QCborMap a;
    a.insert(QStringLiteral("b"), 2);
    a.insert(10, 1);
    a.insert(QStringLiteral("a"), 1);
    QCborMap b;
    b.insert(QStringLiteral("a"), 1);
    b.insert(QStringLiteral("b"), 2);
    b.insert(10, 1);
    CHECK(Cbor::encode(a) == Cbor::encode(b));
    CHECK(Cbor::encode(a) == hex("a30a01616101616202"));
}

TEST_CASE("CBOR round-trips the supported subset", "[cbor]") {
    QCborMap m;
    m.insert(0, 1);
    m.insert(1, QByteArray("\x00\xff", 2));
    m.insert(2, QStringLiteral("ສົມຈັນ"));
    m.insert(3, QCborArray{QStringLiteral("km"), QStringLiteral("th")});
    m.insert(4, QCborValue(nullptr));
    m.insert(5, false);
    m.insert(6, qint64(-123456789012));
    const QByteArray bytes = Cbor::encode(m);
    auto decoded = Cbor::decode(bytes);
    REQUIRE(decoded.ok());
    CHECK(Cbor::encode(*decoded) == bytes);
}

TEST_CASE("CBOR decoder refuses bad input with a reason", "[cbor][bad-input]") {
    SECTION("empty") {
        auto r = Cbor::decode(QByteArray());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::Corrupt);
    }
    SECTION("truncated at every length") {
        QCborMap m;
        m.insert(QStringLiteral("name"), QStringLiteral("Sophea"));
        m.insert(QStringLiteral("list"), QCborArray{1, 2, 3});
        const QByteArray bytes = Cbor::encode(m);
        for (qsizetype n = 1; n < bytes.size(); ++n)
            CHECK_FALSE(Cbor::decode(bytes.left(n)).ok());
    }
    SECTION("trailing bytes") {
        CHECK_FALSE(Cbor::decode(hex("0000")).ok());
    }
    SECTION("non-shortest integer") {
        CHECK_FALSE(Cbor::decode(hex("1817")).ok());
    }
    SECTION("indefinite length") {
        CHECK_FALSE(Cbor::decode(hex("9f01ff")).ok());
    }
    SECTION("tags and floats") {
        CHECK_FALSE(Cbor::decode(hex("c11a514b67b0")).ok());
        CHECK_FALSE(Cbor::decode(hex("f93c00")).ok());
    }
    SECTION("unsorted or duplicate map keys") {
        CHECK_FALSE(Cbor::decode(hex("a202010101")).ok());
        CHECK_FALSE(Cbor::decode(hex("a201010101")).ok());
    }
    SECTION("invalid UTF-8 text") {
        CHECK_FALSE(Cbor::decode(hex("62c328")).ok());
    }
    SECTION("nesting deeper than allowed") {
        QByteArray deep(40, '\x81');
        deep.append('\x01');
        auto r = Cbor::decode(deep);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::LimitExceeded);
    }
    SECTION("a length claiming more than the input holds") {
        CHECK_FALSE(Cbor::decode(hex("5bffffffffffffffff")).ok());
        CHECK_FALSE(Cbor::decode(hex("9bffffffffffffffff")).ok());
    }
    SECTION("oversized input") {
        Cbor::Limits small;
        small.maxBytes = 4;
        auto r = Cbor::decode(hex("6449455446"), small);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code() == ErrorCode::LimitExceeded);
    }
}

#include "core/session/PassphrasePolicy.h"

#include <catch2/catch.hpp>

using corridor::session::PassphrasePolicy;

TEST_CASE("Passphrases must be at least eight characters and not one repeated letter", "[passphrase][bad-input]") {
    CHECK_FALSE(PassphrasePolicy::check(QString()).ok());
    CHECK_FALSE(PassphrasePolicy::check(QStringLiteral("short")).ok());
    CHECK_FALSE(PassphrasePolicy::check(QStringLiteral("aaaaaaaaaaaa")).ok());
    CHECK(PassphrasePolicy::check(QStringLiteral("practice")).ok());
    CHECK(PassphrasePolicy::check(QStringLiteral("ខ្ញុំចូលចិត្តបាយ")).ok());
}

TEST_CASE("Strength grows with length and words", "[passphrase]") {
    using S = PassphrasePolicy::Strength;
    CHECK(PassphrasePolicy::strength(QStringLiteral("abc")) == S::TooShort);
    CHECK(PassphrasePolicy::strength(QStringLiteral("abcdefgh")) == S::Weak);
    CHECK(PassphrasePolicy::strength(QStringLiteral("mangoes at dawn")) == S::Fair);
    CHECK(PassphrasePolicy::strength(QStringLiteral("green mangoes at dawn by the river")) == S::Strong);
}

#include "core/text/SearchTokenizer.h"

#include <catch2/catch.hpp>

using corridor::text::SearchTokenizer;

TEST_CASE("Latin text is folded for case and accents", "[search-tokens]") {
    CHECK(SearchTokenizer::fold(QStringLiteral("Đặng Thị HOA")) == QStringLiteral("đang thi hoa"));
    CHECK(SearchTokenizer::indexText(QStringLiteral("Sophea CHAN")) == QStringLiteral("sophea chan"));
    CHECK(SearchTokenizer::matchExpression(QStringLiteral("Soph")) == QStringLiteral("\"soph*\""));
}

TEST_CASE("Thai - Lao - Khmer and Myanmar runs become bigrams - marks are kept", "[search-tokens]") {
    // ສົມຈັນ = ສ ົ ມ ຈ ັ ນ
    CHECK(SearchTokenizer::indexText(QStringLiteral("ສົມຈັນ")).split(u' ').size() == 5);
    CHECK(SearchTokenizer::fold(QStringLiteral("សុខ")) == QStringLiteral("សុខ"));
    // Spaces inside Khmer names do not split the run: with or without the space, same tokens.
    CHECK(SearchTokenizer::indexText(QStringLiteral("សុខ ដារ៉ា")) ==
          SearchTokenizer::indexText(QStringLiteral("សុខដារ៉ា")));
    CHECK(SearchTokenizer::matchExpression(QStringLiteral("ដារ")) == QStringLiteral("\"ដា ារ\""));
}

TEST_CASE("Substring mode indexes every suffix of a code", "[search-tokens]") {
    const QStringList tokens =
        SearchTokenizer::indexText(QStringLiteral("081-234"), SearchTokenizer::Mode::Substrings).split(u' ');
    CHECK(tokens.contains(QStringLiteral("081234")));
    CHECK(tokens.contains(QStringLiteral("1234")));
    CHECK(tokens.contains(QStringLiteral("34")));
}

TEST_CASE("Query syntax typed into the search box cannot reach FTS", "[search-tokens][bad-input]") {
    CHECK(SearchTokenizer::matchExpression(QStringLiteral("\"")).isEmpty());
    CHECK(SearchTokenizer::matchExpression(QStringLiteral("a OR b NEAR/3 -c *")) ==
          QStringLiteral("\"a*\" \"or*\" \"b*\" \"near*\" \"3*\" \"c*\""));
    CHECK(SearchTokenizer::matchExpression(QStringLiteral("   ")).isEmpty());
}

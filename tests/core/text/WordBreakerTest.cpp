#include "core/text/WordBreaker.h"

#include <catch2/catch.hpp>

using corridor::text::WordBreaker;

TEST_CASE("ICU finds word boundaries in Thai - Lao - Khmer and Myanmar", "[word-breaker]") {
    // Each sentence is several dictionary words written without spaces.
    for (const QString& text : {QStringLiteral("ภาษาไทยง่ายนิดเดียว"), QStringLiteral("ພາສາລາວງ່າຍດາຍ"),
                                QStringLiteral("ភាសាខ្មែរងាយស្រួល"), QStringLiteral("မြန်မာဘာသာစကား")}) {
        INFO(text.toStdString());
        CHECK(WordBreaker::words(text).size() >= 2);
        const QString broken = WordBreaker::withBreakOpportunities(text);
        CHECK(broken.count(QChar(0x200B)) >= 1);
        CHECK(WordBreaker::withoutBreakOpportunities(broken) == text);
    }
}

TEST_CASE("Text without unspaced scripts is left alone", "[word-breaker]") {
    CHECK(WordBreaker::withBreakOpportunities(QStringLiteral("Know before you go")) ==
          QStringLiteral("Know before you go"));
    CHECK(WordBreaker::withBreakOpportunities(QString()).isEmpty());
}

TEST_CASE("ICU keeps Myanmar syllables of a word together", "[word-breaker]") {
    // Qt 6.4 would break ရေတွက် ("count") before its final က်; ICU must not.
    const QStringList words = WordBreaker::words(QStringLiteral("ရေတွက်နိုင်သည် စည်းမျဉ်း"));
    CHECK(words.contains(QStringLiteral("ရေတွက်")));
    CHECK(words.contains(QStringLiteral("စည်းမျဉ်း")));
}

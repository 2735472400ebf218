#include "ui/ReadableText.h"

#include "core/text/WordBreaker.h"

#include <algorithm>

namespace corridor::ui {

namespace {

constexpr char16_t WordJoiner = 0x2060;
constexpr char16_t MyanmarVirama = 0x1039; // stacks the next consonant under this one

bool isMyanmar(QChar c) {
    return c.unicode() >= 0x1000 && c.unicode() <= 0x109F;
}

} // namespace

QString readableText(const QString& text) {
    const QString broken = text::WordBreaker::withBreakOpportunities(text);
    if (std::none_of(broken.cbegin(), broken.cend(), isMyanmar))
        return broken;
    // Joiners go before a consonant, vowel letter or digit that starts a new syllable:
    // never before a vowel sign or medial (the shaper would draw a dotted circle) nor
    // after the virama that stacks a consonant under the one before. (Qt 6.4's grapheme
    // finder cannot be used for this: it splits Myanmar clusters.)
    QString out;
    out.reserve(broken.size() * 2);
    for (qsizetype i = 0; i < broken.size(); ++i) {
        const QChar c = broken.at(i);
        if (i > 0 && isMyanmar(c) && isMyanmar(broken.at(i - 1)) && broken.at(i - 1).unicode() != MyanmarVirama &&
            (c.category() == QChar::Letter_Other || c.category() == QChar::Number_DecimalDigit))
            out += QChar(WordJoiner);
        out += c;
    }
    return out;
}

QRegularExpression searchPattern(const QString& typed) {
    QString pattern;
    const QString plain = text::WordBreaker::withoutBreakOpportunities(typed).remove(QChar(WordJoiner));
    for (QChar c : plain) {
        if (!pattern.isEmpty())
            pattern += QStringLiteral("[\\x{200B}\\x{2060}]*");
        pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace corridor::ui

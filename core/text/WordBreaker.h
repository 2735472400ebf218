#pragma once

#include <QString>
#include <QStringList>

namespace corridor::text {

// ICU's dictionary-based word boundaries for Thai, Lao, Khmer and Myanmar. Qt 6.4 finds
// no line-break opportunities in Lao and Khmer and breaks Myanmar inside syllables;
// inserting U+200B ZERO WIDTH SPACE at ICU's word boundaries fixes wrapping in Qt text
// layout (widgets and PDFs alike).
class WordBreaker {
public:
    // Word segments of the text (spaces and punctuation left out).
    static QStringList words(const QString& text);
    // The text with U+200B between adjacent words of unspaced scripts.
    static QString withBreakOpportunities(const QString& text);
    static QString withoutBreakOpportunities(const QString& text);
};

} // namespace corridor::text

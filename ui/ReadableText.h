#pragma once

#include <QRegularExpression>
#include <QString>

namespace corridor::ui {

// Text for a Qt text widget (QTextBrowser, list items) that wraps right in Thai, Lao, Khmer
// and Myanmar: break opportunities (U+200B) at ICU's word boundaries, and in Myanmar a
// word joiner (U+2060) between the letters of a word, so Qt 6.4 does not break inside a
// syllable. Text without those scripts comes back unchanged.
QString readableText(const QString& text);

// What a user typed, as a case-insensitive pattern that also finds it in readableText().
QRegularExpression searchPattern(const QString& typed);

} // namespace corridor::ui

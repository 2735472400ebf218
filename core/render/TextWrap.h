#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace corridor::render {

// Line breaking that is right for Thai, Lao, Khmer and Myanmar, where Qt 6.4's is not
// (no break points in Lao and Khmer, breaks inside Myanmar syllables): lines end at ICU's
// word boundaries or after spaces, punctuation stays with the word before it, and no line
// is wider than maxWidth for this font on this device (the screen if none). A word wider
// than a line stays whole on its own line.
namespace TextWrap {
QStringList lines(const QString& text, const QFont& font, qreal maxWidth, QPaintDevice* device = nullptr);
}

} // namespace corridor::render

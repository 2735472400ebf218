#include "core/render/TextWrap.h"

#include "core/text/WordBreaker.h"

#include <QFontMetricsF>

#include <algorithm>

namespace corridor::render::TextWrap {

QStringList lines(const QString& text, const QFont& font, qreal maxWidth, QPaintDevice* device) {
    const QFontMetricsF metrics = device ? QFontMetricsF(font, device) : QFontMetricsF(font);
    QStringList out;
    for (const QString& paragraph : text.split(u'\n')) {
        // Pieces end at ICU word boundaries (marked with U+200B) and after spaces.
        QStringList pieces;
        QString piece;
        const QString marked = text::WordBreaker::withBreakOpportunities(paragraph);
        for (QChar c : marked) {
            if (c == QChar(0x200B)) {
                pieces << piece;
                piece.clear();
                continue;
            }
            piece += c;
            if (c == u' ') {
                pieces << piece;
                piece.clear();
            }
        }
        pieces << piece;
        // Punctuation (။ ၊ . ,) stays with the word before it, never starts a line.
        for (qsizetype i = pieces.size() - 1; i > 0; --i) {
            const QString trimmed = pieces.at(i).trimmed();
            if (!trimmed.isEmpty() &&
                std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isPunct(); })) {
                pieces[i - 1] += pieces.at(i);
                pieces.removeAt(i);
            }
        }
        QString line;
        for (const QString& p : pieces) {
            const QString candidate = line + p;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate.trimmed()) > maxWidth) {
                out << line.trimmed();
                line = p;
            } else {
                line = candidate;
            }
        }
        out << line.trimmed();
    }
    return out;
}

} // namespace corridor::render::TextWrap

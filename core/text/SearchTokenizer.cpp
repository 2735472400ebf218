#include "core/text/SearchTokenizer.h"

#include "core/text/ScriptRuns.h"

#include <QList>

namespace corridor::text {
namespace {

constexpr int MaxSuffixLength = 24;

struct Run {
    QString text;
    bool unspaced;
};

// Splits folded text into runs of letters/digits; runs of unspaced scripts separated only
// by spaces are joined (people write "សុខ ចាន់" and "សុខចាន់" for the same name).
QList<Run> runsOf(const QString& folded) {
    QList<Run> runs;
    Run current{{}, false};
    bool pendingSpace = false;
    const auto flush = [&] {
        if (!current.text.isEmpty())
            runs.append(current);
        current = Run{{}, false};
    };
    for (QChar c : folded) {
        const bool unspaced = isUnspacedScript(c.unicode());
        const bool wordChar = unspaced || c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing ||
                              c.category() == QChar::Mark_SpacingCombining;
        if (!wordChar) {
            if (c.isSpace() && current.unspaced) {
                pendingSpace = true;
                continue;
            }
            flush();
            pendingSpace = false;
            continue;
        }
        if (!current.text.isEmpty() && current.unspaced != unspaced)
            flush();
        else if (pendingSpace && !unspaced)
            flush();
        pendingSpace = false;
        current.unspaced = unspaced;
        current.text += c;
    }
    flush();
    return runs;
}

QStringList bigrams(const QString& run) {
    if (run.size() == 1)
        return {run};
    QStringList out;
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        out << run.mid(i, 2);
    return out;
}

} // namespace

QString SearchTokenizer::fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    QChar previousBase;
    for (QChar c : decomposed) {
        // Drop accents on Latin, Greek, Cyrillic … letters; keep the vowel signs and marks
        // of Thai, Lao, Khmer and Myanmar, which are letters of the word, not accents.
        if (c.category() == QChar::Mark_NonSpacing && !isUnspacedScript(previousBase.unicode()))
            continue;
        out += c;
        if (c.category() != QChar::Mark_NonSpacing)
            previousBase = c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString SearchTokenizer::indexText(const QString& text, Mode mode) {
    QStringList tokens;
    const QList<Run> runs = runsOf(fold(text));
    if (mode == Mode::Substrings) {
        QString joined;
        for (const Run& run : runs)
            joined += run.text;
        if (containsUnspacedScript(joined))
            return bigrams(joined).join(u' ');
        for (qsizetype i = 0; i < joined.size() && joined.size() - i >= 2; ++i)
            tokens << joined.mid(i, MaxSuffixLength);
        if (joined.size() == 1)
            tokens << joined;
        return tokens.join(u' ');
    }
    for (const Run& run : runs)
        tokens << (run.unspaced ? bigrams(run.text) : QStringList{run.text});
    return tokens.join(u' ');
}

QString SearchTokenizer::matchExpression(const QString& query) {
    QStringList terms;
    for (const Run& run : runsOf(fold(query))) {
        if (run.unspaced && run.text.size() > 1)
            terms << u'"' + bigrams(run.text).join(u' ') + u'"';
        else
            terms << u'"' + run.text.left(MaxSuffixLength) + QStringLiteral("*\"");
    }
    return terms.join(u' ');
}

} // namespace corridor::text

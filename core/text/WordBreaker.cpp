#include "core/text/WordBreaker.h"

#include "core/text/ScriptRuns.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace corridor::text {
namespace {

constexpr char16_t ZeroWidthSpace = 0x200B;

std::vector<int32_t> boundaries(const QString& text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it)
        return {};
    const icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    it->setText(u);
    std::vector<int32_t> out;
    for (int32_t b = it->first(); b != icu::BreakIterator::DONE; b = it->next())
        out.push_back(b);
    return out;
}

} // namespace

QStringList WordBreaker::words(const QString& text) {
    QStringList out;
    const auto b = boundaries(text);
    for (size_t i = 1; i < b.size(); ++i) {
        const QString segment = text.mid(b[i - 1], b[i] - b[i - 1]);
        bool hasWordChar = false;
        for (QChar c : segment)
            hasWordChar = hasWordChar || c.isLetterOrNumber() || isUnspacedScript(c.unicode());
        if (hasWordChar)
            out << segment;
    }
    return out;
}

QString WordBreaker::withBreakOpportunities(const QString& text) {
    if (!containsUnspacedScript(text))
        return text;
    const auto b = boundaries(text);
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype last = 0;
    for (int32_t pos : b) {
        if (pos <= 0 || pos >= text.size())
            continue;
        out += QStringView(text).mid(last, pos - last);
        const QChar before = text.at(pos - 1);
        const QChar after = text.at(pos);
        if (isUnspacedScript(before.unicode()) && isUnspacedScript(after.unicode()))
            out += QChar(ZeroWidthSpace);
        last = pos;
    }
    out += QStringView(text).mid(last);
    return out;
}

QString WordBreaker::withoutBreakOpportunities(const QString& text) {
    QString out = text;
    out.remove(QChar(ZeroWidthSpace));
    return out;
}

} // namespace corridor::text

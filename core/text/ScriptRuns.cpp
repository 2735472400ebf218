#include "core/text/ScriptRuns.h"

namespace corridor::text {

bool isUnspacedScript(char32_t c) {
    return (c >= 0x0E00 && c <= 0x0EFF)     // Thai, Lao
           || (c >= 0x1000 && c <= 0x109F)  // Myanmar
           || (c >= 0xAA60 && c <= 0xAA7F)  // Myanmar Extended-A
           || (c >= 0xA9E0 && c <= 0xA9FF)  // Myanmar Extended-B
           || (c >= 0x1780 && c <= 0x17FF)  // Khmer
           || (c >= 0x19E0 && c <= 0x19FF); // Khmer Symbols
}

bool containsUnspacedScript(const QString& text) {
    for (QChar c : text)
        if (isUnspacedScript(c.unicode()))
            return true;
    return false;
}

} // namespace corridor::text

#pragma once

#include <QChar>
#include <QString>

namespace corridor::text {

// Scripts that do not separate words with spaces.
bool isUnspacedScript(char32_t c);
// Thai digits, Khmer digits and the like count as unspaced-script characters too.
bool containsUnspacedScript(const QString& text);

} // namespace corridor::text

#pragma once

#include <QString>
#include <QStringList>

namespace corridor::text {

// Turns text into tokens for SQLite's FTS4 "simple" tokenizer, and a search box entry
// into a safe MATCH expression. FTS4 cannot split Thai, Lao, Khmer or Myanmar words, so
// runs of those scripts are indexed as overlapping character pairs (bigrams) and a query
// becomes a phrase of its pairs: a phrase of consecutive pairs matches exactly where the
// query occurs as a substring, so part of a name finds it. Other scripts are indexed by
// word (case and accents folded) and matched by prefix. Codes and phone numbers can be
// indexed by every suffix, so any part of them matches.
class SearchTokenizer {
public:
    enum class Mode { Words, Substrings };

    // Space-separated tokens to store in the FTS table.
    static QString indexText(const QString& text, Mode mode = Mode::Words);
    // An FTS4 MATCH expression (every term must match), or empty if the query has no
    // searchable characters. Never contains anything the user typed verbatim.
    static QString matchExpression(const QString& query);
    // Case, width and accent folding used on both sides.
    static QString fold(const QString& text);
};

} // namespace corridor::text

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace corridor::session {

// What Corridor accepts as a passphrase, and how strong it looks. A sentence of a few words
// in one's own language is long, easy to remember and hard to guess; that is the advice.
class PassphrasePolicy {
    Q_DECLARE_TR_FUNCTIONS(PassphrasePolicy)
public:
    static constexpr int MinimumLength = 8;

    enum class Strength { TooShort, Weak, Fair, Strong };

    [[nodiscard]] static Status check(const QString& passphrase);
    static Strength strength(const QString& passphrase);
    static QString describe(Strength strength);
};

} // namespace corridor::session

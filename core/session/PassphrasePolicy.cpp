#include "core/session/PassphrasePolicy.h"

#include <QSet>

namespace corridor::session {

Status PassphrasePolicy::check(const QString& passphrase) {
    if (passphrase.trimmed().size() < MinimumLength)
        return Error(ErrorCode::InvalidInput,
                     tr("The passphrase needs at least %1 characters. A short sentence in your own language is easy to "
                        "remember and hard to guess.")
                         .arg(MinimumLength));
    if (QSet<QChar>(passphrase.begin(), passphrase.end()).size() < 3)
        return Error(ErrorCode::InvalidInput,
                     tr("The passphrase repeats the same few characters; choose words instead."));
    return success();
}

PassphrasePolicy::Strength PassphrasePolicy::strength(const QString& passphrase) {
    if (!check(passphrase).ok())
        return Strength::TooShort;
    const int words = int(passphrase.split(u' ', Qt::SkipEmptyParts).size());
    const int distinct = int(QSet<QChar>(passphrase.begin(), passphrase.end()).size());
    // Characters of Thai, Lao, Khmer and Myanmar words carry more than Latin letters do,
    // but a length rule is honest enough for advice shown while typing.
    if (passphrase.size() >= 20 && (words >= 4 || distinct >= 12))
        return Strength::Strong;
    if (passphrase.size() >= 12 && distinct >= 7)
        return Strength::Fair;
    return Strength::Weak;
}

QString PassphrasePolicy::describe(Strength strength) {
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short: at least %1 characters.").arg(MinimumLength);
    case Strength::Weak:
        return tr("Weak: add a few more words.");
    case Strength::Fair:
        return tr("Fair: one or two more words make it strong.");
    case Strength::Strong:
        return tr("Strong.");
    }
    return {};
}

} // namespace corridor::session

#include "core/cases/DuplicateFinder.h"

#include "core/cases/CaseRepository.h"
#include "core/text/SearchTokenizer.h"

#include <QSet>
#include <algorithm>
#include <vector>

namespace corridor::cases {
namespace {

constexpr int MinPhoneDigits = 6;

QString compactName(const QString& name, bool sortWords) {
    QStringList words = text::SearchTokenizer::fold(name).split(u' ', Qt::SkipEmptyParts);
    if (sortWords)
        words.sort();
    return words.join(QString());
}

} // namespace

QString DuplicateHint::describe() const {
    const QString who =
        existing.name.isEmpty() ? existing.uic : existing.uic + QStringLiteral(" (") + existing.name + u')';
    switch (reason) {
    case Reason::SameUic:
        return DuplicateFinder::tr("%1 has the same UIC").arg(who);
    case Reason::SamePhone:
        return DuplicateFinder::tr("%1 has the same phone number").arg(who);
    case Reason::SimilarNameSameBirthYear:
        return DuplicateFinder::tr("%1 has a very similar name and the same birth year").arg(who);
    }
    return who;
}

DuplicateFinder::DuplicateFinder(CaseRepository& repository)
    : m_repository(repository) {}

int DuplicateFinder::editDistance(const QString& a, const QString& b) {
    const auto n = a.size();
    const auto m = b.size();
    std::vector<int> previous(static_cast<size_t>(m + 1));
    std::vector<int> current(static_cast<size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitution = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

bool DuplicateFinder::namesSimilar(const QString& a, const QString& b) {
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return false;
    for (bool sorted : {false, true}) {
        const QString x = compactName(a, sorted);
        const QString y = compactName(b, sorted);
        const auto shorter = std::min(x.size(), y.size());
        // One slip per five characters, at least one: "Somchai"/"Somchay", "Aung Kyaw"/"Aung Kyaw Oo" is not.
        const int allowed = std::max(1, int(shorter / 5));
        if (editDistance(x, y) <= allowed)
            return true;
    }
    return false;
}

Result<QList<DuplicateHint>> DuplicateFinder::find(const Client& candidate) {
    QList<DuplicateHint> hints;
    QSet<QString> seen;
    const auto add = [&](const Client& existing, DuplicateHint::Reason reason) {
        if (existing.id == candidate.id || seen.contains(existing.id))
            return;
        seen.insert(existing.id);
        hints.append({existing, reason});
    };
    const QString uic = Client::normaliseUic(candidate.uic);
    if (!uic.isEmpty()) {
        auto same = m_repository.withUic(uic);
        if (!same.ok())
            return same.error();
        for (const Client& c : *same)
            add(c, DuplicateHint::Reason::SameUic);
    }
    const QString digits = Client::phoneDigits(candidate.phone);
    if (digits.size() >= MinPhoneDigits) {
        auto same = m_repository.withPhoneDigits(digits);
        if (!same.ok())
            return same.error();
        for (const Client& c : *same)
            add(c, DuplicateHint::Reason::SamePhone);
    }
    if (candidate.birthYear && !candidate.name.trimmed().isEmpty()) {
        auto sameYear = m_repository.bornIn(*candidate.birthYear);
        if (!sameYear.ok())
            return sameYear.error();
        for (const Client& c : *sameYear)
            if (namesSimilar(c.name, candidate.name))
                add(c, DuplicateHint::Reason::SimilarNameSameBirthYear);
    }
    return hints;
}

} // namespace corridor::cases

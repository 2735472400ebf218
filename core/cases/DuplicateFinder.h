#pragma once

#include "core/base/Result.h"
#include "core/cases/Client.h"

#include <QCoreApplication>
#include <QList>

namespace corridor::cases {

class CaseRepository;

// Why an existing case file may be the same person as a new one.
struct DuplicateHint {
    enum class Reason { SameUic, SamePhone, SimilarNameSameBirthYear };
    Client existing;
    Reason reason;

    QString describe() const;
};

// Flags possible duplicates: same UIC, same phone number, or a very similar name with the
// same birth year. People are registered again when they move, change phones or give a
// nickname; a hint lets the volunteer open the existing file instead of splitting a history.
class DuplicateFinder {
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)
public:
    explicit DuplicateFinder(CaseRepository& repository);

    [[nodiscard]] Result<QList<DuplicateHint>> find(const Client& candidate);

    // Edit distance between folded names, ignoring spaces and word order.
    static bool namesSimilar(const QString& a, const QString& b);
    static int editDistance(const QString& a, const QString& b);

private:
    CaseRepository& m_repository;
};

} // namespace corridor::cases

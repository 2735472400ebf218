#pragma once

#include "core/session/Session.h"

namespace corridor::session {

// A throwaway vault full of fictional case files for training: trainers teach without real
// data and a newcomer sees a working app at once. Marked as practice inside the vault, so
// every screen can say so.
class PracticeVault {
    Q_DECLARE_TR_FUNCTIONS(PracticeVault)
public:
    static constexpr const char* VolunteerPassphrase = "practice";
    static constexpr const char* CoordinatorPassphrase = "coordinator";

    // Creates the vault in `folder` (which must not hold one) and returns it unlocked for the
    // practice volunteer.
    [[nodiscard]] static Result<std::unique_ptr<Session>>
    create(const QString& folder, const Clock& clock, const QString& language = QStringLiteral("en"), int cases = 120);
};

} // namespace corridor::session

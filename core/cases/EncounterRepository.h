#pragma once

#include "core/base/Result.h"
#include "core/cases/Encounter.h"

#include <QList>
#include <optional>

namespace corridor::storage {
class Database;
}

namespace corridor::cases {

// Reads the contact log (the encounters projection).
class EncounterRepository {
public:
    explicit EncounterRepository(storage::Database& db);

    [[nodiscard]] Result<std::optional<Encounter>> encounter(const QString& id);
    // Newest first.
    [[nodiscard]] Result<QList<Encounter>> forClient(const QString& clientId);

private:
    storage::Database& m_db;
};

} // namespace corridor::cases

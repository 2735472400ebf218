#pragma once

#include "core/base/Result.h"
#include "core/cases/Client.h"
#include "core/cases/FollowUp.h"

#include <QList>
#include <optional>

namespace corridor::storage {
class Database;
}

namespace corridor::cases {

// An open follow-up with the client it is for.
struct DueFollowUp {
    FollowUp followUp;
    Client client;
};

// Reads follow-ups (the followups projection).
class FollowUpRepository {
public:
    explicit FollowUpRepository(storage::Database& db);

    [[nodiscard]] Result<std::optional<FollowUp>> followUp(const QString& id);
    // Open follow-ups of one client, earliest first.
    [[nodiscard]] Result<QList<FollowUp>> forClient(const QString& clientId, bool includeDone);
    // Open follow-ups of active clients due on or before `until`, earliest first.
    [[nodiscard]] Result<QList<DueFollowUp>> due(const QDate& until, const QString& assignedTo = {});

private:
    storage::Database& m_db;
};

} // namespace corridor::cases

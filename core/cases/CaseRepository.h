#pragma once

#include "core/base/Result.h"
#include "core/cases/Client.h"

#include <QDate>
#include <QList>
#include <optional>

namespace corridor::storage {
class Database;
}

namespace corridor::cases {

// A row of the case list.
struct ClientSummary {
    Client client;
    QDate lastContact;
    QDate nextFollowUp; // earliest open follow-up
};

struct ClientFilter {
    QString text;        // search box; empty lists everything
    QString caseStatus;  // empty: any
    QDate followUpDueBy; // valid: only clients with an open follow-up due on or before it
    QString assignedTo;  // empty: anyone
    int limit = 200;
    int offset = 0;
};

// SQL over the clients projection and its full-text index. Reads only: saving goes
// through RecordStore, which keeps these tables up to date.
class CaseRepository {
public:
    explicit CaseRepository(storage::Database& db);

    [[nodiscard]] Result<std::optional<Client>> client(const QString& id);
    [[nodiscard]] Result<QList<ClientSummary>> list(const ClientFilter& filter);
    [[nodiscard]] Result<qint64> count();

    // For duplicate checks.
    [[nodiscard]] Result<QList<Client>> withUic(const QString& normalisedUic);
    [[nodiscard]] Result<QList<Client>> withPhoneDigits(const QString& digits);
    [[nodiscard]] Result<QList<Client>> bornIn(int year);
    // Ids starting with a prefix, or of clients whose UIC matches exactly (for the CLI).
    [[nodiscard]] Result<QStringList> resolve(const QString& idPrefixOrUic);

private:
    [[nodiscard]] Result<QList<Client>> clientsWhere(const char* sql, const QString& parameter);
    storage::Database& m_db;
};

} // namespace corridor::cases

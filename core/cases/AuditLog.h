#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/records/Actor.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace corridor::storage {
class Database;
}

namespace corridor::cases {

struct AuditEntry {
    qint64 sequence = 0;
    qint64 atMs = 0;
    QString userId;
    QString userName;
    QString device;
    QString action; // view, create, update, export, print, erase, unlock, …
    QString recordType;
    QString recordId;
    QString detail; // field names or counts, never the values themselves
};

// Who viewed, created, changed or exported which case file, and when (WHO asks HIV
// software to log every view of an individual record). Append-only: triggers refuse
// UPDATE and DELETE, and each entry carries a hash chained to the one before, so an edit
// made behind Corridor's back with the database key is still detected by verify().
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(storage::Database& db, const Clock& clock);

    void setActor(const records::Actor& actor) { m_actor = actor; }
    [[nodiscard]] Status record(const QString& action, const QString& recordType, const QString& recordId,
                                const QString& detail = {});

    // Reading the log is for coordinators.
    [[nodiscard]] Result<QList<AuditEntry>> entries(const QString& recordId = {}, int limit = 1000);
    // The sequence number of the first entry whose hash does not match, if any.
    [[nodiscard]] Result<std::optional<qint64>> verify();

private:
    static QByteArray hashOf(const QByteArray& previous, const AuditEntry& e);
    storage::Database& m_db;
    const Clock& m_clock;
    records::Actor m_actor;
};

} // namespace corridor::cases

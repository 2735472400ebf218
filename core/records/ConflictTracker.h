#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QCoreApplication>
#include <QList>

namespace corridor::storage {
class Database;
}

namespace corridor::records {

// A write of one field that did not win (or no longer wins): kept so that no value is
// ever lost silently and concurrent edits can be shown side by side.
struct FieldWrite {
    QCborValue value;
    quint64 hlc = 0;
    QByteArray author;
    quint64 previousHlc = 0;
    QByteArray changeset; // hash
};

// Two edits of the same field made without seeing each other: the deterministic winner is
// applied, and the most recent losing value the winner's author had not seen waits here
// for a person to decide. Derived only from the set of writes, so every device that has
// seen the same changesets shows the same conflicts.
struct Conflict {
    QString recordType;
    QString recordId;
    QString field;
    FieldWrite winner;
    FieldWrite loser;
};

class ConflictTracker {
    Q_DECLARE_TR_FUNCTIONS(ConflictTracker)
public:
    explicit ConflictTracker(storage::Database& db);

    [[nodiscard]] Status addLoser(const QString& recordType, const QString& recordId, const QString& field,
                                  const FieldWrite& write);
    // Recomputes the conflict of one field against its current winner.
    [[nodiscard]] Status refresh(const QString& recordType, const QString& recordId, const QString& field,
                                 const FieldWrite& winner);
    [[nodiscard]] Status forgetRecord(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<QList<Conflict>> conflicts(const QString& recordType = {}, const QString& recordId = {});
    [[nodiscard]] Result<qint64> count();

private:
    storage::Database& m_db;
};

} // namespace corridor::records

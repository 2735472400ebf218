#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/records/Changeset.h"
#include "core/records/ConflictTracker.h"
#include "core/records/Hlc.h"
#include "core/records/RecordProjection.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace corridor::crypto {
class DeviceIdentity;
}
namespace corridor::storage {
class Database;
}

namespace corridor::records {

// The current value of one field and the write that put it there.
struct FieldEntry {
    QCborValue value;
    quint64 hlc = 0;
    QByteArray author;
    quint64 previousHlc = 0;
    QByteArray changeset;
};
using FieldEntries = QMap<QString, FieldEntry>;

// One line of a record's history.
struct HistoryEntry {
    QString recordType;
    QString recordId;
    QByteArray hash;
    QByteArray author;
    quint64 sequence = 0;
    quint64 hlc = 0;
    QString userId;
    Changeset::Op op = Changeset::Op::Write;
    std::vector<Changeset::Field> fields; // empty once scrubbed by an erasure
    bool scrubbed = false;
};

// What applying a changeset from another device did.
enum class ApplyOutcome {
    Created,      // the first write to this record here
    Updated,      // a record we had
    Seen,         // already had this changeset
    Erased,       // an erasure, or a write to a record erased here (kept as a header only)
    Equivocation, // the same (author, sequence) with a different hash: refused, an alert
};

// Saves records as signed changesets and derives their current state: for every field,
// the write with the highest (HLC, author device id) wins. Same changesets, any order,
// any number of times: same state. Losing writes are kept, concurrent ones surface as
// conflicts; erasures delete a record and its children everywhere they travel.
class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    RecordStore(storage::Database& db, const crypto::DeviceIdentity& device, const Clock& clock);
    static storage::ModuleSchema schema();

    // Loads the clock and sequence and registers this device's key. Call once after opening.
    [[nodiscard]] Status initialise();

    void setUser(const QString& userId) { m_userId = userId; }
    const QString& userId() const { return m_userId; }
    void addProjection(RecordProjection* projection);
    const crypto::DeviceIdentity& device() const { return m_device; }
    storage::Database& database() { return m_db; }

    // Saves the fields that differ from the record's current values as one changeset.
    // Returns the changeset, or nothing if no field changed.
    [[nodiscard]] Result<std::optional<Changeset>> write(const QString& recordType, const QString& recordId,
                                                         const FieldMap& fields);
    // Settles a conflict: writes the chosen value as a new changeset that has seen both
    // sides, even when it equals the current one.
    [[nodiscard]] Result<Changeset> resolve(const QString& recordType, const QString& recordId, const QString& field,
                                            const QCborValue& value);
    // Erases a record and its children here and, once the changeset travels, everywhere.
    [[nodiscard]] Result<Changeset> erase(const QString& recordType, const QString& recordId, const QString& reason);
    // Applies a verified changeset written on another device (inside the caller's transaction).
    [[nodiscard]] Result<ApplyOutcome> applyRemote(const Changeset& cs);
    // Around many applyRemote calls (one import): the version vector and counters are
    // brought up to date once at the end instead of after every changeset.
    void beginRemoteBatch();
    [[nodiscard]] Status finishRemoteBatch();
    // Records that a changeset of an erased record exists (only its header travels), so
    // sequence numbers stay contiguous. Refused unless the record is erased here too.
    [[nodiscard]] Result<ApplyOutcome> applyErasedStub(const QByteArray& author, quint64 sequence,
                                                       const QByteArray& hash, const QString& recordType,
                                                       const QString& recordId);

    [[nodiscard]] Result<FieldEntries> entries(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<FieldMap> read(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<bool> exists(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<bool> isErased(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<QList<HistoryEntry>> history(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<qint64> changesetCount();
    [[nodiscard]] Result<bool> hasChangeset(const QByteArray& hash);
    // Highest contiguous sequence number seen per author device.
    [[nodiscard]] Result<QMap<QByteArray, quint64>> versionVector();
    ConflictTracker& conflicts() { return m_conflicts; }

    // Every synced record's current state, sorted: two vaults that have seen the same
    // changesets print the same bytes.
    [[nodiscard]] Result<QByteArray> canonicalDump();

    // Re-runs every projection from field_state (after a projection's table changes shape).
    [[nodiscard]] Status rebuildProjections();

    quint64 lastHlc() const { return m_hlc.last(); }
    HlcClock& hlcClock() { return m_hlc; }

private:
    [[nodiscard]] Result<Changeset> signLocal(Changeset cs);
    [[nodiscard]] Status insertChangeset(const Changeset& cs, bool scrubbed = false);
    [[nodiscard]] Status advanceVersionVector(const QByteArray& author);
    [[nodiscard]] Status bookkeeping(const QByteArray& author);
    [[nodiscard]] Status applyWrite(const Changeset& cs, FieldEntries& current, bool* changed);
    [[nodiscard]] Status applyErase(const Changeset& cs);
    [[nodiscard]] Status project(const QString& recordType, const QString& recordId, const FieldEntries& current,
                                 bool created = false);
    [[nodiscard]] Result<QStringList> childrenOf(const QString& recordType, const QString& recordId);
    [[nodiscard]] Status saveCounters();

    storage::Database& m_db;
    const crypto::DeviceIdentity& m_device;
    const Clock& m_clock;
    HlcClock m_hlc;
    quint64 m_nextSequence = 1;
    QString m_userId;
    QHash<QString, RecordProjection*> m_projections;
    bool m_batch = false;
    QSet<QByteArray> m_batchAuthors;
    ConflictTracker m_conflicts;
};

} // namespace corridor::records

#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/records/Changeset.h"
#include "core/records/Hlc.h"
#include "core/records/RecordProjection.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
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
};
using FieldEntries = QMap<QString, FieldEntry>;

// One line of a record's history.
struct HistoryEntry {
    QByteArray hash;
    QByteArray author;
    quint64 sequence = 0;
    quint64 hlc = 0;
    QString userId;
    Changeset::Op op = Changeset::Op::Write;
    std::vector<Changeset::Field> fields; // empty once scrubbed
};

// Saves records as signed changesets and derives their current state: for every field,
// the write with the highest (HLC, author device id) wins. Same changesets, any order,
// any number of times: same state.
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

    // Saves the fields that differ from the record's current values as one changeset.
    // Returns the changeset, or nothing if no field changed.
    [[nodiscard]] Result<std::optional<Changeset>> write(const QString& recordType, const QString& recordId,
                                                         const FieldMap& fields);

    [[nodiscard]] Result<FieldEntries> entries(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<FieldMap> read(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<bool> exists(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<QList<HistoryEntry>> history(const QString& recordType, const QString& recordId);
    [[nodiscard]] Result<qint64> changesetCount();

    // Re-runs every projection from field_state (after a projection's table changes shape).
    [[nodiscard]] Status rebuildProjections();

    quint64 lastHlc() const { return m_hlc.last(); }
    HlcClock& hlcClock() { return m_hlc; }

private:
    [[nodiscard]] Status insertChangeset(const Changeset& cs);
    [[nodiscard]] Status applyFields(const Changeset& cs, FieldEntries& current);
    [[nodiscard]] Status saveCounters();

    storage::Database& m_db;
    const crypto::DeviceIdentity& m_device;
    const Clock& m_clock;
    HlcClock m_hlc;
    quint64 m_nextSequence = 1;
    QString m_userId;
    QHash<QString, RecordProjection*> m_projections;
};

} // namespace corridor::records

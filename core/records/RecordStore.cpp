#include "core/records/RecordStore.h"

#include "core/base/Cbor.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace corridor::records {
namespace {

// (HLC, author device id) decides which write of a field wins, the same way everywhere.
bool wins(quint64 hlc, const QByteArray& author, const FieldEntry& current) {
    return hlc > current.hlc || (hlc == current.hlc && author > current.author);
}

// The values of a record and the newest HLC among them.
std::pair<FieldMap, quint64> currentState(const FieldEntries& entries) {
    FieldMap values;
    quint64 newest = 0;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        values.insert(it.key(), it.value().value);
        newest = std::max(newest, it.value().hlc);
    }
    return {values, newest};
}

QCborValue decodeStored(const QByteArray& bytes) {
    auto value = Cbor::decode(bytes);
    return value.ok() ? *value : QCborValue();
}

} // namespace

storage::ModuleSchema RecordStore::schema() {
    return {QStringLiteral("records"), {storage::Migration::sql(1, R"sql(
CREATE TABLE changesets (
  rowid INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  author BLOB NOT NULL,
  seq INTEGER NOT NULL,
  hlc INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op INTEGER NOT NULL,
  body BLOB,
  signature BLOB NOT NULL,
  received_at INTEGER NOT NULL,
  UNIQUE (author, seq));
CREATE INDEX changesets_record ON changesets(record_type, record_id, hlc);
CREATE TABLE field_state (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value BLOB NOT NULL,
  hlc INTEGER NOT NULL,
  author BLOB NOT NULL,
  UNIQUE (record_type, record_id, field));
CREATE TABLE device_keys (device_id BLOB PRIMARY KEY, public_key BLOB NOT NULL);
CREATE TABLE version_vector (device_id BLOB PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE record_counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
)sql")}};
}

RecordStore::RecordStore(storage::Database& db, const crypto::DeviceIdentity& device, const Clock& clock)
    : m_db(db)
    , m_device(device)
    , m_clock(clock)
    , m_hlc(clock, 0) {}

Status RecordStore::initialise() {
    auto st = m_db.prepare("SELECT key, value FROM record_counters");
    if (!st.ok())
        return st.error();
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        if (st->text(0) == QLatin1String("hlc"))
            m_hlc.restore(quint64(st->integer(1)));
        else if (st->text(0) == QLatin1String("next_seq"))
            m_nextSequence = quint64(st->integer(1));
    }
    auto key = m_db.prepare("INSERT OR IGNORE INTO device_keys(device_id, public_key) VALUES (?1, ?2)");
    if (!key.ok())
        return key.error();
    key->bind(1, m_device.id()).bind(2, m_device.publicKey());
    CORRIDOR_TRY(key->run());
    // The rows that every save updates exist from the start, so saves never need an upsert.
    CORRIDOR_TRY(m_db.exec("INSERT OR IGNORE INTO record_counters(key, value) VALUES ('hlc', 0), ('next_seq', 1);"));
    auto vv = m_db.prepare("INSERT OR IGNORE INTO version_vector(device_id, seq) VALUES (?1, 0)");
    if (!vv.ok())
        return vv.error();
    vv->bind(1, m_device.id());
    return vv->run();
}

void RecordStore::addProjection(RecordProjection* projection) {
    m_projections.insert(projection->recordType(), projection);
}

Result<FieldEntries> RecordStore::entries(const QString& recordType, const QString& recordId) {
    auto st =
        m_db.prepare("SELECT field, value, hlc, author FROM field_state WHERE record_type = ?1 AND record_id = ?2");
    if (!st.ok())
        return st.error();
    st->bind(1, recordType).bind(2, recordId);
    FieldEntries out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.insert(st->text(0), FieldEntry{decodeStored(st->blob(1)), quint64(st->integer(2)), st->blob(3)});
    }
    return out;
}

Result<FieldMap> RecordStore::read(const QString& recordType, const QString& recordId) {
    auto current = entries(recordType, recordId);
    if (!current.ok())
        return current.error();
    return currentState(*current).first;
}

Result<bool> RecordStore::exists(const QString& recordType, const QString& recordId) {
    auto st = m_db.prepare("SELECT 1 FROM field_state WHERE record_type = ?1 AND record_id = ?2 LIMIT 1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordType).bind(2, recordId);
    return st->step();
}

Result<std::optional<Changeset>> RecordStore::write(const QString& recordType, const QString& recordId,
                                                    const FieldMap& fields) {
    if (m_userId.isEmpty())
        return Error(ErrorCode::Locked, tr("no user is signed in"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto current = entries(recordType, recordId);
    if (!current.ok())
        return current.error();

    Changeset cs;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const auto existing = current->constFind(it.key());
        if (existing != current->constEnd() && Cbor::encode(existing->value) == Cbor::encode(it.value()))
            continue;
        if (existing == current->constEnd() && it.value().isNull())
            continue; // clearing a field that was never set
        cs.fields.push_back({it.key(), it.value(), existing == current->constEnd() ? 0 : existing->hlc});
    }
    if (cs.fields.empty()) {
        CORRIDOR_TRY(tx->commit());
        return std::optional<Changeset>();
    }
    cs.sequence = m_nextSequence;
    cs.hlc = m_hlc.now();
    cs.userId = m_userId;
    cs.recordType = recordType;
    cs.recordId = recordId;
    cs.sign(m_device);

    CORRIDOR_TRY(insertChangeset(cs));
    CORRIDOR_TRY(applyFields(cs, *current));
    ++m_nextSequence;
    auto vv = m_db.prepare("UPDATE version_vector SET seq = ?2 WHERE device_id = ?1");
    if (!vv.ok())
        return vv.error();
    vv->bind(1, cs.author).bind(2, qint64(cs.sequence));
    CORRIDOR_TRY(vv->run());
    CORRIDOR_TRY(saveCounters());
    auto committed = tx->commit();
    if (!committed.ok()) {
        --m_nextSequence;
        return committed.error();
    }
    return std::optional<Changeset>(std::move(cs));
}

Status RecordStore::insertChangeset(const Changeset& cs) {
    auto st = m_db.prepare("INSERT INTO changesets(hash, author, seq, hlc, user_id, record_type, record_id, op, body, "
                           "signature, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st.ok())
        return st.error();
    st->bind(1, cs.hash)
        .bind(2, cs.author)
        .bind(3, qint64(cs.sequence))
        .bind(4, qint64(cs.hlc))
        .bind(5, cs.userId)
        .bind(6, cs.recordType)
        .bind(7, cs.recordId)
        .bind(8, qint64(cs.op))
        .bind(9, cs.body)
        .bind(10, cs.signature)
        .bind(11, m_clock.nowMs());
    return st->run();
}

Status RecordStore::applyFields(const Changeset& cs, FieldEntries& current) {
    // Plain INSERT or UPDATE on rowid tables: REPLACE, or any write to a WITHOUT ROWID
    // table, needs a statement journal, and SQLCipher encrypts every page of it (up to 7x
    // slower saves).
    auto insert = m_db.prepare("INSERT INTO field_state(record_type, record_id, field, value, hlc, author) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert.ok())
        return insert.error();
    auto update = m_db.prepare("UPDATE field_state SET value = ?4, hlc = ?5, author = ?6 "
                               "WHERE record_type = ?1 AND record_id = ?2 AND field = ?3");
    if (!update.ok())
        return update.error();
    bool changed = false;
    for (const Changeset::Field& f : cs.fields) {
        const auto existing = current.constFind(f.name);
        if (existing != current.constEnd() && !wins(cs.hlc, cs.author, *existing))
            continue;
        storage::Statement& st = existing == current.constEnd() ? *insert : *update;
        st.bind(1, cs.recordType)
            .bind(2, cs.recordId)
            .bind(3, f.name)
            .bind(4, Cbor::encode(f.value))
            .bind(5, qint64(cs.hlc))
            .bind(6, cs.author);
        CORRIDOR_TRY(st.run());
        st.reset();
        current.insert(f.name, FieldEntry{f.value, cs.hlc, cs.author});
        changed = true;
    }
    if (!changed)
        return success();
    RecordProjection* projection = m_projections.value(cs.recordType);
    if (!projection)
        return success();
    const auto [merged, newest] = currentState(current);
    return projection->project(m_db, cs.recordId, merged, newest);
}

Status RecordStore::saveCounters() {
    auto st = m_db.prepare("UPDATE record_counters SET value = ?2 WHERE key = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, QStringLiteral("hlc")).bind(2, qint64(m_hlc.last()));
    CORRIDOR_TRY(st->run());
    st->reset();
    st->bind(1, QStringLiteral("next_seq")).bind(2, qint64(m_nextSequence));
    return st->run();
}

Result<QList<HistoryEntry>> RecordStore::history(const QString& recordType, const QString& recordId) {
    auto st = m_db.prepare("SELECT hash, author, seq, hlc, user_id, op, body, signature FROM changesets "
                           "WHERE record_type = ?1 AND record_id = ?2 ORDER BY hlc, author");
    if (!st.ok())
        return st.error();
    st->bind(1, recordType).bind(2, recordId);
    QList<HistoryEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        HistoryEntry entry;
        entry.hash = st->blob(0);
        entry.author = st->blob(1);
        entry.sequence = quint64(st->integer(2));
        entry.hlc = quint64(st->integer(3));
        entry.userId = st->text(4);
        entry.op = static_cast<Changeset::Op>(st->integer(5));
        if (!st->isNull(6)) {
            auto cs = Changeset::decode(st->blob(6), st->blob(7));
            if (cs.ok())
                entry.fields = cs->fields;
        }
        out.append(entry);
    }
    return out;
}

Result<qint64> RecordStore::changesetCount() {
    auto st = m_db.prepare("SELECT count(*) FROM changesets");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->integer(0);
}

Status RecordStore::rebuildProjections() {
    for (RecordProjection* projection : std::as_const(m_projections)) {
        auto st = m_db.prepare("SELECT DISTINCT record_id FROM field_state WHERE record_type = ?1");
        if (!st.ok())
            return st.error();
        st->bind(1, projection->recordType());
        QStringList ids;
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            ids << st->text(0);
        }
        for (const QString& id : ids) {
            auto current = entries(projection->recordType(), id);
            if (!current.ok())
                return current.error();
            const auto [merged, newest] = currentState(*current);
            CORRIDOR_TRY(projection->project(m_db, id, merged, newest));
        }
    }
    return success();
}

} // namespace corridor::records

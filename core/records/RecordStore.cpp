#include "core/records/RecordStore.h"

#include "core/base/Cbor.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCborArray>
#include <QSet>
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

FieldWrite asWrite(const FieldEntry& e) {
    return {e.value, e.hlc, e.author, e.previousHlc, e.changeset};
}

// Children are named in an erasure as "type:id".
std::pair<QString, QString> splitChild(const QString& text) {
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 ? std::pair{text.left(colon), text.mid(colon + 1)} : std::pair{QString(), QString()};
}

} // namespace

RecordStore::RecordStore(storage::Database& db, const crypto::DeviceIdentity& device, const Clock& clock)
    : m_db(db)
    , m_device(device)
    , m_clock(clock)
    , m_hlc(clock, 0)
    , m_conflicts(db) {}

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
    auto st = m_db.prepare("SELECT field, value, hlc, author, prev_hlc, changeset FROM field_state "
                           "WHERE record_type = ?1 AND record_id = ?2");
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
        out.insert(st->text(0), FieldEntry{decodeStored(st->blob(1)), quint64(st->integer(2)), st->blob(3),
                                           quint64(st->integer(4)), st->blob(5)});
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

Result<bool> RecordStore::isErased(const QString& recordType, const QString& recordId) {
    auto st = m_db.prepare("SELECT 1 FROM tombstones WHERE record_type = ?1 AND record_id = ?2");
    if (!st.ok())
        return st.error();
    st->bind(1, recordType).bind(2, recordId);
    return st->step();
}

Result<bool> RecordStore::hasChangeset(const QByteArray& hash) {
    auto st = m_db.prepare("SELECT 1 FROM changesets WHERE hash = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, hash);
    return st->step();
}

Result<Changeset> RecordStore::signLocal(Changeset cs) {
    cs.sequence = m_nextSequence;
    cs.hlc = m_hlc.now();
    cs.userId = m_userId;
    cs.sign(m_device);
    return cs;
}

Result<std::optional<Changeset>> RecordStore::write(const QString& recordType, const QString& recordId,
                                                    const FieldMap& fields) {
    if (m_userId.isEmpty())
        return Error(ErrorCode::Locked, tr("no user is signed in"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto erased = isErased(recordType, recordId);
    if (!erased.ok())
        return erased.error();
    if (*erased)
        return Error(ErrorCode::NotFound, tr("this record was erased and cannot be changed"));
    auto current = entries(recordType, recordId);
    if (!current.ok())
        return current.error();

    Changeset draft;
    draft.recordType = recordType;
    draft.recordId = recordId;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const auto existing = current->constFind(it.key());
        if (existing != current->constEnd() && Cbor::encode(existing->value) == Cbor::encode(it.value()))
            continue;
        if (existing == current->constEnd() && it.value().isNull())
            continue; // clearing a field that was never set
        draft.fields.push_back({it.key(), it.value(), existing == current->constEnd() ? 0 : existing->hlc});
    }
    if (draft.fields.empty()) {
        CORRIDOR_TRY(tx->commit());
        return std::optional<Changeset>();
    }
    auto cs = signLocal(std::move(draft));
    if (!cs.ok())
        return cs.error();
    CORRIDOR_TRY(insertChangeset(*cs));
    bool changed = false;
    CORRIDOR_TRY(applyWrite(*cs, *current, &changed));
    ++m_nextSequence;
    CORRIDOR_TRY(advanceVersionVector(cs->author));
    CORRIDOR_TRY(saveCounters());
    auto committed = tx->commit();
    if (!committed.ok()) {
        --m_nextSequence;
        return committed.error();
    }
    return std::optional<Changeset>(std::move(*cs));
}

Result<Changeset> RecordStore::resolve(const QString& recordType, const QString& recordId, const QString& field,
                                       const QCborValue& value) {
    if (m_userId.isEmpty())
        return Error(ErrorCode::Locked, tr("no user is signed in"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto current = entries(recordType, recordId);
    if (!current.ok())
        return current.error();
    const auto existing = current->constFind(field);
    if (existing == current->constEnd())
        return Error(ErrorCode::NotFound, tr("the record has no field %1").arg(field));
    Changeset draft;
    draft.recordType = recordType;
    draft.recordId = recordId;
    draft.fields.push_back({field, value, existing->hlc});
    auto cs = signLocal(std::move(draft));
    if (!cs.ok())
        return cs.error();
    CORRIDOR_TRY(insertChangeset(*cs));
    bool changed = false;
    CORRIDOR_TRY(applyWrite(*cs, *current, &changed));
    ++m_nextSequence;
    CORRIDOR_TRY(advanceVersionVector(cs->author));
    CORRIDOR_TRY(saveCounters());
    auto committed = tx->commit();
    if (!committed.ok()) {
        --m_nextSequence;
        return committed.error();
    }
    return *cs;
}

Result<Changeset> RecordStore::erase(const QString& recordType, const QString& recordId, const QString& reason) {
    if (m_userId.isEmpty())
        return Error(ErrorCode::Locked, tr("no user is signed in"));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto erased = isErased(recordType, recordId);
    if (!erased.ok())
        return erased.error();
    if (*erased)
        return Error(ErrorCode::NotFound, tr("this record was already erased"));
    auto children = childrenOf(recordType, recordId);
    if (!children.ok())
        return children.error();
    QCborArray childList;
    for (const QString& child : *children)
        childList.append(child);
    Changeset draft;
    draft.recordType = recordType;
    draft.recordId = recordId;
    draft.op = Changeset::Op::Erase;
    draft.fields.push_back({QStringLiteral("children"), childList, 0});
    draft.fields.push_back({QStringLiteral("reason"), reason, 0});
    auto cs = signLocal(std::move(draft));
    if (!cs.ok())
        return cs.error();
    CORRIDOR_TRY(insertChangeset(*cs));
    CORRIDOR_TRY(applyErase(*cs));
    ++m_nextSequence;
    CORRIDOR_TRY(advanceVersionVector(cs->author));
    CORRIDOR_TRY(saveCounters());
    auto committed = tx->commit();
    if (!committed.ok()) {
        --m_nextSequence;
        return committed.error();
    }
    return *cs;
}

void RecordStore::beginRemoteBatch() {
    m_batch = true;
    m_batchAuthors.clear();
}

Status RecordStore::finishRemoteBatch() {
    m_batch = false;
    for (const QByteArray& author : std::as_const(m_batchAuthors))
        CORRIDOR_TRY(advanceVersionVector(author));
    m_batchAuthors.clear();
    return saveCounters();
}

Status RecordStore::bookkeeping(const QByteArray& author) {
    if (m_batch) {
        m_batchAuthors.insert(author);
        return success();
    }
    CORRIDOR_TRY(advanceVersionVector(author));
    return saveCounters();
}

Result<ApplyOutcome> RecordStore::applyRemote(const Changeset& cs) {
    auto same = m_db.prepare("SELECT hash FROM changesets WHERE author = ?1 AND seq = ?2");
    if (!same.ok())
        return same.error();
    same->bind(1, cs.author).bind(2, qint64(cs.sequence));
    auto row = same->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return same->blob(0) == cs.hash ? ApplyOutcome::Seen : ApplyOutcome::Equivocation;
    same->reset();
    m_hlc.observe(cs.hlc);

    auto erased = isErased(cs.recordType, cs.recordId);
    if (!erased.ok())
        return erased.error();
    if (*erased && cs.op == Changeset::Op::Write) {
        // A late write to an erased record: remember that it was seen, keep nothing of it.
        CORRIDOR_TRY(insertChangeset(cs, true));
        CORRIDOR_TRY(bookkeeping(cs.author));
        return ApplyOutcome::Erased;
    }
    CORRIDOR_TRY(insertChangeset(cs));
    CORRIDOR_TRY(bookkeeping(cs.author));
    if (cs.op == Changeset::Op::Erase) {
        if (!*erased)
            CORRIDOR_TRY(applyErase(cs));
        return ApplyOutcome::Erased;
    }
    auto current = entries(cs.recordType, cs.recordId);
    if (!current.ok())
        return current.error();
    const bool existed = !current->isEmpty();
    bool changed = false;
    CORRIDOR_TRY(applyWrite(cs, *current, &changed));
    return existed ? ApplyOutcome::Updated : ApplyOutcome::Created;
}

Result<ApplyOutcome> RecordStore::applyErasedStub(const QByteArray& author, quint64 sequence, const QByteArray& hash,
                                                  const QString& recordType, const QString& recordId) {
    auto same = m_db.prepare("SELECT hash FROM changesets WHERE author = ?1 AND seq = ?2");
    if (!same.ok())
        return same.error();
    same->bind(1, author).bind(2, qint64(sequence));
    auto row = same->step();
    if (!row.ok())
        return row.error();
    if (*row)
        return same->blob(0) == hash ? ApplyOutcome::Seen : ApplyOutcome::Equivocation;
    same->reset();
    auto erased = isErased(recordType, recordId);
    if (!erased.ok())
        return erased.error();
    if (!*erased)
        return Error(ErrorCode::InvalidInput, tr("an erased changeset of a record that is not erased here"));
    Changeset stub;
    stub.author = author;
    stub.sequence = sequence;
    stub.hash = hash;
    stub.recordType = recordType;
    stub.recordId = recordId;
    CORRIDOR_TRY(insertChangeset(stub, true));
    CORRIDOR_TRY(bookkeeping(author));
    return ApplyOutcome::Erased;
}

Status RecordStore::insertChangeset(const Changeset& cs, bool scrubbed) {
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
        .bind(10, cs.signature.isNull() ? QByteArray("") : cs.signature)
        .bind(11, m_clock.nowMs());
    if (scrubbed)
        st->bindNull(9);
    else
        st->bind(9, cs.body);
    return st->run();
}

Status RecordStore::advanceVersionVector(const QByteArray& author) {
    auto current = m_db.prepare("SELECT seq FROM version_vector WHERE device_id = ?1");
    if (!current.ok())
        return current.error();
    current->bind(1, author);
    auto row = current->step();
    if (!row.ok())
        return row.error();
    const bool known = *row;
    quint64 contiguous = known ? quint64(current->integer(0)) : 0;
    current->reset();
    auto next = m_db.prepare("SELECT seq FROM changesets WHERE author = ?1 AND seq > ?2 ORDER BY seq");
    if (!next.ok())
        return next.error();
    next->bind(1, author).bind(2, qint64(contiguous));
    for (;;) {
        auto more = next->step();
        if (!more.ok())
            return more.error();
        if (!*more || quint64(next->integer(0)) != contiguous + 1)
            break;
        ++contiguous;
    }
    next->reset();
    auto save = m_db.prepare(known ? "UPDATE version_vector SET seq = ?2 WHERE device_id = ?1"
                                   : "INSERT INTO version_vector(device_id, seq) VALUES (?1, ?2)");
    if (!save.ok())
        return save.error();
    save->bind(1, author).bind(2, qint64(contiguous));
    return save->run();
}

Status RecordStore::applyWrite(const Changeset& cs, FieldEntries& current, bool* changed) {
    // Plain INSERT or UPDATE on rowid tables: REPLACE, or any write to a WITHOUT ROWID
    // table, needs a statement journal, and SQLCipher encrypts every page of it (up to 7x
    // slower saves).
    auto insert = m_db.prepare("INSERT INTO field_state(record_type, record_id, field, value, hlc, author, prev_hlc, "
                               "changeset) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert.ok())
        return insert.error();
    auto update =
        m_db.prepare("UPDATE field_state SET value = ?4, hlc = ?5, author = ?6, prev_hlc = ?7, changeset = ?8 "
                     "WHERE record_type = ?1 AND record_id = ?2 AND field = ?3");
    if (!update.ok())
        return update.error();
    *changed = false;
    const bool created = current.isEmpty();
    const QByteArray type = cs.recordType.toUtf8(); // converted once for all the fields
    const QByteArray id = cs.recordId.toUtf8();
    for (const Changeset::Field& f : cs.fields) {
        const FieldWrite incoming{f.value, cs.hlc, cs.author, f.previousHlc, cs.hash};
        const auto existing = current.constFind(f.name);
        if (existing != current.constEnd() && !wins(cs.hlc, cs.author, *existing)) {
            // It lost: keep it, and see whether it is a conflict the winner's author missed.
            CORRIDOR_TRY(m_conflicts.addLoser(cs.recordType, cs.recordId, f.name, incoming));
            CORRIDOR_TRY(m_conflicts.refresh(cs.recordType, cs.recordId, f.name, asWrite(*existing)));
            continue;
        }
        const bool displaced = existing != current.constEnd();
        if (displaced)
            CORRIDOR_TRY(m_conflicts.addLoser(cs.recordType, cs.recordId, f.name, asWrite(*existing)));
        storage::Statement& st = displaced ? *update : *insert;
        st.bindUtf8(1, type)
            .bindUtf8(2, id)
            .bind(3, f.name)
            .bind(4, Cbor::encode(f.value))
            .bind(5, qint64(cs.hlc))
            .bind(6, cs.author)
            .bind(7, qint64(f.previousHlc))
            .bind(8, cs.hash);
        CORRIDOR_TRY(st.run());
        st.reset();
        current.insert(f.name, FieldEntry{f.value, cs.hlc, cs.author, f.previousHlc, cs.hash});
        if (displaced)
            CORRIDOR_TRY(m_conflicts.refresh(cs.recordType, cs.recordId, f.name, incoming));
        *changed = true;
    }
    if (!*changed)
        return success();
    return project(cs.recordType, cs.recordId, current, created);
}

Status RecordStore::project(const QString& recordType, const QString& recordId, const FieldEntries& current,
                            bool created) {
    RecordProjection* projection = m_projections.value(recordType);
    if (!projection)
        return success();
    const auto [merged, newest] = currentState(current);
    return created ? projection->projectNew(m_db, recordId, merged, newest)
                   : projection->project(m_db, recordId, merged, newest);
}

Result<QStringList> RecordStore::childrenOf(const QString& recordType, const QString& recordId) {
    QStringList out;
    for (RecordProjection* projection : std::as_const(m_projections)) {
        auto ids = projection->childrenOf(m_db, recordType, recordId);
        if (!ids.ok())
            return ids.error();
        for (const QString& id : *ids)
            out << projection->recordType() + u':' + id;
    }
    out.sort();
    return out;
}

Status RecordStore::applyErase(const Changeset& cs) {
    QSet<std::pair<QString, QString>> targets{{cs.recordType, cs.recordId}};
    if (const Changeset::Field* listed = cs.field(QStringLiteral("children")))
        for (const QCborValue& child : listed->value.toArray())
            if (const auto [type, id] = splitChild(child.toString()); !type.isEmpty())
                targets.insert({type, id});
    auto local = childrenOf(cs.recordType, cs.recordId);
    if (!local.ok())
        return local.error();
    for (const QString& child : *local)
        targets.insert(splitChild(child));

    for (const auto& [type, id] : targets) {
        if (RecordProjection* projection = m_projections.value(type))
            CORRIDOR_TRY(projection->remove(m_db, id));
        CORRIDOR_TRY(m_conflicts.forgetRecord(type, id));
        for (const char* sql : {"DELETE FROM field_state WHERE record_type = ?1 AND record_id = ?2",
                                "INSERT OR IGNORE INTO tombstones(record_type, record_id, hlc, author, changeset) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)",
                                "UPDATE changesets SET body = NULL WHERE record_type = ?1 AND record_id = ?2 "
                                "AND hash != ?5 AND body IS NOT NULL"}) {
            auto st = m_db.prepare(sql);
            if (!st.ok())
                return st.error();
            st->bind(1, type).bind(2, id);
            if (QByteArray(sql).contains("?3"))
                st->bind(3, qint64(cs.hlc)).bind(4, cs.author);
            if (QByteArray(sql).contains("?5"))
                st->bind(5, cs.hash);
            CORRIDOR_TRY(st->run());
        }
    }
    return success();
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
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.hash = st->blob(0);
        entry.author = st->blob(1);
        entry.sequence = quint64(st->integer(2));
        entry.hlc = quint64(st->integer(3));
        entry.userId = st->text(4);
        entry.op = static_cast<Changeset::Op>(st->integer(5));
        entry.scrubbed = st->isNull(6);
        if (!entry.scrubbed) {
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

Result<QMap<QByteArray, quint64>> RecordStore::versionVector() {
    auto st = m_db.prepare("SELECT device_id, seq FROM version_vector WHERE seq > 0");
    if (!st.ok())
        return st.error();
    QMap<QByteArray, quint64> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.insert(st->blob(0), quint64(st->integer(1)));
    }
    return out;
}

Result<QByteArray> RecordStore::canonicalDump() {
    QByteArray out;
    const auto dump = [&](const char* sql, const char* label) -> Status {
        auto st = m_db.prepare(sql);
        if (!st.ok())
            return st.error();
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                return success();
            out += label;
            for (int column = 0; column < 6; ++column) {
                if (st->isNull(column))
                    break;
                out += ' ';
                out += st->blob(column).toHex();
            }
            out += '\n';
        }
    };
    CORRIDOR_TRY(dump("SELECT CAST(record_type AS BLOB), CAST(record_id AS BLOB), CAST(field AS BLOB), value, "
                      "CAST(hlc AS TEXT), author FROM field_state ORDER BY record_type, record_id, field",
                      "field"));
    CORRIDOR_TRY(dump("SELECT CAST(record_type AS BLOB), CAST(record_id AS BLOB), CAST(hlc AS TEXT), author "
                      "FROM tombstones ORDER BY record_type, record_id",
                      "erased"));
    CORRIDOR_TRY(dump("SELECT CAST(record_type AS BLOB), CAST(record_id AS BLOB), CAST(field AS BLOB), "
                      "winner_changeset, loser_changeset FROM conflicts ORDER BY record_type, record_id, field",
                      "conflict"));
    return out;
}

Status RecordStore::rebuildProjections() {
    for (RecordProjection* projection : std::as_const(m_projections)) {
        auto st = m_db.prepare("SELECT DISTINCT record_id FROM field_state WHERE record_type = ?1");
        if (!st.ok())
            return st.error();
        st->bind(1, projection->recordType());
        auto ids = st->texts();
        if (!ids.ok())
            return ids.error();
        for (const QString& id : *ids) {
            auto current = entries(projection->recordType(), id);
            if (!current.ok())
                return current.error();
            CORRIDOR_TRY(project(projection->recordType(), id, *current));
        }
    }
    return success();
}

} // namespace corridor::records

#include "core/records/ConflictTracker.h"

#include "core/base/Cbor.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::records {
namespace {

QCborValue decodeValue(const QByteArray& bytes) {
    auto value = Cbor::decode(bytes);
    return value.ok() ? *value : QCborValue();
}

} // namespace

ConflictTracker::ConflictTracker(storage::Database& db)
    : m_db(db) {}

Status ConflictTracker::addLoser(const QString& recordType, const QString& recordId, const QString& field,
                                 const FieldWrite& write) {
    auto st = m_db.prepare("INSERT INTO field_losers(record_type, record_id, field, value, hlc, author, prev_hlc, "
                           "changeset) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!st.ok())
        return st.error();
    st->bind(1, recordType)
        .bind(2, recordId)
        .bind(3, field)
        .bind(4, Cbor::encode(write.value))
        .bind(5, qint64(write.hlc))
        .bind(6, write.author)
        .bind(7, qint64(write.previousHlc))
        .bind(8, write.changeset);
    return st->run();
}

Status ConflictTracker::refresh(const QString& recordType, const QString& recordId, const QString& field,
                                const FieldWrite& winner) {
    // The newest losing write the winner's author had not seen (newer than what the
    // winner replaced) whose value differs from the winner's.
    auto find = m_db.prepare("SELECT value, hlc, author, prev_hlc, changeset FROM field_losers "
                             "WHERE record_type = ?1 AND record_id = ?2 AND field = ?3 AND hlc > ?4 AND value != ?5 "
                             "ORDER BY hlc DESC, author DESC LIMIT 1");
    if (!find.ok())
        return find.error();
    const QByteArray winnerValue = Cbor::encode(winner.value);
    find->bind(1, recordType).bind(2, recordId).bind(3, field).bind(4, qint64(winner.previousHlc)).bind(5, winnerValue);
    auto row = find->step();
    if (!row.ok())
        return row.error();
    if (!*row) {
        auto drop = m_db.prepare("DELETE FROM conflicts WHERE record_type = ?1 AND record_id = ?2 AND field = ?3");
        if (!drop.ok())
            return drop.error();
        drop->bind(1, recordType).bind(2, recordId).bind(3, field);
        return drop->run();
    }
    const QByteArray loserValue = find->blob(0);
    const qint64 loserHlc = find->integer(1);
    const QByteArray loserAuthor = find->blob(2);
    const qint64 loserPrev = find->integer(3);
    const QByteArray loserHash = find->blob(4);
    find->reset();
    return storage::upsert(
        m_db,
        "UPDATE conflicts SET winner_value = ?4, winner_hlc = ?5, winner_author = ?6, winner_prev = ?7, "
        "winner_changeset = ?8, loser_value = ?9, loser_hlc = ?10, loser_author = ?11, loser_prev = ?12, "
        "loser_changeset = ?13 WHERE record_type = ?1 AND record_id = ?2 AND field = ?3",
        "INSERT INTO conflicts(record_type, record_id, field, winner_value, winner_hlc, winner_author, winner_prev, "
        "winner_changeset, loser_value, loser_hlc, loser_author, loser_prev, loser_changeset) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        [&](storage::Statement& st) {
            st.bind(1, recordType)
                .bind(2, recordId)
                .bind(3, field)
                .bind(4, winnerValue)
                .bind(5, qint64(winner.hlc))
                .bind(6, winner.author)
                .bind(7, qint64(winner.previousHlc))
                .bind(8, winner.changeset)
                .bind(9, loserValue)
                .bind(10, loserHlc)
                .bind(11, loserAuthor)
                .bind(12, loserPrev)
                .bind(13, loserHash);
        });
}

Status ConflictTracker::forgetRecord(const QString& recordType, const QString& recordId) {
    for (const char* sql : {"DELETE FROM field_losers WHERE record_type = ?1 AND record_id = ?2",
                            "DELETE FROM conflicts WHERE record_type = ?1 AND record_id = ?2"}) {
        auto st = m_db.prepare(sql);
        if (!st.ok())
            return st.error();
        st->bind(1, recordType).bind(2, recordId);
        CORRIDOR_TRY(st->run());
    }
    return success();
}

Result<QList<Conflict>> ConflictTracker::conflicts(const QString& recordType, const QString& recordId) {
    auto st =
        m_db.prepare("SELECT record_type, record_id, field, winner_value, winner_hlc, winner_author, winner_prev, "
                     "winner_changeset, loser_value, loser_hlc, loser_author, loser_prev, loser_changeset "
                     "FROM conflicts WHERE (?1 IS NULL OR record_type = ?1) AND (?2 IS NULL OR record_id = ?2) "
                     "ORDER BY record_type, record_id, field");
    if (!st.ok())
        return st.error();
    st->bindTextOrNull(1, recordType).bindTextOrNull(2, recordId);
    QList<Conflict> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        Conflict c;
        c.recordType = st->text(0);
        c.recordId = st->text(1);
        c.field = st->text(2);
        c.winner = {decodeValue(st->blob(3)), quint64(st->integer(4)), st->blob(5), quint64(st->integer(6)),
                    st->blob(7)};
        c.loser = {decodeValue(st->blob(8)), quint64(st->integer(9)), st->blob(10), quint64(st->integer(11)),
                   st->blob(12)};
        out.append(c);
    }
    return out;
}

Result<qint64> ConflictTracker::count() {
    auto st = m_db.prepare("SELECT count(*) FROM conflicts");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->integer(0);
}

} // namespace corridor::records

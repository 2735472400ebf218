#include "core/cases/AuditLog.h"

#include "core/crypto/Hash.h"
#include "core/storage/Database.h"

namespace corridor::cases {

AuditLog::AuditLog(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock) {}

QByteArray AuditLog::hashOf(const QByteArray& previous, const AuditEntry& e) {
    QByteArray data = previous;
    for (const QString& part : {QString::number(e.sequence), QString::number(e.atMs), e.userId, e.userName, e.device,
                                e.action, e.recordType, e.recordId, e.detail})
        data += part.toUtf8() + '\x1f';
    return crypto::Hash::blake2b(data, 32);
}

Status AuditLog::record(const QString& action, const QString& recordType, const QString& recordId,
                        const QString& detail) {
    auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last.ok())
        return last.error();
    auto row = last->step();
    if (!row.ok())
        return row.error();
    const qint64 previousSequence = *row ? last->integer(0) : 0;
    const QByteArray previousHash = *row ? last->blob(1) : QByteArray(32, '\0');
    last->reset();

    AuditEntry e{previousSequence + 1, m_clock.nowMs(), m_actor.userId, m_actor.userName, m_actor.deviceId, action,
                 recordType,           recordId,        detail};
    auto st = m_db.prepare("INSERT INTO audit_log(seq, at, user_id, user_name, device, action, record_type, record_id, "
                           "detail, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!st.ok())
        return st.error();
    st->bind(1, e.sequence)
        .bind(2, e.atMs)
        .bind(3, e.userId)
        .bind(4, e.userName)
        .bind(5, e.device)
        .bind(6, e.action)
        .bind(7, e.recordType)
        .bind(8, e.recordId)
        .bind(9, e.detail)
        .bind(10, hashOf(previousHash, e));
    return st->run();
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& recordId, int limit) {
    if (!m_actor.isCoordinator())
        return Error(ErrorCode::PermissionDenied, tr("Only coordinators can read the audit log."));
    auto st = m_db.prepare("SELECT seq, at, user_id, user_name, device, action, record_type, record_id, detail "
                           "FROM audit_log WHERE (?1 IS NULL OR record_id = ?1) ORDER BY seq DESC LIMIT ?2");
    if (!st.ok())
        return st.error();
    st->bindTextOrNull(1, recordId).bind(2, qint64(limit));
    QList<AuditEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append({st->integer(0), st->integer(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                    st->text(7), st->text(8)});
    }
    return out;
}

Result<std::optional<qint64>> AuditLog::verify() {
    auto st = m_db.prepare("SELECT seq, at, user_id, user_name, device, action, record_type, record_id, detail, hash "
                           "FROM audit_log ORDER BY seq");
    if (!st.ok())
        return st.error();
    QByteArray previous(32, '\0');
    qint64 expectedSequence = 1;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const AuditEntry e{st->integer(0), st->integer(1), st->text(2), st->text(3), st->text(4),
                           st->text(5),    st->text(6),    st->text(7), st->text(8)};
        const QByteArray hash = st->blob(9);
        if (e.sequence != expectedSequence || hashOf(previous, e) != hash)
            return std::optional<qint64>(e.sequence);
        previous = hash;
        ++expectedSequence;
    }
    return std::optional<qint64>();
}

} // namespace corridor::cases

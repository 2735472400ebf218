#include "core/sync/DeviceProjection.h"

#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::sync {
namespace {

Status deleteRow(storage::Database& db, const char* sql, const QString& recordId) {
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

} // namespace

QString DeviceProjection::recordType() const {
    return QString::fromLatin1(RecordType);
}

Status DeviceProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& f,
                                 quint64 hlc) {
    const QByteArray deviceId = f.value(QStringLiteral("device_id")).toByteArray();
    const QByteArray publicKey = f.value(QStringLiteral("public_key")).toByteArray();
    if (deviceId.isEmpty() || publicKey.isEmpty())
        return success(); // incomplete (a partial record): nothing to trust yet
    const QCborValue revokedAt = f.value(QStringLiteral("revoked_at"));
    return storage::upsert(
        db,
        "UPDATE devices SET device_id = ?2, public_key = ?3, name = ?4, role = ?5, organisation = ?6, branch = ?7, "
        "status = ?8, revoked_at = ?9, updated_at = ?10 WHERE record_id = ?1",
        "INSERT INTO devices(record_id, device_id, public_key, name, role, organisation, branch, status, revoked_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, deviceId)
                .bind(3, publicKey)
                .bind(4, f.value(QStringLiteral("name")).toString())
                .bind(5, f.value(QStringLiteral("role")).toString())
                .bind(6, f.value(QStringLiteral("organisation")).toString())
                .bind(7, f.value(QStringLiteral("branch")).toString())
                .bind(8, f.value(QStringLiteral("status")).toString())
                .bindOptional(9, revokedAt.isInteger() ? std::optional<qint64>(revokedAt.toInteger()) : std::nullopt)
                .bind(10, records::HlcClock::physicalMs(hlc));
        });
}

Status DeviceProjection::remove(storage::Database& db, const QString& recordId) {
    return deleteRow(db, "DELETE FROM devices WHERE record_id = ?1", recordId);
}

} // namespace corridor::sync

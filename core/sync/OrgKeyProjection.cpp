#include "core/sync/OrgKeyProjection.h"

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

QString OrgKeyProjection::recordType() const {
    return QString::fromLatin1(RecordType);
}

Status OrgKeyProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& f, quint64) {
    const QByteArray publicKey = f.value(QStringLiteral("public_key")).toByteArray();
    if (publicKey.size() != 32)
        return success();
    return storage::upsert(db,
                           "UPDATE org_keys SET organisation = ?2, public_key = ?3, fields = ?4 WHERE record_id = ?1",
                           "INSERT INTO org_keys(record_id, organisation, public_key, fields) VALUES (?1, ?2, ?3, ?4)",
                           [&](storage::Statement& st) {
                               st.bind(1, recordId)
                                   .bind(2, f.value(QStringLiteral("organisation")).toString())
                                   .bind(3, publicKey)
                                   .bind(4, records::FieldMapCodec::encode(f));
                           });
}

Status OrgKeyProjection::remove(storage::Database& db, const QString& recordId) {
    return deleteRow(db, "DELETE FROM org_keys WHERE record_id = ?1", recordId);
}

} // namespace corridor::sync

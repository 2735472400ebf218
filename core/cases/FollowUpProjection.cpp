#include "core/cases/FollowUpProjection.h"

#include "core/cases/Client.h"
#include "core/cases/FollowUp.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::cases {

QString FollowUpProjection::recordType() const {
    return QString::fromLatin1(FollowUp::RecordType);
}

Status FollowUpProjection::write(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                 quint64 hlc, storage::UpsertOrder order) {
    const FollowUp f = FollowUp::fromFields(recordId, fields);
    const QByteArray blob = records::FieldMapCodec::encode(fields);
    return storage::upsert(
        db, "UPDATE followups SET client_id = ?2, due_date = ?3, done = ?4, fields = ?5, updated_at = ?6 WHERE id = ?1",
        "INSERT OR IGNORE INTO followups(id, client_id, due_date, done, fields, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, f.clientId)
                .bind(3, f.dueDate.toString(Qt::ISODate))
                .bind(4, f.done)
                .bind(5, blob)
                .bind(6, records::HlcClock::physicalMs(hlc));
        },
        order);
}

Status FollowUpProjection::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM followups WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

Result<QStringList> FollowUpProjection::childrenOf(storage::Database& db, const QString& parentType,
                                                   const QString& parentId) {
    if (parentType != QLatin1String(Client::RecordType))
        return QStringList();
    auto st = db.prepare("SELECT id FROM followups WHERE client_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, parentId);
    return st->texts();
}

} // namespace corridor::cases

#include "core/cases/EncounterProjection.h"

#include "core/cases/Client.h"
#include "core/cases/Encounter.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::cases {

QString EncounterProjection::recordType() const {
    return QString::fromLatin1(Encounter::RecordType);
}

Status EncounterProjection::write(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                  quint64 hlc, storage::UpsertOrder order) {
    const Encounter e = Encounter::fromFields(recordId, fields);
    const QByteArray blob = records::FieldMapCodec::encode(fields);
    return storage::upsert(
        db, "UPDATE encounters SET client_id = ?2, date = ?3, fields = ?4, updated_at = ?5 WHERE id = ?1",
        "INSERT OR IGNORE INTO encounters(id, client_id, date, fields, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, e.clientId)
                .bind(3, e.date.toString(Qt::ISODate))
                .bind(4, blob)
                .bind(5, records::HlcClock::physicalMs(hlc));
        },
        order);
}

Status EncounterProjection::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM encounters WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

Result<QStringList> EncounterProjection::childrenOf(storage::Database& db, const QString& parentType,
                                                    const QString& parentId) {
    if (parentType != QLatin1String(Client::RecordType))
        return QStringList();
    auto st = db.prepare("SELECT id FROM encounters WHERE client_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, parentId);
    return st->texts();
}

} // namespace corridor::cases

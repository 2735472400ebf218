#include "core/cases/EncounterProjection.h"

#include "core/cases/Encounter.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/storage/Database.h"

namespace corridor::cases {

QString EncounterProjection::recordType() const {
    return QString::fromLatin1(Encounter::RecordType);
}

Status EncounterProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                    quint64 hlc) {
    const Encounter e = Encounter::fromFields(recordId, fields);
    // REPLACE is safe here: nothing refers to an encounter's rowid.
    auto st = db.prepare("INSERT OR REPLACE INTO encounters(id, client_id, date, fields, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId)
        .bind(2, e.clientId)
        .bind(3, e.date.toString(Qt::ISODate))
        .bind(4, records::FieldMapCodec::encode(fields))
        .bind(5, records::HlcClock::physicalMs(hlc));
    return st->run();
}

Status EncounterProjection::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM encounters WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

} // namespace corridor::cases

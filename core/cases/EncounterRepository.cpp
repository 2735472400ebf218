#include "core/cases/EncounterRepository.h"

#include "core/records/FieldMapCodec.h"
#include "core/storage/Database.h"

namespace corridor::cases {

EncounterRepository::EncounterRepository(storage::Database& db)
    : m_db(db) {}

Result<std::optional<Encounter>> EncounterRepository::encounter(const QString& id) {
    auto st = m_db.prepare("SELECT id, fields FROM encounters WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<Encounter>();
    return std::optional<Encounter>(Encounter::fromFields(st->text(0), records::FieldMapCodec::decode(st->blob(1))));
}

Result<QList<Encounter>> EncounterRepository::forClient(const QString& clientId) {
    auto st =
        m_db.prepare("SELECT id, fields FROM encounters WHERE client_id = ?1 ORDER BY date DESC, updated_at DESC");
    if (!st.ok())
        return st.error();
    st->bind(1, clientId);
    QList<Encounter> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(Encounter::fromFields(st->text(0), records::FieldMapCodec::decode(st->blob(1))));
    }
    return out;
}

} // namespace corridor::cases

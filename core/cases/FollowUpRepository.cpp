#include "core/cases/FollowUpRepository.h"

#include "core/records/FieldMapCodec.h"
#include "core/storage/Database.h"

namespace corridor::cases {

using records::FieldMapCodec::decode;

FollowUpRepository::FollowUpRepository(storage::Database& db)
    : m_db(db) {}

Result<std::optional<FollowUp>> FollowUpRepository::followUp(const QString& id) {
    auto st = m_db.prepare("SELECT id, fields FROM followups WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<FollowUp>();
    return std::optional<FollowUp>(FollowUp::fromFields(st->text(0), decode(st->blob(1))));
}

Result<QList<FollowUp>> FollowUpRepository::forClient(const QString& clientId, bool includeDone) {
    auto st = m_db.prepare("SELECT id, fields FROM followups WHERE client_id = ?1 AND (?2 OR done = 0) "
                           "ORDER BY done, due_date");
    if (!st.ok())
        return st.error();
    st->bind(1, clientId).bind(2, includeDone);
    QList<FollowUp> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(FollowUp::fromFields(st->text(0), decode(st->blob(1))));
    }
    return out;
}

Result<QList<DueFollowUp>> FollowUpRepository::due(const QDate& until, const QString& assignedTo) {
    auto st = m_db.prepare("SELECT f.id, f.fields, c.id, c.fields, c.created_at, c.updated_at FROM followups f "
                           "JOIN clients c ON c.id = f.client_id WHERE f.done = 0 AND f.due_date <= ?1 AND "
                           "c.case_status = 'active' AND (?2 IS NULL OR c.assigned_volunteer = ?2) "
                           "ORDER BY f.due_date, c.name");
    if (!st.ok())
        return st.error();
    st->bind(1, until.toString(Qt::ISODate)).bindTextOrNull(2, assignedTo);
    QList<DueFollowUp> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        DueFollowUp item{FollowUp::fromFields(st->text(0), decode(st->blob(1))),
                         Client::fromFields(st->text(2), decode(st->blob(3)))};
        item.client.createdAtMs = st->integer(4);
        item.client.updatedAtMs = st->integer(5);
        out.append(item);
    }
    return out;
}

} // namespace corridor::cases

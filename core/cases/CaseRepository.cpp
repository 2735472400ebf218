#include "core/cases/CaseRepository.h"

#include "core/records/FieldMapCodec.h"
#include "core/storage/Database.h"
#include "core/text/SearchTokenizer.h"

namespace corridor::cases {
namespace {

Client clientFromRow(const storage::Statement& st, int idColumn, int fieldsColumn, int createdColumn,
                     int updatedColumn) {
    Client c = Client::fromFields(st.text(idColumn), records::FieldMapCodec::decode(st.blob(fieldsColumn)));
    c.createdAtMs = st.integer(createdColumn);
    c.updatedAtMs = st.integer(updatedColumn);
    return c;
}

// The case list's SQL in its two shapes; everything variable is a bound parameter.
// ?1 search expression, ?2 case status or NULL, ?3 due-by date or NULL, ?4 assigned user
// or NULL, ?5 limit, ?6 offset.
constexpr const char* ListColumns = R"sql(
SELECT c.id, c.fields, c.created_at, c.updated_at,
  (SELECT max(e.date) FROM encounters e WHERE e.client_id = c.id),
  (SELECT min(f.due_date) FROM followups f WHERE f.client_id = c.id AND f.done = 0))sql";
constexpr const char* ListFilters = R"sql(
  (?2 IS NULL OR c.case_status = ?2)
  AND (?3 IS NULL OR EXISTS (SELECT 1 FROM followups f WHERE f.client_id = c.id AND f.done = 0 AND f.due_date <= ?3))
  AND (?4 IS NULL OR c.assigned_volunteer = ?4))sql";

} // namespace

CaseRepository::CaseRepository(storage::Database& db)
    : m_db(db) {}

Result<std::optional<Client>> CaseRepository::client(const QString& id) {
    auto st = m_db.prepare("SELECT id, fields, created_at, updated_at FROM clients WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return std::optional<Client>();
    return std::optional<Client>(clientFromRow(*st, 0, 1, 2, 3));
}

Result<QList<ClientSummary>> CaseRepository::list(const ClientFilter& filter) {
    const QString match = text::SearchTokenizer::matchExpression(filter.text);
    static const std::string all = std::string(ListColumns) + " FROM clients c WHERE" + ListFilters +
                                   " ORDER BY c.updated_at DESC, c.rowid DESC LIMIT ?5 OFFSET ?6";
    // A search first picks the page of matching rows, then reads those rows: the columns
    // (the record's fields, last contact, next follow-up) are computed for fifty rows, not
    // for every match of a short prefix before the sort. Without filters the page comes
    // from the full-text index alone, without reading a single client row.
    static const std::string searched = std::string(ListColumns) +
                                        " FROM (SELECT docid FROM client_search WHERE client_search MATCH ?1"
                                        " AND ?2 IS NULL AND ?3 IS NULL AND ?4 IS NULL"
                                        " ORDER BY docid DESC LIMIT ?5 OFFSET ?6) AS hits"
                                        " JOIN clients c ON c.rowid = hits.docid ORDER BY c.rowid DESC";
    static const std::string searchedFiltered = std::string(ListColumns) +
                                                " FROM (SELECT client_search.docid AS docid FROM client_search"
                                                " JOIN clients c ON c.rowid = client_search.docid"
                                                " WHERE client_search MATCH ?1 AND" +
                                                ListFilters +
                                                " ORDER BY client_search.docid DESC LIMIT ?5 OFFSET ?6) AS hits"
                                                " JOIN clients c ON c.rowid = hits.docid ORDER BY c.rowid DESC";
    const bool searching = !match.isEmpty();
    if (!searching && !filter.text.trimmed().isEmpty())
        return QList<ClientSummary>(); // only punctuation typed: nothing can match
    const bool filtered =
        !filter.caseStatus.isEmpty() || filter.followUpDueBy.isValid() || !filter.assignedTo.isEmpty();
    auto st = m_db.prepare(!searching ? all.c_str() : filtered ? searchedFiltered.c_str() : searched.c_str());
    if (!st.ok())
        return st.error();
    if (searching)
        st->bind(1, match);
    st->bindTextOrNull(2, filter.caseStatus)
        .bindTextOrNull(3, filter.followUpDueBy.isValid() ? filter.followUpDueBy.toString(Qt::ISODate) : QString())
        .bindTextOrNull(4, filter.assignedTo)
        .bind(5, qint64(filter.limit))
        .bind(6, qint64(filter.offset));
    QList<ClientSummary> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        ClientSummary summary{clientFromRow(*st, 0, 1, 2, 3), QDate::fromString(st->text(4), Qt::ISODate),
                              QDate::fromString(st->text(5), Qt::ISODate)};
        out.append(summary);
    }
    return out;
}

Result<qint64> CaseRepository::count() {
    auto st = m_db.prepare("SELECT count(*) FROM clients");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return st->integer(0);
}

Result<QList<Client>> CaseRepository::clientsWhere(const char* sql, const QString& parameter) {
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, parameter);
    QList<Client> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(clientFromRow(*st, 0, 1, 2, 3));
    }
    return out;
}

Result<QList<Client>> CaseRepository::withUic(const QString& normalisedUic) {
    return clientsWhere("SELECT id, fields, created_at, updated_at FROM clients WHERE uic_norm = ?1", normalisedUic);
}

Result<QList<Client>> CaseRepository::withPhoneDigits(const QString& digits) {
    return clientsWhere("SELECT id, fields, created_at, updated_at FROM clients WHERE phone_digits = ?1", digits);
}

Result<QList<Client>> CaseRepository::bornIn(int year) {
    return clientsWhere("SELECT id, fields, created_at, updated_at FROM clients WHERE birth_year = ?1",
                        QString::number(year));
}

Result<QStringList> CaseRepository::resolve(const QString& idPrefixOrUic) {
    const QString prefix = idPrefixOrUic.trimmed().toLower();
    QStringList ids;
    if (prefix.size() >= 4) {
        auto st = m_db.prepare("SELECT id FROM clients WHERE id >= ?1 AND id < ?2 ORDER BY id LIMIT 10");
        if (!st.ok())
            return st.error();
        st->bind(1, prefix).bind(2, prefix + QChar(0xFFFF));
        for (;;) {
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (!*row)
                break;
            ids << st->text(0);
        }
    }
    if (!ids.isEmpty())
        return ids;
    auto byUic = withUic(Client::normaliseUic(idPrefixOrUic));
    if (!byUic.ok())
        return byUic.error();
    for (const Client& c : *byUic)
        ids << c.id;
    return ids;
}

} // namespace corridor::cases

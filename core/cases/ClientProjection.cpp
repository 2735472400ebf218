#include "core/cases/ClientProjection.h"

#include "core/cases/Client.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"
#include "core/text/SearchTokenizer.h"

namespace corridor::cases {

using text::SearchTokenizer;

QString ClientProjection::recordType() const {
    return QString::fromLatin1(Client::RecordType);
}

QString ClientProjection::searchTokens(const records::FieldMap& f) {
    const auto value = [&f](const char* name) { return f.value(QLatin1String(name)).toString(); };
    QStringList parts;
    parts << SearchTokenizer::indexText(value("name"))
          << SearchTokenizer::indexText(value("uic"), SearchTokenizer::Mode::Substrings)
          << SearchTokenizer::indexText(Client::phoneDigits(value("phone")), SearchTokenizer::Mode::Substrings)
          << SearchTokenizer::indexText(value("current_location"))
          << SearchTokenizer::indexText(value("origin_province")) << SearchTokenizer::indexText(value("destination"));
    parts.removeAll(QString());
    return parts.join(u' ');
}

Status ClientProjection::write(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                               quint64 hlc, storage::UpsertOrder order) {
    const Client c = Client::fromFields(recordId, fields);
    const QByteArray blob = records::FieldMapCodec::encode(fields);
    const qint64 at = records::HlcClock::physicalMs(hlc);
    bool inserted = false;
    CORRIDOR_TRY(storage::upsert(
        db,
        "UPDATE clients SET uic = ?2, uic_norm = ?3, name = ?4, phone_digits = ?5, birth_year = ?6, case_status = ?7, "
        "current_location = ?8, assigned_volunteer = ?9, fields = ?10, updated_at = ?11 WHERE id = ?1",
        "INSERT OR IGNORE INTO clients(id, uic, uic_norm, name, phone_digits, birth_year, case_status, "
        "current_location, assigned_volunteer, fields, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, c.uic)
                .bind(3, Client::normaliseUic(c.uic))
                .bind(4, c.name)
                .bind(5, Client::phoneDigits(c.phone))
                .bindOptional(6, c.birthYear ? std::optional<qint64>(*c.birthYear) : std::nullopt)
                .bind(7, c.caseStatus)
                .bind(8, c.currentLocation)
                .bind(9, c.assignedVolunteer)
                .bind(10, blob)
                .bind(11, at);
        },
        order, &inserted));
    qint64 rowid = 0;
    if (inserted) {
        rowid = db.lastInsertRowId();
    } else {
        auto find = db.prepare("SELECT rowid FROM clients WHERE id = ?1");
        if (!find.ok())
            return find.error();
        find->bind(1, recordId);
        auto row = find->step();
        if (!row.ok())
            return row.error();
        rowid = find->integer(0);
        auto drop = db.prepare("DELETE FROM client_search WHERE docid = ?1");
        if (!drop.ok())
            return drop.error();
        drop->bind(1, rowid);
        CORRIDOR_TRY(drop->run());
    }
    auto index = db.prepare("INSERT INTO client_search(docid, tokens) VALUES (?1, ?2)");
    if (!index.ok())
        return index.error();
    index->bind(1, rowid).bind(2, searchTokens(fields));
    return index->run();
}

Status ClientProjection::remove(storage::Database& db, const QString& recordId) {
    auto drop = db.prepare("DELETE FROM client_search WHERE docid = (SELECT rowid FROM clients WHERE id = ?1)");
    if (!drop.ok())
        return drop.error();
    drop->bind(1, recordId);
    CORRIDOR_TRY(drop->run());
    auto st = db.prepare("DELETE FROM clients WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

} // namespace corridor::cases

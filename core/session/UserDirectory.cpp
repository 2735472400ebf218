#include "core/session/UserDirectory.h"

#include "core/base/Ids.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::session {
namespace {

User userFromRow(const storage::Statement& st) {
    User u;
    u.id = st.text(0);
    u.name = st.text(1);
    records::roleFromCode(st.text(2), &u.role);
    u.active = st.integer(3) != 0;
    return u;
}

} // namespace

UserDirectory::UserDirectory(storage::Database& db, records::RecordStore& store)
    : m_db(db)
    , m_store(store) {}

storage::ModuleSchema UserDirectory::schema() {
    return {QStringLiteral("users"), {storage::Migration::sql(1, R"sql(
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  active INTEGER NOT NULL);
)sql")}};
}

QString UserDirectory::recordType() const {
    return QString::fromLatin1(User::RecordType);
}

Result<QString> UserDirectory::add(const QString& name, records::Role role) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A user needs a name."));
    if (trimmed.size() > 100)
        return Error(ErrorCode::InvalidInput, tr("The user name is longer than %1 characters.").arg(100));
    auto existing = byName(trimmed);
    if (!existing.ok())
        return existing.error();
    if (*existing)
        return Error(ErrorCode::AlreadyExists, tr("There is already a user called %1.").arg(trimmed));
    const QString id = Ids::newId();
    records::FieldMap fields;
    fields.insert(QStringLiteral("name"), trimmed);
    fields.insert(QStringLiteral("role"), records::roleCode(role));
    fields.insert(QStringLiteral("active"), true);
    auto written = m_store.write(recordType(), id, fields);
    if (!written.ok())
        return written.error();
    return id;
}

Result<std::optional<User>> UserDirectory::user(const QString& id) {
    auto st = m_db.prepare("SELECT id, name, role, active FROM users WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? std::optional<User>(userFromRow(*st)) : std::nullopt;
}

Result<std::optional<User>> UserDirectory::byName(const QString& name) {
    auto st = m_db.prepare("SELECT id, name, role, active FROM users WHERE name = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, name);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? std::optional<User>(userFromRow(*st)) : std::nullopt;
}

Result<QList<User>> UserDirectory::all() {
    auto st = m_db.prepare("SELECT id, name, role, active FROM users ORDER BY name");
    if (!st.ok())
        return st.error();
    QList<User> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        out.append(userFromRow(*st));
    }
    return out;
}

Status UserDirectory::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                              quint64) {
    return storage::upsert(db, "UPDATE users SET name = ?2, role = ?3, active = ?4 WHERE id = ?1",
                           "INSERT INTO users(id, name, role, active) VALUES (?1, ?2, ?3, ?4)",
                           [&](storage::Statement& st) {
                               st.bind(1, recordId)
                                   .bind(2, fields.value(QStringLiteral("name")).toString())
                                   .bind(3, fields.value(QStringLiteral("role")).toString())
                                   .bind(4, fields.value(QStringLiteral("active")).toBool(true));
                           });
}

Status UserDirectory::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM users WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

} // namespace corridor::session

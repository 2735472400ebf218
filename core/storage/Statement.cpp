#include "core/storage/Statement.h"

#include "core/storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace corridor::storage {

Statement::Statement(Database* db, sqlite3_stmt* stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached) {}

Statement::~Statement() {
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (m_cached)
        m_db->giveBack(m_stmt);
    else
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cached(other.m_cached)
    , m_bound(std::move(other.m_bound)) {}

void Statement::keep(int index, QByteArray bytes) {
    if (m_bound.size() < index)
        m_bound.resize(index);
    m_bound[index - 1] = std::move(bytes);
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    return bindUtf8(index, value.toUtf8());
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8) {
    keep(index, utf8);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindTextOrNull(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement& Statement::bind(int index, const QByteArray& value) {
    if (value.isNull())
        return bindNull(index);
    keep(index, value);
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, const std::optional<qint64>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->errorFor(rc);
}

Status Statement::run() {
    for (;;) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return success();
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}

Statement::Type Statement::type(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

Result<QStringList> Statement::texts() {
    QStringList out;
    for (;;) {
        auto row = step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out << text(0);
    }
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL ? QByteArray() : QByteArray("");
    return QByteArray(static_cast<const char*>(data), size);
}

std::optional<qint64> Statement::optionalInteger(int column) const {
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

} // namespace corridor::storage

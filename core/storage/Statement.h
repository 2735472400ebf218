#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <optional>

struct sqlite3_stmt;

namespace corridor::storage {

class Database;

// A prepared statement checked out of the Database's cache. Parameters are bound by
// position (?1, ?2 …); SQL text never contains outside input. On destruction the
// statement is reset and its bindings cleared, ready for the next user.
// Text and blobs are bound without SQLite copying them: the statement keeps its own
// (shared, copy-on-write) reference to each bound value until it is rebound or destroyed.
class Statement {
public:
    Statement(Database* db, sqlite3_stmt* stmt, bool cached);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value);           // always text ("" for a null QString)
    Statement& bindUtf8(int index, const QByteArray& utf8);     // text already in UTF-8
    Statement& bindTextOrNull(int index, const QString& value); // NULL for an empty string
    Statement& bind(int index, const QByteArray& value);
    Statement& bindNull(int index);
    Statement& bindOptional(int index, const std::optional<qint64>& value);

    // true: a row is ready; false: done. Errors carry SQLCipher's message.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows (or ignores them).
    [[nodiscard]] Status run();
    void reset();
    // Steps to the end and returns the first column of every row as text (a list of ids).
    [[nodiscard]] Result<QStringList> texts();

    enum class Type { Integer, Real, Text, Blob, Null };
    int columnCount() const;
    Type type(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    void keep(int index, QByteArray bytes);

    Database* m_db;
    sqlite3_stmt* m_stmt;
    bool m_cached;
    QVarLengthArray<QByteArray, 12> m_bound; // by parameter index - 1
};

} // namespace corridor::storage

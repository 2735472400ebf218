#pragma once

#include "core/base/Result.h"
#include "core/storage/Statement.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace corridor::crypto {
class SecureBuffer;
}

namespace corridor::storage {

// One SQLCipher connection (RAII over the C API), used from one thread.
// Encrypted databases are keyed with a 256-bit raw key; opening one runs the fail-closed
// self-check of DESIGN §3 and refuses to continue if the data would be written in the clear.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode { OpenExisting, Create };

    // key == nullptr opens a plain SQLite file (benchmarks and tests only).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const crypto::SecureBuffer* key,
                                                                Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] Status exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    bool encrypted() const { return m_encrypted; }
    const QString& path() const { return m_path; }
    QString cipherVersion();

    // Runs SQLite's quick_check over every page: with SQLCipher every page carries an HMAC,
    // so this finds damaged or altered pages anywhere in the file.
    [[nodiscard]] Status quickCheck();

    // Reads the first bytes of a database file and tells whether it is a plaintext SQLite file.
    static bool hasPlaintextHeader(const QString& path);

    Error errorFor(int rc) const;
    void giveBack(sqlite3_stmt* stmt);

private:
    friend class Transaction;
    Database(sqlite3* handle, QString path, bool encrypted);
    [[nodiscard]] Status configure(const crypto::SecureBuffer* key, Mode mode);

    sqlite3* m_handle;
    QString m_path;
    bool m_encrypted;
    // Prepared statements not in use, by their SQL text; each key views its statement's own
    // copy of the text, so looking one up allocates nothing.
    std::unordered_multimap<std::string_view, sqlite3_stmt*> m_idle;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace corridor::storage

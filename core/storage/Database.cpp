#include "core/storage/Database.h"

#include "core/crypto/SecureBuffer.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <mutex>

namespace corridor::storage {
namespace {

constexpr int PageSize = 4096;

// Builds the raw-key form x'<64 hex digits>' inside locked memory.
crypto::SecureBuffer rawKeyLiteral(const crypto::SecureBuffer& key) {
    static const char digits[] = "0123456789ABCDEF";
    crypto::SecureBuffer literal(key.size() * 2 + 3);
    unsigned char* out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(digits[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(digits[key.data()[i] & 15]);
    }
    *out = '\'';
    return literal;
}

// SQLite counts every allocation under a process-wide mutex unless told not to; Corridor
// never reads those statistics, and imports allocate for every row. Must run before the
// library initialises, so the first open does it.
void configureLibrary() {
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace

Database::Database(sqlite3* handle, QString path, bool encrypted)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_encrypted(encrypted) {}

Database::~Database() {
    for (auto& [sql, stmt] : m_idle)
        sqlite3_finalize(stmt);
    m_idle.clear();
    sqlite3_close_v2(m_handle);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const crypto::SecureBuffer* key, Mode mode) {
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting) {
        if (!info.exists())
            return Error(ErrorCode::NotFound, tr("%1 is missing").arg(info.fileName()));
        if (info.size() == 0)
            return Error(ErrorCode::Corrupt,
                         tr("%1 is empty (it was truncated or never written)").arg(info.fileName()));
        if (key && info.size() % PageSize != 0)
            return Error(ErrorCode::Corrupt,
                         tr("%1 is truncated: its size is not a whole number of pages").arg(info.fileName()));
    } else if (info.exists()) {
        return Error(ErrorCode::AlreadyExists, tr("%1 already exists").arg(QDir::toNativeSeparators(path)));
    }

    configureLibrary();
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path, key != nullptr));
    if (rc != SQLITE_OK)
        return Error(ErrorCode::Io,
                     tr("%1 cannot be opened: %2").arg(info.fileName(), QString::fromUtf8(sqlite3_errmsg(handle))));
    auto configured = db->configure(key, mode);
    if (!configured.ok())
        return configured.error();
    return db;
}

Status Database::configure(const crypto::SecureBuffer* key, Mode mode) {
    const QString name = QFileInfo(m_path).fileName();
    sqlite3_busy_timeout(m_handle, 5000);
    sqlite3_extended_result_codes(m_handle, 1);

    if (key) {
        crypto::SecureBuffer literal = rawKeyLiteral(*key);
        if (sqlite3_key(m_handle, literal.data(), static_cast<int>(literal.size())) != SQLITE_OK)
            return Error(ErrorCode::Crypto, tr("the database key could not be set"));
        CORRIDOR_TRY(exec("PRAGMA cipher_page_size = 4096;"));
    }

    // Fail closed, part 1: the library in this process must be SQLCipher with its codec on.
    const QString cipher = cipherVersion();
    if (cipher.isEmpty())
        return Error(ErrorCode::Crypto, tr("the database library in this process cannot encrypt (SQLCipher is not "
                                           "active); Corridor refuses to run rather than write data in the clear"));

    // Reading the schema is the first access that decrypts a page: a wrong key or a
    // damaged first page shows up here.
    {
        auto probe = prepare("SELECT count(*) FROM sqlite_master");
        std::optional<Error> failed;
        if (!probe.ok())
            failed = probe.error();
        else if (auto row = probe->step(); !row.ok())
            failed = row.error();
        if (failed && mode == Mode::OpenExisting && key)
            return Error(ErrorCode::Corrupt,
                         tr("%1 cannot be decrypted with the key from vault.keys: the file is damaged or was altered, "
                            "or vault.db and vault.keys come from different vaults")
                             .arg(name));
        if (failed)
            return *failed;
    }

    CORRIDOR_TRY(exec("PRAGMA journal_mode = WAL;"));
    CORRIDOR_TRY(exec("PRAGMA synchronous = FULL;"));
    CORRIDOR_TRY(exec("PRAGMA foreign_keys = ON;"));
    CORRIDOR_TRY(exec("PRAGMA temp_store = MEMORY;"));
    CORRIDOR_TRY(exec("PRAGMA secure_delete = ON;"));
    CORRIDOR_TRY(exec("PRAGMA cache_size = -65536;"));

    // Fail closed, part 2: an encrypted file must not start with SQLite's plaintext magic.
    if (key) {
        if (mode == Mode::Create)
            CORRIDOR_TRY(exec("CREATE TABLE IF NOT EXISTS corridor_probe(x); DROP TABLE corridor_probe;"));
        if (hasPlaintextHeader(m_path))
            return Error(ErrorCode::Crypto, tr("%1 is not encrypted; Corridor refuses to open or write it").arg(name));
    }
    return success();
}

bool Database::hasPlaintextHeader(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString Database::cipherVersion() {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, "PRAGMA cipher_version", -1, &stmt, nullptr) != SQLITE_OK)
        return {};
    QString version;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        version = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return version;
}

Status Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    if (message)
        sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return success();
}

Result<Statement> Database::prepare(const char* sql) {
    auto it = m_idle.find(std::string_view(sql));
    if (it != m_idle.end()) {
        sqlite3_stmt* stmt = it->second;
        m_idle.erase(it);
        return Statement(this, stmt, true);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return Statement(this, stmt, true);
}

void Database::giveBack(sqlite3_stmt* stmt) {
    m_idle.emplace(std::string_view(sqlite3_sql(stmt)), stmt);
}

Status Database::quickCheck() {
    auto st = prepare("PRAGMA quick_check");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row || st->text(0) != QLatin1String("ok"))
        return Error(
            ErrorCode::Corrupt,
            tr("%1 failed its integrity check: %2").arg(QFileInfo(m_path).fileName(), *row ? st->text(0) : QString()));
    return success();
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_handle);
}
int Database::changes() const {
    return sqlite3_changes(m_handle);
}
bool Database::inTransaction() const {
    return sqlite3_get_autocommit(m_handle) == 0;
}

Error Database::errorFor(int rc) const {
    const QString name = QFileInfo(m_path).fileName();
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error(ErrorCode::Io, tr("the disk is full: %1 could not be written. Free some space and try again; "
                                       "nothing was saved")
                                        .arg(name));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::Corrupt,
                     tr("%1 is damaged or was altered (a page failed its integrity check): %2").arg(name, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Database, tr("%1 is busy: another Corridor window or command is using it").arg(name));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        return Error(ErrorCode::Io, tr("%1 cannot be read or written: %2").arg(name, detail));
    default:
        return Error(ErrorCode::Database, tr("database error in %1: %2").arg(name, detail));
    }
}

} // namespace corridor::storage

#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <utility>

namespace corridor::storage {

Transaction::Transaction(Database* db, QByteArray savepoint)
    : m_db(db)
    , m_savepoint(std::move(savepoint)) {}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_savepoint(std::move(other.m_savepoint))
    , m_active(std::exchange(other.m_active, false)) {}

Result<Transaction> Transaction::begin(Database& db) {
    if (db.inTransaction()) {
        static int counter = 0;
        const QByteArray name = "sp" + QByteArray::number(++counter);
        CORRIDOR_TRY(db.exec(QByteArray("SAVEPOINT " + name + ";").constData()));
        return Transaction(&db, name);
    }
    CORRIDOR_TRY(db.exec("BEGIN IMMEDIATE;"));
    return Transaction(&db, {});
}

Status Transaction::commit() {
    m_active = false;
    if (m_savepoint.isEmpty()) {
        auto done = m_db->exec("COMMIT;");
        if (!done.ok()) {
            (void)m_db->exec("ROLLBACK;");
            return done;
        }
        return success();
    }
    return m_db->exec(QByteArray("RELEASE " + m_savepoint + ";").constData());
}

Transaction::~Transaction() {
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db->exec("ROLLBACK;");
    } else {
        (void)m_db->exec(QByteArray("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint + ";").constData());
    }
}

} // namespace corridor::storage

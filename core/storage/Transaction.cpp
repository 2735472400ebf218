#include "core/storage/Transaction.h"

#include "core/storage/Database.h"

#include <utility>

namespace corridor::storage {

Transaction::Transaction(Database* db, bool outermost)
    : m_db(db)
    , m_outermost(outermost) {}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_outermost(other.m_outermost)
    , m_active(std::exchange(other.m_active, false)) {}

Result<Transaction> Transaction::begin(Database& db) {
    if (db.m_transactionDepth > 0) {
        ++db.m_transactionDepth;
        return Transaction(&db, false);
    }
    CORRIDOR_TRY(db.exec("BEGIN IMMEDIATE;"));
    db.m_transactionDepth = 1;
    db.m_rollbackOnly = false;
    return Transaction(&db, true);
}

Status Transaction::commit() {
    if (!m_active)
        return success();
    m_active = false;
    if (!m_outermost) {
        --m_db->m_transactionDepth;
        return success();
    }
    m_db->m_transactionDepth = 0;
    if (m_db->m_rollbackOnly) {
        m_db->m_rollbackOnly = false;
        (void)m_db->exec("ROLLBACK;");
        return Error(ErrorCode::Database, tr("a step of this change failed, so none of it was saved"));
    }
    auto done = m_db->exec("COMMIT;");
    if (!done.ok()) {
        (void)m_db->exec("ROLLBACK;");
        return done;
    }
    return success();
}

Transaction::~Transaction() {
    if (!m_active)
        return;
    if (!m_outermost) {
        --m_db->m_transactionDepth;
        m_db->m_rollbackOnly = true;
        return;
    }
    m_db->m_transactionDepth = 0;
    m_db->m_rollbackOnly = false;
    (void)m_db->exec("ROLLBACK;");
}

} // namespace corridor::storage

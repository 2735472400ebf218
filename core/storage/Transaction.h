#pragma once

#include "core/base/Result.h"

#include <QByteArray>

namespace corridor::storage {

class Database;

// BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT when a transaction is already open, so that
// a unit of work can call another. Rolls back unless commit() succeeded.
class [[nodiscard]] Transaction {
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status commit();

private:
    Transaction(Database* db, QByteArray savepoint);
    Database* m_db;
    QByteArray m_savepoint; // empty for a top-level transaction
    bool m_active = true;
};

} // namespace corridor::storage

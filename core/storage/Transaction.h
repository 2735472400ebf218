#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>

namespace corridor::storage {

class Database;

// BEGIN IMMEDIATE … COMMIT. A unit of work may call another: the inner Transaction joins
// the outer one. If an inner one ends without commit(), the whole outer transaction is
// rolled back at its end — all or nothing, never half. (Savepoints would allow partial
// rollback, but SQLCipher encrypts every page of a savepoint's journal, which made each
// save three times slower; nothing in Corridor wants to keep half of a unit of work.)
class [[nodiscard]] Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status commit();

private:
    Transaction(Database* db, bool outermost);
    void finish(bool committed);

    Database* m_db;
    bool m_outermost;
    bool m_active = true;
};

} // namespace corridor::storage

#include "core/storage/Upsert.h"

#include "core/storage/Database.h"

namespace corridor::storage {
namespace {

// Runs one of the two statements; true if it changed a row.
Result<bool> attempt(Database& db, const char* sql, const std::function<void(Statement&)>& bind) {
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    bind(*st);
    CORRIDOR_TRY(st->run());
    return db.changes() > 0;
}

} // namespace

Status upsert(Database& db, const char* updateSql, const char* insertSql, const std::function<void(Statement&)>& bind,
              UpsertOrder order, bool* inserted) {
    const bool insertFirst = order == UpsertOrder::InsertFirst;
    auto first = attempt(db, insertFirst ? insertSql : updateSql, bind);
    if (!first.ok())
        return first.error();
    if (*first) {
        if (inserted)
            *inserted = insertFirst;
        return success();
    }
    auto second = attempt(db, insertFirst ? updateSql : insertSql, bind);
    if (!second.ok())
        return second.error();
    if (inserted)
        *inserted = !insertFirst && *second;
    return success();
}

} // namespace corridor::storage

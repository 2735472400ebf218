#include "core/storage/Upsert.h"

#include "core/storage/Database.h"

namespace corridor::storage {

Status upsert(Database& db, const char* updateSql, const char* insertSql, const std::function<void(Statement&)>& bind) {
    auto update = db.prepare(updateSql);
    if (!update.ok())
        return update.error();
    bind(*update);
    CORRIDOR_TRY(update->run());
    if (db.changes() > 0)
        return success();
    auto insert = db.prepare(insertSql);
    if (!insert.ok())
        return insert.error();
    bind(*insert);
    return insert->run();
}

} // namespace corridor::storage

#include "core/storage/Schema.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace corridor::storage {

Migration Migration::sql(int version, const char* statements) {
    return {version, [statements](Database& db) { return db.exec(statements); }};
}

Result<int> Schema::versionOf(Database& db, const QString& module) {
    CORRIDOR_TRY(db.exec("CREATE TABLE IF NOT EXISTS schema_versions (module TEXT PRIMARY KEY, version INTEGER NOT "
                         "NULL) WITHOUT ROWID;"));
    auto st = db.prepare("SELECT version FROM schema_versions WHERE module = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, module);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? static_cast<int>(st->integer(0)) : 0;
}

Status Schema::migrate(Database& db, const std::vector<ModuleSchema>& modules) {
    for (const ModuleSchema& module : modules) {
        auto current = versionOf(db, module.module);
        if (!current.ok())
            return current.error();
        const int latest = module.migrations.empty() ? 0 : module.migrations.back().version;
        if (*current > latest)
            return Error(ErrorCode::Unsupported,
                         tr("this vault was written by a newer version of Corridor (%1 data version %2; this "
                            "Corridor knows up to %3). Update Corridor to open it.")
                             .arg(module.module)
                             .arg(*current)
                             .arg(latest));
        for (const Migration& step : module.migrations) {
            if (step.version <= *current)
                continue;
            auto tx = Transaction::begin(db);
            if (!tx.ok())
                return tx.error();
            auto applied = step.apply(db);
            if (!applied.ok())
                return applied.error().prefixed(
                    tr("upgrading %1 to data version %2").arg(module.module).arg(step.version));
            auto st = db.prepare("INSERT OR REPLACE INTO schema_versions(module, version) VALUES (?1, ?2)");
            if (!st.ok())
                return st.error();
            st->bind(1, module.module).bind(2, step.version);
            CORRIDOR_TRY(st->run());
            CORRIDOR_TRY(tx->commit());
        }
    }
    return success();
}

} // namespace corridor::storage

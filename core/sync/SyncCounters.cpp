#include "core/sync/SyncCounters.h"

#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::sync::SyncCounters {

Result<QByteArray> get(storage::Database& db, const QString& key) {
    auto st = db.prepare("SELECT value FROM sync_counters WHERE key = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return *row ? st->blob(0) : QByteArray();
}

Status set(storage::Database& db, const QString& key, const QByteArray& value) {
    return storage::upsert(db, "UPDATE sync_counters SET value = ?2 WHERE key = ?1",
                           "INSERT INTO sync_counters(key, value) VALUES (?1, ?2)",
                           [&](storage::Statement& st) { st.bind(1, key).bind(2, value); });
}

} // namespace corridor::sync::SyncCounters

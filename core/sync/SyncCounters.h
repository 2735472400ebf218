#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace corridor::storage {
class Database;
}

namespace corridor::sync::SyncCounters {

// Small named values of the sync module (the bundle sequence, the last payload's hash).
[[nodiscard]] Result<QByteArray> get(storage::Database& db, const QString& key);
[[nodiscard]] Status set(storage::Database& db, const QString& key, const QByteArray& value);

} // namespace corridor::sync::SyncCounters

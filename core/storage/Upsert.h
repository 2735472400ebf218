#pragma once

#include "core/base/Result.h"

#include <functional>

namespace corridor::storage {

class Database;
class Statement;

// UPDATE, and INSERT only if no row changed; both statements take the same parameters.
// Corridor avoids INSERT OR REPLACE: it makes SQLite keep a statement journal, and SQLCipher
// encrypts every page of it, which made saves several times slower.
[[nodiscard]] Status upsert(Database& db, const char* updateSql, const char* insertSql,
                            const std::function<void(Statement&)>& bind);

} // namespace corridor::storage

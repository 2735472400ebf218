#pragma once

#include "core/base/Result.h"

#include <functional>

namespace corridor::storage {

class Database;
class Statement;

// UPDATE, and INSERT only if no row changed; both statements take the same parameters.
// Corridor avoids INSERT OR REPLACE: it makes SQLite keep a statement journal, and SQLCipher
// encrypts every page of it, which made saves several times slower.
//
// When the row is most likely new (a record seen for the first time), InsertFirst tries the
// insert first and updates only if it inserted nothing; insertSql must then be an
// INSERT OR IGNORE. `inserted`, if given, tells which of the two wrote the row.
enum class UpsertOrder { UpdateFirst, InsertFirst };
[[nodiscard]] Status upsert(Database& db, const char* updateSql, const char* insertSql,
                            const std::function<void(Statement&)>& bind, UpsertOrder order = UpsertOrder::UpdateFirst,
                            bool* inserted = nullptr);

} // namespace corridor::storage

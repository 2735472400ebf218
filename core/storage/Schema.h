#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <vector>

namespace corridor::storage {

class Database;

// Stepwise, versioned migrations, one list per module (vault, records, cases …), so a
// module owns its tables without a central file knowing them all. Each module's version
// lives in schema_versions; every step runs in its own transaction; a vault written by a
// newer build (a version we do not know) is refused rather than guessed at.
struct Migration {
    int version;
    std::function<Status(Database&)> apply;

    static Migration sql(int version, const char* statements);
};

struct ModuleSchema {
    QString module;
    std::vector<Migration> migrations; // versions 1, 2, … in order
};

class Schema {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    [[nodiscard]] static Status migrate(Database& db, const std::vector<ModuleSchema>& modules);
    [[nodiscard]] static Result<int> versionOf(Database& db, const QString& module);
};

} // namespace corridor::storage

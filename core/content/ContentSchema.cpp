#include "core/content/ContentSchema.h"

namespace corridor::content::ContentSchema {

storage::ModuleSchema schema() {
    return {QStringLiteral("content"), {storage::Migration::sql(1, R"sql(
CREATE TABLE content_packs (
  pack_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  file BLOB NOT NULL,
  publisher TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  imported_at INTEGER NOT NULL);

CREATE TABLE training_sessions (
  rowid INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  fields BLOB NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX training_sessions_date ON training_sessions(date);
)sql")}};
}

} // namespace corridor::content::ContentSchema

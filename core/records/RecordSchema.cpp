#include "core/records/RecordStore.h"

namespace corridor::records {

storage::ModuleSchema RecordStore::schema() {
    return {QStringLiteral("records"),
            {storage::Migration::sql(1, R"sql(
CREATE TABLE changesets (
  rowid INTEGER PRIMARY KEY,
  hash BLOB NOT NULL UNIQUE,
  author BLOB NOT NULL,
  seq INTEGER NOT NULL,
  hlc INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  op INTEGER NOT NULL,
  body BLOB,
  signature BLOB NOT NULL,
  received_at INTEGER NOT NULL,
  UNIQUE (author, seq));
CREATE INDEX changesets_record ON changesets(record_type, record_id, hlc);
CREATE TABLE field_state (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value BLOB NOT NULL,
  hlc INTEGER NOT NULL,
  author BLOB NOT NULL,
  UNIQUE (record_type, record_id, field));
CREATE TABLE device_keys (device_id BLOB PRIMARY KEY, public_key BLOB NOT NULL);
CREATE TABLE version_vector (device_id BLOB PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE record_counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
)sql"),
             // Version 2 (sync): what each winning write replaced, every losing write, the
             // conflicts derived from them, and the tombstones erasures leave.
             storage::Migration::sql(2, R"sql(
ALTER TABLE field_state ADD COLUMN prev_hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_state ADD COLUMN changeset BLOB;
CREATE TABLE field_losers (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value BLOB NOT NULL,
  hlc INTEGER NOT NULL,
  author BLOB NOT NULL,
  prev_hlc INTEGER NOT NULL,
  changeset BLOB);
CREATE INDEX field_losers_field ON field_losers(record_type, record_id, field, hlc);
CREATE TABLE conflicts (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  winner_value BLOB NOT NULL, winner_hlc INTEGER NOT NULL, winner_author BLOB NOT NULL,
  winner_prev INTEGER NOT NULL, winner_changeset BLOB,
  loser_value BLOB NOT NULL, loser_hlc INTEGER NOT NULL, loser_author BLOB NOT NULL,
  loser_prev INTEGER NOT NULL, loser_changeset BLOB,
  UNIQUE (record_type, record_id, field));
CREATE TABLE tombstones (
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  hlc INTEGER NOT NULL,
  author BLOB NOT NULL,
  changeset BLOB NOT NULL,
  UNIQUE (record_type, record_id));
)sql")}};
}

} // namespace corridor::records

#include "core/sync/SyncSchema.h"

namespace corridor::sync::SyncSchema {

storage::ModuleSchema schema() {
    return {QStringLiteral("sync"), {storage::Migration::sql(1, R"sql(
CREATE TABLE devices (
  record_id TEXT PRIMARY KEY,
  device_id BLOB NOT NULL UNIQUE,
  public_key BLOB NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation TEXT NOT NULL,
  branch TEXT NOT NULL,
  status TEXT NOT NULL,
  revoked_at INTEGER,
  updated_at INTEGER NOT NULL);
CREATE TABLE org_keys (
  record_id TEXT PRIMARY KEY,
  organisation TEXT NOT NULL,
  public_key BLOB NOT NULL,
  fields BLOB NOT NULL);
CREATE INDEX org_keys_organisation ON org_keys(organisation);
CREATE TABLE trust_anchors (
  device_id BLOB PRIMARY KEY,
  public_key BLOB NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation TEXT NOT NULL,
  branch TEXT NOT NULL,
  organisation_key BLOB,
  added_at INTEGER NOT NULL);
CREATE TABLE bundles_sent (
  peer BLOB NOT NULL,
  seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  hash BLOB NOT NULL,
  through BLOB NOT NULL,
  changesets INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  acked_at INTEGER,
  PRIMARY KEY (peer, seq));
CREATE TABLE bundles_received (
  exporter BLOB NOT NULL,
  seq INTEGER NOT NULL,
  bundle_id TEXT NOT NULL,
  hash BLOB NOT NULL,
  changesets INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (exporter, seq));
CREATE TABLE peer_known (
  peer BLOB NOT NULL,
  author BLOB NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (peer, author));
CREATE TABLE held_changesets (
  hash BLOB PRIMARY KEY,
  body BLOB NOT NULL,
  signature BLOB NOT NULL,
  author BLOB NOT NULL,
  reason TEXT NOT NULL,
  received_at INTEGER NOT NULL);
CREATE TABLE inbox_seen (
  file_hash BLOB PRIMARY KEY,
  file_name TEXT NOT NULL,
  outcome TEXT NOT NULL,
  seen_at INTEGER NOT NULL);
CREATE TABLE sync_counters (key TEXT PRIMARY KEY, value BLOB NOT NULL);
)sql")}};
}

} // namespace corridor::sync::SyncSchema

#include "core/cases/CaseSchema.h"

namespace corridor::cases::CaseSchema {

storage::ModuleSchema schema() {
    return {QStringLiteral("cases"), {storage::Migration::sql(1, R"sql(
CREATE TABLE clients (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  uic TEXT NOT NULL,
  uic_norm TEXT NOT NULL,
  name TEXT NOT NULL,
  phone_digits TEXT NOT NULL,
  birth_year INTEGER,
  case_status TEXT NOT NULL,
  current_location TEXT NOT NULL,
  assigned_volunteer TEXT NOT NULL,
  fields BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX clients_uic ON clients(uic_norm);
CREATE INDEX clients_phone ON clients(phone_digits);
CREATE INDEX clients_birth_year ON clients(birth_year);
CREATE INDEX clients_status ON clients(case_status, updated_at);
CREATE INDEX clients_updated ON clients(updated_at);
CREATE VIRTUAL TABLE client_search USING fts4(tokens, tokenize=simple, prefix="2,4");

CREATE TABLE encounters (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  client_id TEXT NOT NULL,
  date TEXT NOT NULL,
  fields BLOB NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX encounters_client ON encounters(client_id, date);

CREATE TABLE followups (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  client_id TEXT NOT NULL,
  due_date TEXT NOT NULL,
  done INTEGER NOT NULL,
  fields BLOB NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX followups_due ON followups(done, due_date);
CREATE INDEX followups_client ON followups(client_id, done, due_date);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  device TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  hash BLOB NOT NULL);
CREATE INDEX audit_record ON audit_log(record_type, record_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
)sql")}};
}

} // namespace corridor::cases::CaseSchema

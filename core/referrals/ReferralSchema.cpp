#include "core/referrals/ReferralSchema.h"

namespace corridor::referrals::ReferralSchema {

storage::ModuleSchema schema() {
    return {QStringLiteral("referrals"),
            {storage::Migration::sql(1, R"sql(
CREATE TABLE referrals (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  client_id TEXT NOT NULL,
  from_org TEXT NOT NULL,
  to_org TEXT NOT NULL,
  to_site TEXT NOT NULL,
  status TEXT NOT NULL,
  visit_before TEXT NOT NULL,
  fields BLOB NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE INDEX referrals_code ON referrals(code);
CREATE INDEX referrals_client ON referrals(client_id);

CREATE TABLE referral_events (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  referral_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  event TEXT NOT NULL,
  hlc INTEGER NOT NULL,
  fields BLOB NOT NULL);
CREATE INDEX referral_events_referral ON referral_events(referral_id, hlc);
CREATE INDEX referral_events_client ON referral_events(client_id);

CREATE TABLE referral_routes (
  rowid INTEGER PRIMARY KEY,
  referral_id TEXT NOT NULL UNIQUE,
  from_org TEXT NOT NULL,
  to_org TEXT NOT NULL);
CREATE TABLE referral_event_links (
  rowid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  referral_id TEXT NOT NULL);
)sql"),
             storage::Migration::sql(2, R"sql(
CREATE TABLE sites (
  rowid INTEGER PRIMARY KEY,
  record_id TEXT NOT NULL UNIQUE,
  site_id TEXT NOT NULL UNIQUE,
  fields BLOB NOT NULL,
  updated_at INTEGER NOT NULL);
)sql")}};
}

} // namespace corridor::referrals::ReferralSchema

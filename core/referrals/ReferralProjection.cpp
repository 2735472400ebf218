#include "core/referrals/ReferralProjection.h"

#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/referrals/Referral.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

namespace corridor::referrals {
namespace {

Result<QStringList> ids(storage::Database& db, const char* sql, const QString& parentId) {
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, parentId);
    return st->texts();
}

Status removeRow(storage::Database& db, const char* sql, const QString& id) {
    auto st = db.prepare(sql);
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    return st->run();
}

} // namespace

QString ReferralProjection::recordType() const {
    return QString::fromLatin1(Referral::RecordType);
}

Status ReferralProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                   quint64 hlc) {
    const Referral r = Referral::fromFields(recordId, fields);
    CORRIDOR_TRY(storage::upsert(
        db,
        "UPDATE referrals SET code = ?2, client_id = ?3, from_org = ?4, to_org = ?5, to_site = ?6, visit_before = ?7, "
        "fields = ?8, updated_at = ?9 WHERE id = ?1",
        "INSERT INTO referrals(id, code, client_id, from_org, to_org, to_site, visit_before, fields, updated_at, "
        "status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '')",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, r.code)
                .bind(3, r.clientId)
                .bind(4, r.fromOrg)
                .bind(5, r.toOrg)
                .bind(6, r.toSite)
                .bind(7, r.visitBefore.toString(Qt::ISODate))
                .bind(8, records::FieldMapCodec::encode(fields))
                .bind(9, records::HlcClock::physicalMs(hlc));
        }));
    CORRIDOR_TRY(
        storage::upsert(db, "UPDATE referral_routes SET from_org = ?2, to_org = ?3 WHERE referral_id = ?1",
                        "INSERT INTO referral_routes(referral_id, from_org, to_org) VALUES (?1, ?2, ?3)",
                        [&](storage::Statement& st) { st.bind(1, recordId).bind(2, r.fromOrg).bind(3, r.toOrg); }));
    // Events may have arrived first (through a relay).
    return ReferralEventProjection::refreshStatus(db, recordId);
}

Status ReferralProjection::remove(storage::Database& db, const QString& recordId) {
    return removeRow(db, "DELETE FROM referrals WHERE id = ?1", recordId);
}

Result<QStringList> ReferralProjection::childrenOf(storage::Database& db, const QString& parentType,
                                                   const QString& parentId) {
    if (parentType != QLatin1String("client"))
        return QStringList();
    return ids(db, "SELECT id FROM referrals WHERE client_id = ?1", parentId);
}

QString ReferralEventProjection::recordType() const {
    return QString::fromLatin1(ReferralEvent::RecordType);
}

Status ReferralEventProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                        quint64 hlc) {
    const ReferralEvent e = ReferralEvent::fromFields(recordId, fields);
    CORRIDOR_TRY(storage::upsert(
        db,
        "UPDATE referral_events SET referral_id = ?2, client_id = ?3, event = ?4, hlc = ?5, fields = ?6 WHERE id = ?1",
        "INSERT INTO referral_events(id, referral_id, client_id, event, hlc, fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        [&](storage::Statement& st) {
            st.bind(1, recordId)
                .bind(2, e.referralId)
                .bind(3, e.clientId)
                .bind(4, e.event)
                .bind(5, qint64(hlc))
                .bind(6, records::FieldMapCodec::encode(fields));
        }));
    CORRIDOR_TRY(storage::upsert(db, "UPDATE referral_event_links SET referral_id = ?2 WHERE event_id = ?1",
                                 "INSERT INTO referral_event_links(event_id, referral_id) VALUES (?1, ?2)",
                                 [&](storage::Statement& st) { st.bind(1, recordId).bind(2, e.referralId); }));
    return refreshStatus(db, e.referralId);
}

Status ReferralEventProjection::remove(storage::Database& db, const QString& recordId) {
    return removeRow(db, "DELETE FROM referral_events WHERE id = ?1", recordId);
}

Result<QStringList> ReferralEventProjection::childrenOf(storage::Database& db, const QString& parentType,
                                                        const QString& parentId) {
    if (parentType == QLatin1String("client"))
        return ids(db, "SELECT id FROM referral_events WHERE client_id = ?1", parentId);
    if (parentType == QLatin1String(Referral::RecordType))
        return ids(db, "SELECT id FROM referral_events WHERE referral_id = ?1", parentId);
    return QStringList();
}

Status ReferralEventProjection::refreshStatus(storage::Database& db, const QString& referralId) {
    auto st = db.prepare("UPDATE referrals SET status = coalesce((SELECT event FROM referral_events WHERE "
                         "referral_id = ?1 ORDER BY hlc DESC, id DESC LIMIT 1), '') WHERE id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, referralId);
    return st->run();
}

} // namespace corridor::referrals

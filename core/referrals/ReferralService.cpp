#include "core/referrals/ReferralService.h"

#include "core/base/Ids.h"
#include "core/cases/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/records/RecordStore.h"
#include "core/referrals/ReferralCode.h"
#include "core/referrals/SiteDirectory.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace corridor::referrals {

ReferralService::ReferralService(records::RecordStore& store, storage::Database& db, cases::CaseService& cases,
                                 SiteService& sites, cases::AuditLog& audit, const Clock& clock)
    : m_store(store)
    , m_db(db)
    , m_cases(cases)
    , m_sites(sites)
    , m_audit(audit)
    , m_clock(clock) {}

Status ReferralService::requireCaseAccess() const {
    if (m_actor.userId.isEmpty())
        return Error(ErrorCode::Locked, tr("Sign in first."));
    if (!m_actor.canReadCases())
        return Error(ErrorCode::PermissionDenied, tr("Your role (trainer) does not give access to referrals."));
    return success();
}

Result<Referral> ReferralService::create(const Request& request) {
    CORRIDOR_TRY(requireCaseAccess());
    auto site = m_sites.find(request.toSite);
    if (!site.ok())
        return site.error();
    if (request.reasons.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give at least one reason for the referral."));
    for (const QString& reason : request.reasons)
        if (!ReferralEvent::reasons().contains(reason))
            return Error(ErrorCode::InvalidInput,
                         tr("“%1” is not a referral reason (%2).").arg(reason, ReferralEvent::reasons().join(u',')));
    if (request.daysSupplied < 0 || request.daysSupplied > 1000)
        return Error(ErrorCode::InvalidInput, tr("Days of medicine supplied must be between 0 and 1000."));
    auto client = m_cases.openClient(request.clientId);
    if (!client.ok())
        return client.error();
    const bool partner = site->org != m_organisation;
    if (partner && !client->consent.shareWithPartner)
        return Error(ErrorCode::PermissionDenied,
                     tr("%1's consent does not allow sharing with a partner National Society: record that consent in "
                        "the case file first.")
                         .arg(client->name.isEmpty() ? client->uic : client->name));

    Referral r;
    r.id = Ids::newId();
    r.code = ReferralCode::generate();
    r.clientId = client->id;
    r.uic = client->uic;
    r.name = client->name;
    r.phone = client->phone;
    r.languages = client->languages;
    r.reasons = request.reasons;
    r.regimen = request.regimen.trimmed();
    r.lastDispense = request.lastDispense;
    r.daysSupplied = request.daysSupplied;
    r.viralLoadDate = request.viralLoadDate;
    r.viralLoadResult = request.viralLoadResult.trimmed().left(100);
    r.travelDate = request.travelDate;
    r.visitBefore = request.visitBefore;
    r.fromOrg = m_organisation;
    r.toOrg = site->org;
    r.toSite = site->id;
    r.senderName = m_actor.userName;
    r.senderContact = request.senderContact.trimmed().left(200);
    r.fromBranch = m_branch;
    r.toContact = request.toContact.trimmed().left(200);
    r.consentToShare = client->consent.shareWithPartner;
    r.slipLanguages = request.slipLanguages;
    r.createdOn = m_clock.today();

    ReferralEvent created;
    created.id = Ids::newId();
    created.referralId = r.id;
    created.clientId = r.clientId;
    created.event = QStringLiteral("created");
    created.date = r.createdOn;
    created.by = m_actor.userName;
    created.org = m_organisation;

    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto written = m_store.write(QString::fromLatin1(Referral::RecordType), r.id, r.toFields()); !written.ok())
        return written.error();
    if (auto written = m_store.write(QString::fromLatin1(ReferralEvent::RecordType), created.id, created.toFields());
        !written.ok())
        return written.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("create"), QString::fromLatin1(Referral::RecordType), r.id, r.code));
    CORRIDOR_TRY(tx->commit());
    r.status = created.event;
    return r;
}

Status ReferralService::addEvent(const QString& code, const QString& event, const QString& note) {
    CORRIDOR_TRY(requireCaseAccess());
    if (!ReferralEvent::events().contains(event) || event == QLatin1String("created"))
        return Error(ErrorCode::InvalidInput,
                     tr("“%1” is not a referral step (%2).").arg(event, ReferralEvent::events().mid(1).join(u',')));
    if (note.size() > 2000)
        return Error(ErrorCode::InvalidInput, tr("The note is longer than %1 characters.").arg(2000));
    auto referral = byCode(code);
    if (!referral.ok())
        return referral.error();
    ReferralEvent e;
    e.id = Ids::newId();
    e.referralId = referral->id;
    e.clientId = referral->clientId;
    e.event = event;
    e.date = m_clock.today();
    e.note = note.trimmed();
    e.by = m_actor.userName;
    e.org = m_organisation;
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    if (auto written = m_store.write(QString::fromLatin1(ReferralEvent::RecordType), e.id, e.toFields()); !written.ok())
        return written.error();
    CORRIDOR_TRY(
        m_audit.record(QStringLiteral("update"), QString::fromLatin1(Referral::RecordType), referral->id, event));
    return tx->commit();
}

Result<QList<Referral>> ReferralService::select(const char* sql, const QString& value) {
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return st.error();
    if (!value.isNull())
        st->bind(1, value);
    QList<Referral> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        Referral r = Referral::fromFields(st->text(0), records::FieldMapCodec::decode(st->blob(1)));
        r.status = st->text(2);
        out << r;
    }
}

Result<QList<Referral>> ReferralService::list() {
    CORRIDOR_TRY(requireCaseAccess());
    return select("SELECT id, fields, status FROM referrals ORDER BY updated_at DESC, id", QString());
}

Result<Referral> ReferralService::byCode(const QString& typed) {
    CORRIDOR_TRY(requireCaseAccess());
    auto code = ReferralCode::normalise(typed);
    if (!code.ok())
        return code.error();
    auto found = select("SELECT id, fields, status FROM referrals WHERE code = ?1 ORDER BY updated_at DESC, id", *code);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("No referral with the code %1 is on this laptop.").arg(*code));
    return found->first();
}

Result<QList<ReferralEvent>> ReferralService::events(const QString& referralId) {
    CORRIDOR_TRY(requireCaseAccess());
    auto st = m_db.prepare("SELECT id, fields FROM referral_events WHERE referral_id = ?1 ORDER BY hlc, id");
    if (!st.ok())
        return st.error();
    st->bind(1, referralId);
    QList<ReferralEvent> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out << ReferralEvent::fromFields(st->text(0), records::FieldMapCodec::decode(st->blob(1)));
    }
}

Result<ReferralService::Received> ReferralService::receive(const Referral& fromSlip, quint64 issuedHlc) {
    CORRIDOR_TRY(requireCaseAccess());
    constexpr qint64 DayMs = 24 * 3600 * 1000;
    if (records::HlcClock::physicalMs(issuedHlc) <= m_clock.nowMs() + DayMs)
        m_store.hlcClock().observe(issuedHlc);
    auto existing = select("SELECT id, fields, status FROM referrals WHERE id = ?1", fromSlip.id);
    if (!existing.ok())
        return existing.error();
    auto sameCode = select("SELECT id, fields, status FROM referrals WHERE code = ?1", fromSlip.code);
    if (!sameCode.ok())
        return sameCode.error();
    for (const Referral& other : *sameCode)
        if (other.id != fromSlip.id)
            return Error(ErrorCode::AlreadyExists,
                         tr("Another referral with the code %1 is already on this laptop; check the slip with its "
                            "sender.")
                             .arg(fromSlip.code));
    Received out;
    out.created = existing->isEmpty();
    out.referral = out.created ? fromSlip : existing->first();
    if (out.created)
        out.referral.clientId.clear(); // the case file stays on the sending side

    bool alreadyReceived = false;
    if (!out.created) {
        auto steps = events(out.referral.id);
        if (!steps.ok())
            return steps.error();
        for (const ReferralEvent& e : *steps)
            alreadyReceived = alreadyReceived || e.event == QLatin1String("received");
    }
    const bool recordReceived = out.referral.toOrg == m_organisation && !alreadyReceived;
    if (!out.created && !recordReceived)
        return out;

    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    if (out.created) {
        if (auto written =
                m_store.write(QString::fromLatin1(Referral::RecordType), out.referral.id, out.referral.toFields());
            !written.ok())
            return written.error();
        CORRIDOR_TRY(m_audit.record(QStringLiteral("scan"), QString::fromLatin1(Referral::RecordType), out.referral.id,
                                    out.referral.code));
    }
    if (recordReceived) {
        ReferralEvent e;
        e.id = Ids::newId();
        e.referralId = out.referral.id;
        e.event = QStringLiteral("received");
        e.date = m_clock.today();
        e.note = tr("slip scanned");
        e.by = m_actor.userName;
        e.org = m_organisation;
        if (auto written = m_store.write(QString::fromLatin1(ReferralEvent::RecordType), e.id, e.toFields());
            !written.ok())
            return written.error();
        out.receivedRecorded = true;
    }
    CORRIDOR_TRY(tx->commit());
    auto fresh = select("SELECT id, fields, status FROM referrals WHERE id = ?1", out.referral.id);
    if (!fresh.ok())
        return fresh.error();
    if (!fresh->isEmpty())
        out.referral = fresh->first();
    return out;
}

bool ReferralService::sharedWith(const QString& recordType, const QString& recordId, const QString& organisation) {
    const char* sql = nullptr;
    if (recordType == QLatin1String(Referral::RecordType))
        sql = "SELECT 1 FROM referral_routes WHERE referral_id = ?1 AND (from_org = ?2 OR to_org = ?2)";
    else if (recordType == QLatin1String(ReferralEvent::RecordType))
        sql = "SELECT 1 FROM referral_event_links l JOIN referral_routes r ON r.referral_id = l.referral_id "
              "WHERE l.event_id = ?1 AND (r.from_org = ?2 OR r.to_org = ?2)";
    if (!sql)
        return false;
    auto st = m_db.prepare(sql);
    if (!st.ok())
        return false;
    st->bind(1, recordId).bind(2, organisation);
    auto row = st->step();
    const bool shared = row.ok() && *row;
    st->reset();
    return shared;
}

Status ReferralService::eraseReferralsOf(const QString& clientId, const QString& reason) {
    auto st = m_db.prepare("SELECT id FROM referrals WHERE client_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, clientId);
    auto ids = st->texts();
    if (!ids.ok())
        return ids.error();
    for (const QString& id : *ids)
        if (auto erased = m_store.erase(QString::fromLatin1(Referral::RecordType), id, reason); !erased.ok())
            return erased.error();
    return success();
}

} // namespace corridor::referrals

#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/records/Actor.h"
#include "core/referrals/Referral.h"

#include <QCoreApplication>

namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}
namespace corridor::cases {
class AuditLog;
class CaseService;
} // namespace corridor::cases

namespace corridor::referrals {

class SiteService;

// Referrals across the border: created from a case file, followed through status events
// recorded on either side. The partner scope of sync asks sharedWith() which records may
// cross to a partner National Society: only referrals that concern it and their events.
class ReferralService {
    Q_DECLARE_TR_FUNCTIONS(ReferralService)
public:
    ReferralService(records::RecordStore& store, storage::Database& db, cases::CaseService& cases, SiteService& sites,
                    cases::AuditLog& audit, const Clock& clock);

    void setActor(const records::Actor& actor) { m_actor = actor; }
    void setOrganisation(const QString& organisation) { m_organisation = organisation; }
    void setBranch(const QString& branch) { m_branch = branch; }

    struct Request {
        QString clientId;
        QString toSite; // a site id of the directory
        QStringList reasons;
        QDate visitBefore;
        QDate travelDate;
        QStringList slipLanguages;
        QString regimen;
        QDate lastDispense;
        int daysSupplied = 0;
        QString senderContact;
        QString toContact;
        QDate viralLoadDate;
        QString viralLoadResult;
    };
    [[nodiscard]] Result<Referral> create(const Request& request);
    [[nodiscard]] Status addEvent(const QString& code, const QString& event, const QString& note);
    [[nodiscard]] Result<QList<Referral>> list();
    // By what a person typed: the code in any case, with or without dashes.
    [[nodiscard]] Result<Referral> byCode(const QString& typed);
    [[nodiscard]] Result<QList<ReferralEvent>> events(const QString& referralId);

    // A referral read from a slip's QR code on this side of the border. Creates it if no
    // bundle brought it yet (never overwrites one that is here), and records "received"
    // once when this is the receiving National Society. Scanning the same slip again
    // changes nothing.
    struct Received {
        Referral referral;
        bool created = false;
        bool receivedRecorded = false;
    };
    // issuedHlc: the sending device's clock when it made the slip (ignored if over a day
    // ahead of this laptop's clock).
    [[nodiscard]] Result<Received> receive(const Referral& fromSlip, quint64 issuedHlc);

    bool sharedWith(const QString& recordType, const QString& recordId, const QString& organisation);
    // Before a person is erased: erase their referrals as records of their own, so the
    // erasure reaches the partner that holds them (it never sees the case file).
    [[nodiscard]] Status eraseReferralsOf(const QString& clientId, const QString& reason);

private:
    [[nodiscard]] Status requireCaseAccess() const;
    [[nodiscard]] Result<QList<Referral>> select(const char* sql, const QString& value);

    records::RecordStore& m_store;
    storage::Database& m_db;
    cases::CaseService& m_cases;
    SiteService& m_sites;
    cases::AuditLog& m_audit;
    const Clock& m_clock;
    records::Actor m_actor;
    QString m_organisation;
    QString m_branch;
};

} // namespace corridor::referrals

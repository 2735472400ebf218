#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace corridor::referrals {

// A cross-border referral: what the receiving side needs without the case file. Written
// from a case file on the sending side; its status comes from its events.
struct Referral {
    static constexpr const char* RecordType = "referral";

    QString id;
    QString code; // ReferralCode display form
    QString clientId;
    QString uic;
    QString name; // the name or alias the client chose to give
    QString phone;
    QStringList languages;
    QStringList reasons; // art, testing, pss, documents, other
    QString regimen;     // clinical summary: never printed on the face of a slip
    QDate lastDispense;
    int daysSupplied = 0;
    QDate viralLoadDate;
    QString viralLoadResult;
    QDate travelDate;
    QDate visitBefore;
    QString fromOrg;
    QString toOrg;
    QString toSite;
    QString senderName;
    QString senderContact;       // how the receiving side reaches the sender (phone, chat)
    QString fromBranch;          // the sending branch
    QString toContact;           // the contact person at the receiving site, if known
    bool consentToShare = false; // the client's consent allowed sharing with a partner
    QStringList slipLanguages;
    QDate createdOn;
    QString status; // derived from the events; not a field

    records::FieldMap toFields() const;
    static Referral fromFields(const QString& id, const records::FieldMap& fields);

    // The step expected next and by when: "sent" within 2 days of creation, "arrived" by the
    // visit-before date (30 days after creation if none was set), "linked" to care within
    // 14 days after that. Nothing once the referral is linked, closed, declined or lost.
    struct NextStep {
        QString event; // empty when nothing more is expected
        QDate due;
    };
    NextStep nextStep() const;
    bool overdue(const QDate& today) const {
        const NextStep next = nextStep();
        return !next.event.isEmpty() && next.due.isValid() && next.due < today;
    }
};

// One step in a referral's life, with who, when and a note. Recorded on either side of
// the border; both sides see every step.
struct ReferralEvent {
    Q_DECLARE_TR_FUNCTIONS(ReferralEvent)
public:
    static constexpr const char* RecordType = "referral_event";

    QString id;
    QString referralId;
    QString clientId; // on the sending side; empty on the receiving side
    QString event;    // one of events()
    QDate date;
    QString note;
    QString by;  // the user's name
    QString org; // the National Society where it was recorded

    records::FieldMap toFields() const;
    static ReferralEvent fromFields(const QString& id, const records::FieldMap& fields);

    static QStringList events(); // created, sent, received, arrived, linked, closed, declined, lost
    static QString label(const QString& event);
    static QStringList reasons(); // art, testing, pss, documents, other
    static QString reasonLabel(const QString& reason);
};

} // namespace corridor::referrals

#include "core/referrals/Referral.h"

#include "core/cases/FieldValues.h"

namespace corridor::referrals {

using namespace cases::FieldValues;

records::FieldMap Referral::toFields() const {
    records::FieldMap f;
    f.insert(QStringLiteral("code"), text(code));
    f.insert(QStringLiteral("client_id"), text(clientId));
    f.insert(QStringLiteral("uic"), text(uic));
    f.insert(QStringLiteral("name"), text(name));
    f.insert(QStringLiteral("phone"), text(phone));
    f.insert(QStringLiteral("languages"), list(languages));
    f.insert(QStringLiteral("reasons"), list(reasons));
    f.insert(QStringLiteral("regimen"), text(regimen));
    f.insert(QStringLiteral("last_dispense"), date(lastDispense));
    f.insert(QStringLiteral("days_supplied"),
             daysSupplied > 0 ? QCborValue(qint64(daysSupplied)) : QCborValue(nullptr));
    f.insert(QStringLiteral("vl_date"), date(viralLoadDate));
    f.insert(QStringLiteral("vl_result"), text(viralLoadResult));
    f.insert(QStringLiteral("travel_date"), date(travelDate));
    f.insert(QStringLiteral("visit_before"), date(visitBefore));
    f.insert(QStringLiteral("from_org"), text(fromOrg));
    f.insert(QStringLiteral("to_org"), text(toOrg));
    f.insert(QStringLiteral("to_site"), text(toSite));
    f.insert(QStringLiteral("sender_name"), text(senderName));
    f.insert(QStringLiteral("sender_contact"), text(senderContact));
    f.insert(QStringLiteral("from_branch"), text(fromBranch));
    f.insert(QStringLiteral("to_contact"), text(toContact));
    f.insert(QStringLiteral("consent_share"), QCborValue(consentToShare));
    f.insert(QStringLiteral("slip_languages"), list(slipLanguages));
    f.insert(QStringLiteral("created_on"), date(createdOn));
    return f;
}

Referral Referral::fromFields(const QString& id, const records::FieldMap& f) {
    Referral r;
    r.id = id;
    r.code = textOf(f, "code");
    r.clientId = textOf(f, "client_id");
    r.uic = textOf(f, "uic");
    r.name = textOf(f, "name");
    r.phone = textOf(f, "phone");
    r.languages = listOf(f, "languages");
    r.reasons = listOf(f, "reasons");
    r.regimen = textOf(f, "regimen");
    r.lastDispense = dateOf(f, "last_dispense");
    r.daysSupplied = int(f.value(QStringLiteral("days_supplied")).toInteger(0));
    r.viralLoadDate = dateOf(f, "vl_date");
    r.viralLoadResult = textOf(f, "vl_result");
    r.travelDate = dateOf(f, "travel_date");
    r.visitBefore = dateOf(f, "visit_before");
    r.fromOrg = textOf(f, "from_org");
    r.toOrg = textOf(f, "to_org");
    r.toSite = textOf(f, "to_site");
    r.senderName = textOf(f, "sender_name");
    r.senderContact = textOf(f, "sender_contact");
    r.fromBranch = textOf(f, "from_branch");
    r.toContact = textOf(f, "to_contact");
    r.consentToShare = boolOf(f, "consent_share");
    r.slipLanguages = listOf(f, "slip_languages");
    r.createdOn = dateOf(f, "created_on");
    return r;
}

Referral::NextStep Referral::nextStep() const {
    const QDate arriveBy = visitBefore.isValid() ? visitBefore : createdOn.addDays(30);
    if (status.isEmpty() || status == QLatin1String("created"))
        return {QStringLiteral("sent"), createdOn.addDays(2)};
    if (status == QLatin1String("sent") || status == QLatin1String("received"))
        return {QStringLiteral("arrived"), arriveBy};
    if (status == QLatin1String("arrived"))
        return {QStringLiteral("linked"), arriveBy.addDays(14)};
    return {};
}

records::FieldMap ReferralEvent::toFields() const {
    records::FieldMap f;
    f.insert(QStringLiteral("referral_id"), text(referralId));
    f.insert(QStringLiteral("client_id"), text(clientId));
    f.insert(QStringLiteral("event"), text(event));
    f.insert(QStringLiteral("date"), cases::FieldValues::date(date));
    f.insert(QStringLiteral("note"), text(note));
    f.insert(QStringLiteral("by"), text(by));
    f.insert(QStringLiteral("org"), text(org));
    return f;
}

ReferralEvent ReferralEvent::fromFields(const QString& id, const records::FieldMap& f) {
    ReferralEvent e;
    e.id = id;
    e.referralId = textOf(f, "referral_id");
    e.clientId = textOf(f, "client_id");
    e.event = textOf(f, "event");
    e.date = dateOf(f, "date");
    e.note = textOf(f, "note");
    e.by = textOf(f, "by");
    e.org = textOf(f, "org");
    return e;
}

QStringList ReferralEvent::events() {
    return {QStringLiteral("created"), QStringLiteral("sent"),   QStringLiteral("received"), QStringLiteral("arrived"),
            QStringLiteral("linked"),  QStringLiteral("closed"), QStringLiteral("declined"), QStringLiteral("lost")};
}

QStringList ReferralEvent::reasons() {
    return {QStringLiteral("art"), QStringLiteral("testing"), QStringLiteral("pss"), QStringLiteral("documents"),
            QStringLiteral("other")};
}

QString ReferralEvent::reasonLabel(const QString& reason) {
    if (reason == QLatin1String("art"))
        return tr("ART continuation");
    if (reason == QLatin1String("testing"))
        return tr("HIV testing");
    if (reason == QLatin1String("pss"))
        return tr("Psychosocial support");
    if (reason == QLatin1String("documents"))
        return tr("Identity documents (embassy)");
    return tr("Other");
}

QString ReferralEvent::label(const QString& event) {
    if (event == QLatin1String("created"))
        return tr("Created");
    if (event == QLatin1String("sent"))
        return tr("Sent");
    if (event == QLatin1String("received"))
        return tr("Received by the other side");
    if (event == QLatin1String("arrived"))
        return tr("Arrived");
    if (event == QLatin1String("linked"))
        return tr("Linked to care");
    if (event == QLatin1String("closed"))
        return tr("Closed");
    if (event == QLatin1String("declined"))
        return tr("Declined");
    if (event == QLatin1String("lost"))
        return tr("Lost to follow-up");
    return event;
}

} // namespace corridor::referrals

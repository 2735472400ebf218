#include "app/cli/JsonViews.h"

#include <QCborArray>
#include <QDateTime>
#include <QJsonArray>

#include "core/crypto/DeviceIdentity.h"
#include "core/records/Hlc.h"

namespace corridor::cli::JsonViews {
namespace {

QJsonValue dateValue(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue textValue(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue timeValue(qint64 ms) {
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject client(const cases::Client& c) {
    QJsonObject consent;
    consent[QStringLiteral("date")] = dateValue(c.consent.date);
    consent[QStringLiteral("keep")] = c.consent.keepRecords;
    consent[QStringLiteral("contact")] = c.consent.contactByPhone;
    consent[QStringLiteral("share_partner")] = c.consent.shareWithPartner;
    QJsonObject o;
    o[QStringLiteral("id")] = c.id;
    o[QStringLiteral("uic")] = c.uic;
    o[QStringLiteral("name")] = c.name;
    o[QStringLiteral("sex")] = c.sex;
    o[QStringLiteral("birth_year")] = c.birthYear ? QJsonValue(*c.birthYear) : QJsonValue();
    o[QStringLiteral("age_band")] = textValue(c.ageBand);
    o[QStringLiteral("nationality")] = textValue(c.nationality);
    o[QStringLiteral("languages")] = QJsonArray::fromStringList(c.languages);
    o[QStringLiteral("phone")] = textValue(c.phone);
    o[QStringLiteral("origin_country")] = textValue(c.originCountry);
    o[QStringLiteral("origin_province")] = textValue(c.originProvince);
    o[QStringLiteral("current_location")] = textValue(c.currentLocation);
    o[QStringLiteral("destination")] = textValue(c.destination);
    o[QStringLiteral("migration_status")] = c.migrationStatus;
    o[QStringLiteral("occupation")] = textValue(c.occupation);
    o[QStringLiteral("hiv_status")] = c.hivStatus;
    o[QStringLiteral("on_art")] = c.onArt;
    o[QStringLiteral("art_site")] = textValue(c.artSite);
    o[QStringLiteral("consent")] = consent;
    o[QStringLiteral("assigned_volunteer")] = textValue(c.assignedVolunteer);
    o[QStringLiteral("case_status")] = c.caseStatus;
    o[QStringLiteral("notes")] = textValue(c.notes);
    o[QStringLiteral("created_at")] = timeValue(c.createdAtMs);
    o[QStringLiteral("updated_at")] = timeValue(c.updatedAtMs);
    return o;
}

QJsonObject clientSummary(const cases::ClientSummary& s) {
    QJsonObject o = client(s.client);
    o[QStringLiteral("last_contact")] = dateValue(s.lastContact);
    o[QStringLiteral("next_followup")] = dateValue(s.nextFollowUp);
    return o;
}

QJsonObject encounter(const cases::Encounter& e) {
    QJsonObject o;
    o[QStringLiteral("id")] = e.id;
    o[QStringLiteral("case")] = e.clientId;
    o[QStringLiteral("date")] = dateValue(e.date);
    o[QStringLiteral("kind")] = e.kind;
    o[QStringLiteral("services")] = QJsonArray::fromStringList(e.services);
    o[QStringLiteral("notes")] = textValue(e.notes);
    o[QStringLiteral("next_followup")] = dateValue(e.nextFollowUp);
    o[QStringLiteral("recorded_by")] = textValue(e.recordedBy);
    return o;
}

QJsonObject followUp(const cases::FollowUp& f) {
    QJsonObject o;
    o[QStringLiteral("id")] = f.id;
    o[QStringLiteral("case")] = f.clientId;
    o[QStringLiteral("due_date")] = dateValue(f.dueDate);
    o[QStringLiteral("reason")] = textValue(f.reason);
    o[QStringLiteral("done")] = f.done;
    o[QStringLiteral("done_date")] = dateValue(f.doneDate);
    o[QStringLiteral("encounter")] = textValue(f.encounterId);
    return o;
}

QJsonObject auditEntry(const cases::AuditEntry& e) {
    QJsonObject o;
    o[QStringLiteral("seq")] = e.sequence;
    o[QStringLiteral("at")] = timeValue(e.atMs);
    o[QStringLiteral("user_id")] = e.userId;
    o[QStringLiteral("user")] = e.userName;
    o[QStringLiteral("device")] = e.device;
    o[QStringLiteral("action")] = e.action;
    o[QStringLiteral("record_type")] = e.recordType;
    o[QStringLiteral("record_id")] = e.recordId;
    o[QStringLiteral("detail")] = textValue(e.detail);
    return o;
}

QJsonObject user(const session::User& u) {
    QJsonObject o;
    o[QStringLiteral("id")] = u.id;
    o[QStringLiteral("name")] = u.name;
    o[QStringLiteral("role")] = records::roleCode(u.role);
    o[QStringLiteral("active")] = u.active;
    return o;
}

QJsonValue value(const QCborValue& v) {
    if (v.isArray()) {
        QJsonArray a;
        for (const QCborValue& item : v.toArray())
            a.append(value(item));
        return a;
    }
    if (v.isByteArray())
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toJsonValue();
}

QString valueText(const QCborValue& v) {
    if (v.isNull())
        return QStringLiteral("(empty)");
    if (v.isArray()) {
        QStringList items;
        for (const QCborValue& item : v.toArray())
            items << valueText(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isByteArray())
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toVariant().toString();
}

namespace {
QJsonObject writeJson(const records::FieldWrite& w) {
    QJsonObject o;
    o[QStringLiteral("value")] = value(w.value);
    o[QStringLiteral("device")] = crypto::DeviceIdentity::idText(w.author);
    o[QStringLiteral("at")] = timeValue(records::HlcClock::physicalMs(w.hlc));
    o[QStringLiteral("changeset")] = QString::fromLatin1(w.changeset.toHex());
    return o;
}
} // namespace

QJsonObject conflict(const records::Conflict& c) {
    QJsonObject o;
    o[QStringLiteral("record_type")] = c.recordType;
    o[QStringLiteral("record_id")] = c.recordId;
    o[QStringLiteral("field")] = c.field;
    o[QStringLiteral("current")] = writeJson(c.winner);
    o[QStringLiteral("other")] = writeJson(c.loser);
    return o;
}

QJsonObject historyEntry(const records::HistoryEntry& h) {
    QJsonObject o;
    o[QStringLiteral("record_type")] = h.recordType;
    o[QStringLiteral("record_id")] = h.recordId;
    o[QStringLiteral("changeset")] = QString::fromLatin1(h.hash.toHex());
    o[QStringLiteral("device")] = crypto::DeviceIdentity::idText(h.author);
    o[QStringLiteral("sequence")] = qint64(h.sequence);
    o[QStringLiteral("at")] = timeValue(records::HlcClock::physicalMs(h.hlc));
    o[QStringLiteral("user_id")] = h.userId;
    o[QStringLiteral("operation")] =
        h.op == records::Changeset::Op::Erase ? QStringLiteral("erase") : QStringLiteral("write");
    o[QStringLiteral("scrubbed")] = h.scrubbed;
    QJsonObject fields;
    for (const auto& f : h.fields)
        fields[f.name] = value(f.value);
    o[QStringLiteral("fields")] = fields;
    return o;
}

} // namespace corridor::cli::JsonViews

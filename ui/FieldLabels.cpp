#include "ui/FieldLabels.h"

#include "core/cases/Vocabulary.h"
#include "core/records/Hlc.h"

#include <QCborArray>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace corridor::ui {
using cases::Vocabulary;

std::optional<Vocabulary::List> FieldLabels::vocabulary(const QString& field) {
    static const QHash<QString, Vocabulary::List> lists = {
        {QStringLiteral("sex"), Vocabulary::List::Sex},
        {QStringLiteral("age_band"), Vocabulary::List::AgeBand},
        {QStringLiteral("nationality"), Vocabulary::List::Country},
        {QStringLiteral("origin_country"), Vocabulary::List::Country},
        {QStringLiteral("languages"), Vocabulary::List::Language},
        {QStringLiteral("migration_status"), Vocabulary::List::MigrationStatus},
        {QStringLiteral("occupation"), Vocabulary::List::Occupation},
        {QStringLiteral("hiv_status"), Vocabulary::List::HivStatus},
        {QStringLiteral("case_status"), Vocabulary::List::CaseStatus},
        {QStringLiteral("kind"), Vocabulary::List::EncounterKind},
        {QStringLiteral("services"), Vocabulary::List::Service},
    };
    const auto it = lists.constFind(field);
    return it == lists.constEnd() ? std::nullopt : std::optional(*it);
}

QString FieldLabels::recordType(const QString& type) {
    if (type == QLatin1String("client"))
        return tr("Case file");
    if (type == QLatin1String("encounter"))
        return tr("Contact");
    if (type == QLatin1String("followup"))
        return tr("Follow-up");
    if (type == QLatin1String("device"))
        return tr("Device");
    return type;
}

QString FieldLabels::role(records::Role role) {
    switch (role) {
    case records::Role::Volunteer:
        return tr("Volunteer");
    case records::Role::Coordinator:
        return tr("Coordinator");
    case records::Role::Trainer:
        return tr("Trainer");
    }
    return {};
}

QString FieldLabels::field(const QString& type, const QString& field) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("uic"), QT_TR_NOOP("UIC")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("Birth year")},
        {QStringLiteral("age_band"), QT_TR_NOOP("Age band")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("languages"), QT_TR_NOOP("Languages")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("origin_country"), QT_TR_NOOP("Country of origin")},
        {QStringLiteral("origin_province"), QT_TR_NOOP("Province of origin")},
        {QStringLiteral("current_location"), QT_TR_NOOP("Current location")},
        {QStringLiteral("destination"), QT_TR_NOOP("Destination")},
        {QStringLiteral("migration_status"), QT_TR_NOOP("Migration status")},
        {QStringLiteral("occupation"), QT_TR_NOOP("Occupation")},
        {QStringLiteral("hiv_status"), QT_TR_NOOP("HIV status")},
        {QStringLiteral("on_art"), QT_TR_NOOP("On ART")},
        {QStringLiteral("art_site"), QT_TR_NOOP("ART site")},
        {QStringLiteral("consent_date"), QT_TR_NOOP("Consent date")},
        {QStringLiteral("consent_keep"), QT_TR_NOOP("Consent to keep records")},
        {QStringLiteral("consent_contact"), QT_TR_NOOP("Consent to contact by phone")},
        {QStringLiteral("consent_share_partner"), QT_TR_NOOP("Consent to share with partner")},
        {QStringLiteral("assigned_volunteer"), QT_TR_NOOP("Assigned volunteer")},
        {QStringLiteral("case_status"), QT_TR_NOOP("Case status")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind of contact")},
        {QStringLiteral("services"), QT_TR_NOOP("Services")},
        {QStringLiteral("next_followup"), QT_TR_NOOP("Next follow-up")},
        {QStringLiteral("recorded_by"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("done"), QT_TR_NOOP("Done")},
        {QStringLiteral("done_date"), QT_TR_NOOP("Done on")},
    };
    Q_UNUSED(type);
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

QString FieldLabels::value(const QString& field, const QCborValue& value) {
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const auto list = vocabulary(field);
    if (value.isArray()) {
        QStringList items;
        for (const QCborValue& item : value.toArray())
            items << (list ? Vocabulary::label(*list, item.toString()) : FieldLabels::value(field, item));
        return items.isEmpty() ? tr("(empty)") : items.join(QStringLiteral(", "));
    }
    if (list && value.isString())
        return Vocabulary::label(*list, value.toString());
    if (value.isByteArray())
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toVariant().toString();
}

QString FieldLabels::hlcTime(quint64 hlc) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(records::HlcClock::physicalMs(hlc)).toLocalTime();
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace corridor::ui

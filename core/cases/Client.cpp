#include "core/cases/Client.h"

#include "core/cases/FieldValues.h"
#include "core/cases/Vocabulary.h"

#include <QRegularExpression>

namespace corridor::cases {
namespace {

using records::FieldMap;
using namespace FieldValues;

constexpr int MaxShortText = 200;
constexpr int MaxNotes = 20000;

} // namespace

FieldMap Client::toFields() const {
    FieldMap f;
    f.insert(QStringLiteral("uic"), text(uic));
    f.insert(QStringLiteral("name"), text(name));
    f.insert(QStringLiteral("sex"), text(sex));
    f.insert(QStringLiteral("birth_year"), birthYear ? QCborValue(qint64(*birthYear)) : QCborValue(nullptr));
    f.insert(QStringLiteral("age_band"), text(ageBand));
    f.insert(QStringLiteral("nationality"), text(nationality));
    f.insert(QStringLiteral("languages"), list(languages));
    f.insert(QStringLiteral("phone"), text(phone));
    f.insert(QStringLiteral("origin_country"), text(originCountry));
    f.insert(QStringLiteral("origin_province"), text(originProvince));
    f.insert(QStringLiteral("current_location"), text(currentLocation));
    f.insert(QStringLiteral("destination"), text(destination));
    f.insert(QStringLiteral("migration_status"), text(migrationStatus));
    f.insert(QStringLiteral("occupation"), text(occupation));
    f.insert(QStringLiteral("hiv_status"), text(hivStatus));
    f.insert(QStringLiteral("on_art"), QCborValue(onArt));
    f.insert(QStringLiteral("art_site"), text(artSite));
    f.insert(QStringLiteral("consent_date"), date(consent.date));
    f.insert(QStringLiteral("consent_keep"), QCborValue(consent.keepRecords));
    f.insert(QStringLiteral("consent_contact"), QCborValue(consent.contactByPhone));
    f.insert(QStringLiteral("consent_share_partner"), QCborValue(consent.shareWithPartner));
    f.insert(QStringLiteral("assigned_volunteer"), text(assignedVolunteer));
    f.insert(QStringLiteral("case_status"), text(caseStatus));
    f.insert(QStringLiteral("notes"), text(notes));
    return f;
}

Client Client::fromFields(const QString& id, const FieldMap& f) {
    Client c;
    c.id = id;
    c.uic = textOf(f, "uic");
    c.name = textOf(f, "name");
    c.sex =
        f.contains(QStringLiteral("sex")) && !textOf(f, "sex").isEmpty() ? textOf(f, "sex") : QStringLiteral("unknown");
    const QCborValue year = f.value(QStringLiteral("birth_year"));
    if (year.isInteger())
        c.birthYear = static_cast<int>(year.toInteger());
    c.ageBand = textOf(f, "age_band");
    c.nationality = textOf(f, "nationality");
    c.languages = listOf(f, "languages");
    c.phone = textOf(f, "phone");
    c.originCountry = textOf(f, "origin_country");
    c.originProvince = textOf(f, "origin_province");
    c.currentLocation = textOf(f, "current_location");
    c.destination = textOf(f, "destination");
    if (!textOf(f, "migration_status").isEmpty())
        c.migrationStatus = textOf(f, "migration_status");
    c.occupation = textOf(f, "occupation");
    if (!textOf(f, "hiv_status").isEmpty())
        c.hivStatus = textOf(f, "hiv_status");
    c.onArt = boolOf(f, "on_art");
    c.artSite = textOf(f, "art_site");
    c.consent.date = dateOf(f, "consent_date");
    c.consent.keepRecords = boolOf(f, "consent_keep");
    c.consent.contactByPhone = boolOf(f, "consent_contact");
    c.consent.shareWithPartner = boolOf(f, "consent_share_partner");
    c.assignedVolunteer = textOf(f, "assigned_volunteer");
    if (!textOf(f, "case_status").isEmpty())
        c.caseStatus = textOf(f, "case_status");
    c.notes = textOf(f, "notes");
    return c;
}

QString Client::normaliseUic(const QString& uic) {
    QString out;
    for (QChar c : uic)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

QString Client::phoneDigits(const QString& phone) {
    QString out;
    for (QChar c : phone)
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
    return out;
}

Status Client::validate(int currentYear) const {
    const auto invalid = [](const QString& message) { return Error(ErrorCode::InvalidInput, message); };
    static const QRegularExpression uicPattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,39}$"));
    if (uic.trimmed().isEmpty())
        return invalid(tr("The unique identifier code (UIC) is required."));
    if (!uicPattern.match(uic.trimmed()).hasMatch())
        return invalid(tr("The UIC may hold only letters, digits, spaces and dashes, at most 40 of them."));
    for (const auto& [value, label] :
         {std::pair{name, tr("name")}, std::pair{originProvince, tr("province of origin")},
          std::pair{currentLocation, tr("current location")}, std::pair{destination, tr("intended destination")},
          std::pair{artSite, tr("ART site")}})
        if (value.size() > MaxShortText)
            return invalid(tr("The %1 is longer than %2 characters.").arg(label).arg(MaxShortText));
    if (notes.size() > MaxNotes)
        return invalid(tr("The notes are longer than %1 characters.").arg(MaxNotes));
    static const QRegularExpression phonePattern(QStringLiteral("^[+]?[0-9 ()./-]{3,30}$"));
    if (!phone.isEmpty() && (!phonePattern.match(phone).hasMatch() || phoneDigits(phone).size() < 3))
        return invalid(tr("The phone number may hold digits, spaces, dashes and a leading +, and needs at least three "
                          "digits."));
    if (birthYear && (*birthYear < 1900 || *birthYear > currentYear))
        return invalid(tr("The birth year must be between 1900 and %1.").arg(currentYear));
    const std::pair<Vocabulary::List, QString> coded[] = {
        {Vocabulary::List::Sex, sex},
        {Vocabulary::List::AgeBand, ageBand},
        {Vocabulary::List::MigrationStatus, migrationStatus},
        {Vocabulary::List::Occupation, occupation},
        {Vocabulary::List::HivStatus, hivStatus},
        {Vocabulary::List::CaseStatus, caseStatus},
    };
    for (const auto& [list, code] : coded)
        if (!Vocabulary::contains(list, code))
            return invalid(tr("'%1' is not a known %2.").arg(code, Vocabulary::listName(list)));
    for (const QString& country : {nationality, originCountry})
        if (!country.isEmpty() && !Vocabulary::contains(Vocabulary::List::Country, country))
            return invalid(
                tr("'%1' is not a known country code (use KH, LA, MM, TH, VN, CN, MY, XX or ZZ).").arg(country));
    for (const QString& language : languages)
        if (!Vocabulary::contains(Vocabulary::List::Language, language))
            return invalid(tr("'%1' is not a known language code.").arg(language));
    if (onArt && hivStatus != QLatin1String("positive"))
        return invalid(tr("A person on ART must have HIV status 'positive'."));
    if ((consent.keepRecords || consent.contactByPhone || consent.shareWithPartner) && !consent.date.isValid())
        return invalid(tr("Record the date on which consent was given."));
    if (consent.date.isValid() && consent.date.year() > currentYear)
        return invalid(tr("The consent date is in the future."));
    return success();
}

} // namespace corridor::cases

#include "core/cases/Vocabulary.h"

namespace corridor::cases {
namespace {

const QList<Term> Sexes = {
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded")},
    {"female", QT_TRANSLATE_NOOP("Vocabulary", "Female")},
    {"male", QT_TRANSLATE_NOOP("Vocabulary", "Male")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

// WHO five-year bands, nesting into 0–14 / 15–24 / 25–49 / 50+.
const QList<Term> AgeBands = {
    {"", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded")},
    {"0-4", "0–4"},
    {"5-9", "5–9"},
    {"10-14", "10–14"},
    {"15-19", "15–19"},
    {"20-24", "20–24"},
    {"25-29", "25–29"},
    {"30-34", "30–34"},
    {"35-39", "35–39"},
    {"40-44", "40–44"},
    {"45-49", "45–49"},
    {"50+", "50+"},
};

const QList<Term> Countries = {
    {"", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded")},
    {"KH", QT_TRANSLATE_NOOP("Vocabulary", "Cambodia")},
    {"LA", QT_TRANSLATE_NOOP("Vocabulary", "Lao PDR")},
    {"MM", QT_TRANSLATE_NOOP("Vocabulary", "Myanmar")},
    {"TH", QT_TRANSLATE_NOOP("Vocabulary", "Thailand")},
    {"VN", QT_TRANSLATE_NOOP("Vocabulary", "Viet Nam")},
    {"CN", QT_TRANSLATE_NOOP("Vocabulary", "China")},
    {"MY", QT_TRANSLATE_NOOP("Vocabulary", "Malaysia")},
    {"XX", QT_TRANSLATE_NOOP("Vocabulary", "Stateless or unknown")},
    {"ZZ", QT_TRANSLATE_NOOP("Vocabulary", "Other country")},
};

const QList<Term> Languages = {
    {"km", QT_TRANSLATE_NOOP("Vocabulary", "Khmer")},
    {"lo", QT_TRANSLATE_NOOP("Vocabulary", "Lao")},
    {"th", QT_TRANSLATE_NOOP("Vocabulary", "Thai")},
    {"my", QT_TRANSLATE_NOOP("Vocabulary", "Myanmar (Burmese)")},
    {"en", QT_TRANSLATE_NOOP("Vocabulary", "English")},
    {"shn", QT_TRANSLATE_NOOP("Vocabulary", "Shan")},
    {"ksw", QT_TRANSLATE_NOOP("Vocabulary", "Karen (S'gaw)")},
    {"mnw", QT_TRANSLATE_NOOP("Vocabulary", "Mon")},
    {"vi", QT_TRANSLATE_NOOP("Vocabulary", "Vietnamese")},
    {"zh", QT_TRANSLATE_NOOP("Vocabulary", "Chinese")},
};

const QList<Term> MigrationStatuses = {
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded")},
    {"documented", QT_TRANSLATE_NOOP("Vocabulary", "Documented (valid passport and permit)")},
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Documents in process")},
    {"undocumented", QT_TRANSLATE_NOOP("Vocabulary", "Undocumented")},
    {"returned", QT_TRANSLATE_NOOP("Vocabulary", "Returned home")},
    {"prospective", QT_TRANSLATE_NOOP("Vocabulary", "Planning to migrate")},
};

const QList<Term> Occupations = {
    {"", QT_TRANSLATE_NOOP("Vocabulary", "Not recorded")},
    {"agriculture", QT_TRANSLATE_NOOP("Vocabulary", "Agriculture and plantations")},
    {"fishing", QT_TRANSLATE_NOOP("Vocabulary", "Fishing and seafood processing")},
    {"construction", QT_TRANSLATE_NOOP("Vocabulary", "Construction")},
    {"manufacturing", QT_TRANSLATE_NOOP("Vocabulary", "Factory work")},
    {"domestic", QT_TRANSLATE_NOOP("Vocabulary", "Domestic work")},
    {"hospitality", QT_TRANSLATE_NOOP("Vocabulary", "Restaurants, hotels and services")},
    {"entertainment", QT_TRANSLATE_NOOP("Vocabulary", "Entertainment venues")},
    {"trade", QT_TRANSLATE_NOOP("Vocabulary", "Market and trade")},
    {"transport", QT_TRANSLATE_NOOP("Vocabulary", "Transport and logistics")},
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "Not working")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

const QList<Term> HivStatuses = {
    {"unknown", QT_TRANSLATE_NOOP("Vocabulary", "Unknown")},
    {"negative", QT_TRANSLATE_NOOP("Vocabulary", "Negative")},
    {"positive", QT_TRANSLATE_NOOP("Vocabulary", "Positive")},
};

const QList<Term> CaseStatuses = {
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
    {"lost", QT_TRANSLATE_NOOP("Vocabulary", "Lost to follow-up")},
};

const QList<Term> EncounterKinds = {
    {"outreach", QT_TRANSLATE_NOOP("Vocabulary", "Outreach visit")},
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone call")},
    {"message", QT_TRANSLATE_NOOP("Vocabulary", "Message (chat app or SMS)")},
    {"home", QT_TRANSLATE_NOOP("Vocabulary", "Home visit")},
    {"office", QT_TRANSLATE_NOOP("Vocabulary", "Visit to the Red Cross office")},
    {"accompaniment", QT_TRANSLATE_NOOP("Vocabulary", "Accompanied to a clinic or office")},
    {"group", QT_TRANSLATE_NOOP("Vocabulary", "Group session")},
};

const QList<Term> Services = {
    {"info", QT_TRANSLATE_NOOP("Vocabulary", "Health information")},
    {"condoms", QT_TRANSLATE_NOOP("Vocabulary", "Condoms")},
    {"testing", QT_TRANSLATE_NOOP("Vocabulary", "HIV testing or referral for testing")},
    {"adherence", QT_TRANSLATE_NOOP("Vocabulary", "Treatment adherence support")},
    {"refill", QT_TRANSLATE_NOOP("Vocabulary", "Help to refill medicine")},
    {"sti", QT_TRANSLATE_NOOP("Vocabulary", "STI referral")},
    {"tb", QT_TRANSLATE_NOOP("Vocabulary", "TB screening referral")},
    {"pss", QT_TRANSLATE_NOOP("Vocabulary", "Psychosocial support")},
    {"documents", QT_TRANSLATE_NOOP("Vocabulary", "Help with identity or work documents")},
    {"protection", QT_TRANSLATE_NOOP("Vocabulary", "Protection or legal referral")},
    {"relief", QT_TRANSLATE_NOOP("Vocabulary", "Food or emergency relief")},
    {"rfl", QT_TRANSLATE_NOOP("Vocabulary", "Restoring family links")},
    {"referral", QT_TRANSLATE_NOOP("Vocabulary", "Cross-border referral")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")},
};

} // namespace

const QList<Term>& Vocabulary::terms(List list) {
    switch (list) {
    case List::Sex:
        return Sexes;
    case List::AgeBand:
        return AgeBands;
    case List::Country:
        return Countries;
    case List::Language:
        return Languages;
    case List::MigrationStatus:
        return MigrationStatuses;
    case List::Occupation:
        return Occupations;
    case List::HivStatus:
        return HivStatuses;
    case List::CaseStatus:
        return CaseStatuses;
    case List::EncounterKind:
        return EncounterKinds;
    case List::Service:
        return Services;
    }
    return Sexes;
}

bool Vocabulary::contains(List list, const QString& code) {
    for (const Term& term : terms(list))
        if (code == QLatin1String(term.code))
            return true;
    return false;
}

QString Vocabulary::label(List list, const QString& code) {
    for (const Term& term : terms(list))
        if (code == QLatin1String(term.code))
            return tr(term.label);
    return code;
}

QStringList Vocabulary::codes(List list) {
    QStringList out;
    for (const Term& term : terms(list))
        out << QString::fromLatin1(term.code);
    return out;
}

QString Vocabulary::listName(List list) {
    switch (list) {
    case List::Sex:
        return tr("sex");
    case List::AgeBand:
        return tr("age band");
    case List::Country:
        return tr("country");
    case List::Language:
        return tr("language");
    case List::MigrationStatus:
        return tr("migration status");
    case List::Occupation:
        return tr("occupation");
    case List::HivStatus:
        return tr("HIV status");
    case List::CaseStatus:
        return tr("case status");
    case List::EncounterKind:
        return tr("kind of contact");
    case List::Service:
        return tr("service");
    }
    return {};
}

} // namespace corridor::cases

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace corridor::cases {

// A coded value and its English label (translated on display). Codes are what changesets
// carry, so they never change; labels may.
struct Term {
    const char* code;
    const char* label;
};

// The controlled lists of the case file. Each list's first entry is its default.
class Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
public:
    enum class List {
        Sex,
        AgeBand,
        Country,
        Language,
        MigrationStatus,
        Occupation,
        HivStatus,
        CaseStatus,
        EncounterKind,
        Service,
    };

    static const QList<Term>& terms(List list);
    static bool contains(List list, const QString& code);
    static QString label(List list, const QString& code); // translated; the code itself if unknown
    static QStringList codes(List list);
    static QString listName(List list);
};

} // namespace corridor::cases

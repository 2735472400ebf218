#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace corridor::cases {

// One contact with a client: when, how, what was given, and when to follow up.
struct Encounter {
    Q_DECLARE_TR_FUNCTIONS(Encounter)
public:
    static constexpr const char* RecordType = "encounter";

    QString id;
    QString clientId;
    QDate date;
    QString kind = QStringLiteral("outreach");
    QStringList services;
    QString notes;
    QDate nextFollowUp; // invalid: none planned
    QString recordedBy; // user id

    bool operator==(const Encounter&) const = default;

    records::FieldMap toFields() const;
    static Encounter fromFields(const QString& id, const records::FieldMap& fields);
    [[nodiscard]] Status validate(const QDate& today) const;
};

} // namespace corridor::cases

#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace corridor::cases {

// What the person agreed to, and when. Recorded before anything else is kept.
struct Consent {
    QDate date;
    bool keepRecords = false;
    bool contactByPhone = false;
    bool shareWithPartner = false; // with a partner National Society across the border

    bool operator==(const Consent&) const = default;
};

// A case file. Codes come from Vocabulary; empty strings and null dates mean "not recorded".
struct Client {
    Q_DECLARE_TR_FUNCTIONS(Client)
public:
    static constexpr const char* RecordType = "client";

    QString id;
    QString uic;
    QString name; // name or alias the person chose to give
    QString sex = QStringLiteral("unknown");
    std::optional<int> birthYear;
    QString ageBand;
    QString nationality;
    QStringList languages;
    QString phone;
    QString originCountry;
    QString originProvince;
    QString currentLocation;
    QString destination;
    QString migrationStatus = QStringLiteral("unknown");
    QString occupation;
    QString hivStatus = QStringLiteral("unknown");
    bool onArt = false;
    QString artSite;
    Consent consent;
    QString assignedVolunteer; // user id
    QString caseStatus = QStringLiteral("active");
    QString notes;

    // Filled from the projection, not saved as fields.
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool operator==(const Client&) const = default;

    records::FieldMap toFields() const;
    static Client fromFields(const QString& id, const records::FieldMap& fields);
    // Checks every field a user or a file can set; the message names the field.
    [[nodiscard]] Status validate(int currentYear) const;
    // "MAJO85" style codes are compared without case, spaces or dashes.
    static QString normaliseUic(const QString& uic);
    static QString phoneDigits(const QString& phone);
};

} // namespace corridor::cases

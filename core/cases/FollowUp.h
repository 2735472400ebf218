#pragma once

#include "core/base/Result.h"
#include "core/records/Changeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace corridor::cases {

// Something to do for a client by a date. Created by hand or from an encounter's
// "next follow-up".
struct FollowUp {
    Q_DECLARE_TR_FUNCTIONS(FollowUp)
public:
    static constexpr const char* RecordType = "followup";

    QString id;
    QString clientId;
    QDate dueDate;
    QString reason;
    bool done = false;
    QDate doneDate;
    QString encounterId; // the encounter that planned it, if any

    bool operator==(const FollowUp&) const = default;

    // The reason to show: the one typed, or (for a follow-up planned at a contact) a
    // sentence in the reader's language.
    QString displayReason() const;

    records::FieldMap toFields() const;
    static FollowUp fromFields(const QString& id, const records::FieldMap& fields);
    [[nodiscard]] Status validate() const;
};

} // namespace corridor::cases

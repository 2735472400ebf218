#include "core/cases/Encounter.h"

#include "core/base/Ids.h"
#include "core/cases/FieldValues.h"
#include "core/cases/Vocabulary.h"

namespace corridor::cases {

using records::FieldMap;
using namespace FieldValues;

FieldMap Encounter::toFields() const {
    FieldMap f;
    f.insert(QStringLiteral("client_id"), text(clientId));
    f.insert(QStringLiteral("date"), FieldValues::date(date));
    f.insert(QStringLiteral("kind"), text(kind));
    f.insert(QStringLiteral("services"), list(services));
    f.insert(QStringLiteral("notes"), text(notes));
    f.insert(QStringLiteral("next_followup"), FieldValues::date(nextFollowUp));
    f.insert(QStringLiteral("recorded_by"), text(recordedBy));
    return f;
}

Encounter Encounter::fromFields(const QString& id, const FieldMap& f) {
    Encounter e;
    e.id = id;
    e.clientId = textOf(f, "client_id");
    e.date = dateOf(f, "date");
    if (!textOf(f, "kind").isEmpty())
        e.kind = textOf(f, "kind");
    e.services = listOf(f, "services");
    e.notes = textOf(f, "notes");
    e.nextFollowUp = dateOf(f, "next_followup");
    e.recordedBy = textOf(f, "recorded_by");
    return e;
}

Status Encounter::validate(const QDate& today) const {
    const auto invalid = [](const QString& message) { return Error(ErrorCode::InvalidInput, message); };
    if (!Ids::isValid(clientId))
        return invalid(tr("The contact must belong to a case file."));
    if (!date.isValid())
        return invalid(tr("The date of the contact is required (YYYY-MM-DD)."));
    if (date > today)
        return invalid(tr("The date of the contact is in the future."));
    if (!Vocabulary::contains(Vocabulary::List::EncounterKind, kind))
        return invalid(tr("'%1' is not a known kind of contact.").arg(kind));
    for (const QString& s : services)
        if (!Vocabulary::contains(Vocabulary::List::Service, s))
            return invalid(tr("'%1' is not a known service.").arg(s));
    if (notes.size() > 20000)
        return invalid(tr("The notes are longer than %1 characters.").arg(20000));
    if (nextFollowUp.isValid() && nextFollowUp < date)
        return invalid(tr("The next follow-up date is before the contact."));
    return success();
}

} // namespace corridor::cases

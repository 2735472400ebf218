#include "core/cases/FollowUp.h"

#include "core/base/Ids.h"
#include "core/cases/FieldValues.h"

namespace corridor::cases {

using records::FieldMap;
using namespace FieldValues;

QString FollowUp::displayReason() const {
    if (!reason.isEmpty())
        return reason;
    return encounterId.isEmpty() ? QString() : tr("Planned at a contact");
}

FieldMap FollowUp::toFields() const {
    FieldMap f;
    f.insert(QStringLiteral("client_id"), text(clientId));
    f.insert(QStringLiteral("due_date"), date(dueDate));
    f.insert(QStringLiteral("reason"), text(reason));
    f.insert(QStringLiteral("done"), QCborValue(done));
    f.insert(QStringLiteral("done_date"), date(doneDate));
    f.insert(QStringLiteral("encounter_id"), text(encounterId));
    return f;
}

FollowUp FollowUp::fromFields(const QString& id, const FieldMap& f) {
    FollowUp u;
    u.id = id;
    u.clientId = textOf(f, "client_id");
    u.dueDate = dateOf(f, "due_date");
    u.reason = textOf(f, "reason");
    u.done = boolOf(f, "done");
    u.doneDate = dateOf(f, "done_date");
    u.encounterId = textOf(f, "encounter_id");
    return u;
}

Status FollowUp::validate() const {
    const auto invalid = [](const QString& message) { return Error(ErrorCode::InvalidInput, message); };
    if (!Ids::isValid(clientId))
        return invalid(tr("The follow-up must belong to a case file."));
    if (!dueDate.isValid())
        return invalid(tr("The follow-up needs a due date (YYYY-MM-DD)."));
    if (reason.size() > 500)
        return invalid(tr("The reason is longer than %1 characters.").arg(500));
    if (done && !doneDate.isValid())
        return invalid(tr("Record the date on which the follow-up was done."));
    return success();
}

} // namespace corridor::cases

#include "core/cases/CaseService.h"

#include "core/base/Ids.h"
#include "core/cases/AuditLog.h"
#include "core/records/RecordStore.h"
#include "core/storage/Transaction.h"

#include <algorithm>

namespace corridor::cases {

CaseService::CaseService(records::RecordStore& store, storage::Database& db, AuditLog& audit, const Clock& clock)
    : m_store(store)
    , m_db(db)
    , m_clients(db)
    , m_encounters(db)
    , m_followUps(db)
    , m_duplicates(m_clients)
    , m_audit(audit)
    , m_clock(clock) {}

Status CaseService::requireCaseAccess() const {
    if (m_actor.userId.isEmpty())
        return Error(ErrorCode::Locked, tr("Sign in first."));
    if (!m_actor.canReadCases())
        return Error(ErrorCode::PermissionDenied, tr("Your role (trainer) does not give access to case files."));
    return success();
}

Status CaseService::requireClient(const QString& clientId) {
    auto existing = m_clients.client(clientId);
    if (!existing.ok())
        return existing.error();
    if (!*existing)
        return Error(ErrorCode::NotFound, tr("There is no case file %1.").arg(clientId));
    return success();
}

Result<CaseService::Added> CaseService::addClient(Client client) {
    CORRIDOR_TRY(requireCaseAccess());
    client.uic = client.uic.trimmed();
    client.name = client.name.trimmed();
    if (client.assignedVolunteer.isEmpty())
        client.assignedVolunteer = m_actor.userId;
    CORRIDOR_TRY(client.validate(m_clock.today().year()));
    client.id = Ids::newId();
    auto duplicates = m_duplicates.find(client);
    if (!duplicates.ok())
        return duplicates.error();

    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto written = m_store.write(QString::fromLatin1(Client::RecordType), client.id, client.toFields());
    if (!written.ok())
        return written.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("create"), QString::fromLatin1(Client::RecordType), client.id));
    CORRIDOR_TRY(tx->commit());
    return Added{client.id, *duplicates};
}

Status CaseService::updateClient(const Client& client) {
    CORRIDOR_TRY(requireCaseAccess());
    CORRIDOR_TRY(requireClient(client.id));
    Client cleaned = client;
    cleaned.uic = cleaned.uic.trimmed();
    cleaned.name = cleaned.name.trimmed();
    CORRIDOR_TRY(cleaned.validate(m_clock.today().year()));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto written = m_store.write(QString::fromLatin1(Client::RecordType), cleaned.id, cleaned.toFields());
    if (!written.ok())
        return written.error();
    if (*written) {
        QStringList names;
        for (const auto& field : (*written)->fields)
            names << field.name;
        CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), QString::fromLatin1(Client::RecordType), cleaned.id,
                                    names.join(u',')));
    }
    return tx->commit();
}

Result<Client> CaseService::openClient(const QString& id) {
    CORRIDOR_TRY(requireCaseAccess());
    auto client = m_clients.client(id);
    if (!client.ok())
        return client.error();
    if (!*client)
        return Error(ErrorCode::NotFound, tr("There is no case file %1.").arg(id));
    CORRIDOR_TRY(m_audit.record(QStringLiteral("view"), QString::fromLatin1(Client::RecordType), id));
    return **client;
}

Result<QList<ClientSummary>> CaseService::listClients(const ClientFilter& filter) {
    CORRIDOR_TRY(requireCaseAccess());
    return m_clients.list(filter);
}

Result<QList<DuplicateHint>> CaseService::possibleDuplicates(const Client& client) {
    CORRIDOR_TRY(requireCaseAccess());
    return m_duplicates.find(client);
}

Result<QString> CaseService::resolveClientId(const QString& reference) {
    CORRIDOR_TRY(requireCaseAccess());
    auto ids = m_clients.resolve(reference);
    if (!ids.ok())
        return ids.error();
    if (ids->isEmpty())
        return Error(ErrorCode::NotFound, tr("No case file matches '%1'.").arg(reference));
    if (ids->size() > 1)
        return Error(ErrorCode::InvalidInput,
                     tr("'%1' matches %2 case files; give more of the id.").arg(reference).arg(ids->size()));
    return ids->first();
}

Result<QString> CaseService::addEncounter(Encounter encounter, bool completesOpenFollowUps) {
    CORRIDOR_TRY(requireCaseAccess());
    if (encounter.recordedBy.isEmpty())
        encounter.recordedBy = m_actor.userId;
    CORRIDOR_TRY(encounter.validate(m_clock.today()));
    CORRIDOR_TRY(requireClient(encounter.clientId));
    encounter.id = Ids::newId();

    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    if (completesOpenFollowUps) {
        // A contact answers the follow-ups that were due by then.
        auto open = m_followUps.forClient(encounter.clientId, false);
        if (!open.ok())
            return open.error();
        for (FollowUp f : *open) {
            if (f.dueDate > encounter.date)
                continue;
            f.done = true;
            f.doneDate = encounter.date;
            auto done = m_store.write(QString::fromLatin1(FollowUp::RecordType), f.id, f.toFields());
            if (!done.ok())
                return done.error();
        }
    }
    auto written = m_store.write(QString::fromLatin1(Encounter::RecordType), encounter.id, encounter.toFields());
    if (!written.ok())
        return written.error();
    if (encounter.nextFollowUp.isValid()) {
        FollowUp next;
        next.id = Ids::newId();
        next.clientId = encounter.clientId;
        next.dueDate = encounter.nextFollowUp;
        // No reason text: it is shown in the reader's language from the link to the contact.
        next.encounterId = encounter.id;
        auto planned = m_store.write(QString::fromLatin1(FollowUp::RecordType), next.id, next.toFields());
        if (!planned.ok())
            return planned.error();
    }
    CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), QString::fromLatin1(Client::RecordType), encounter.clientId,
                                QStringLiteral("encounter %1").arg(encounter.id)));
    CORRIDOR_TRY(tx->commit());
    return encounter.id;
}

Status CaseService::updateEncounter(const Encounter& encounter) {
    CORRIDOR_TRY(requireCaseAccess());
    CORRIDOR_TRY(encounter.validate(m_clock.today()));
    auto existing = m_encounters.encounter(encounter.id);
    if (!existing.ok())
        return existing.error();
    if (!*existing)
        return Error(ErrorCode::NotFound, tr("There is no contact %1.").arg(encounter.id));
    if ((*existing)->clientId != encounter.clientId)
        return Error(ErrorCode::InvalidInput, tr("A contact cannot be moved to another case file."));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto written = m_store.write(QString::fromLatin1(Encounter::RecordType), encounter.id, encounter.toFields());
    if (!written.ok())
        return written.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), QString::fromLatin1(Client::RecordType), encounter.clientId,
                                QStringLiteral("encounter %1").arg(encounter.id)));
    return tx->commit();
}

Result<QList<Encounter>> CaseService::encounters(const QString& clientId) {
    CORRIDOR_TRY(requireCaseAccess());
    return m_encounters.forClient(clientId);
}

Result<QString> CaseService::addFollowUp(FollowUp followUp) {
    CORRIDOR_TRY(requireCaseAccess());
    CORRIDOR_TRY(followUp.validate());
    CORRIDOR_TRY(requireClient(followUp.clientId));
    followUp.id = Ids::newId();
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto written = m_store.write(QString::fromLatin1(FollowUp::RecordType), followUp.id, followUp.toFields());
    if (!written.ok())
        return written.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), QString::fromLatin1(Client::RecordType), followUp.clientId,
                                QStringLiteral("followup %1").arg(followUp.id)));
    CORRIDOR_TRY(tx->commit());
    return followUp.id;
}

Status CaseService::setFollowUpDone(const QString& followUpId, bool done, const QDate& when) {
    CORRIDOR_TRY(requireCaseAccess());
    auto existing = m_followUps.followUp(followUpId);
    if (!existing.ok())
        return existing.error();
    if (!*existing)
        return Error(ErrorCode::NotFound, tr("There is no follow-up %1.").arg(followUpId));
    FollowUp f = **existing;
    f.done = done;
    f.doneDate = done ? when : QDate();
    CORRIDOR_TRY(f.validate());
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto written = m_store.write(QString::fromLatin1(FollowUp::RecordType), f.id, f.toFields());
    if (!written.ok())
        return written.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), QString::fromLatin1(Client::RecordType), f.clientId,
                                QStringLiteral("followup %1").arg(f.id)));
    return tx->commit();
}

Result<QList<FollowUp>> CaseService::followUps(const QString& clientId, bool includeDone) {
    CORRIDOR_TRY(requireCaseAccess());
    return m_followUps.forClient(clientId, includeDone);
}

Result<QList<DueFollowUp>> CaseService::dueFollowUps(const QDate& until, bool onlyMine) {
    CORRIDOR_TRY(requireCaseAccess());
    return m_followUps.due(until, onlyMine ? m_actor.userId : QString());
}

Status CaseService::eraseClient(const QString& clientId, const QString& reason, bool confirmedBySecondUser) {
    CORRIDOR_TRY(requireCaseAccess());
    if (!m_actor.isCoordinator() && !confirmedBySecondUser)
        return Error(ErrorCode::PermissionDenied,
                     tr("Erasing a person needs a coordinator, or a second user to confirm with their passphrase."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("Give the reason for erasing (it is kept; the person's data is not)."));
    if (reason.size() > 500)
        return Error(ErrorCode::InvalidInput, tr("The reason is longer than %1 characters.").arg(500));
    CORRIDOR_TRY(requireClient(clientId));
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    if (m_eraseHook)
        CORRIDOR_TRY(m_eraseHook(clientId, reason.trimmed()));
    auto erased = m_store.erase(QString::fromLatin1(Client::RecordType), clientId, reason.trimmed());
    if (!erased.ok())
        return erased.error();
    CORRIDOR_TRY(
        m_audit.record(QStringLiteral("erase"), QString::fromLatin1(Client::RecordType), clientId, reason.trimmed()));
    return tx->commit();
}

Result<QList<records::HistoryEntry>> CaseService::history(const QString& clientId) {
    CORRIDOR_TRY(requireCaseAccess());
    auto own = m_store.history(QString::fromLatin1(Client::RecordType), clientId);
    if (!own.ok())
        return own.error();
    QList<records::HistoryEntry> all = *own;
    const auto addChildren = [&](const char* type, const QStringList& ids) -> Status {
        for (const QString& id : ids) {
            auto more = m_store.history(QString::fromLatin1(type), id);
            if (!more.ok())
                return more.error();
            all += *more;
        }
        return success();
    };
    auto encounters = m_encounters.forClient(clientId);
    auto followUps = m_followUps.forClient(clientId, true);
    if (!encounters.ok() || !followUps.ok())
        return !encounters.ok() ? encounters.error() : followUps.error();
    QStringList encounterIds;
    for (const Encounter& e : *encounters)
        encounterIds << e.id;
    QStringList followUpIds;
    for (const FollowUp& f : *followUps)
        followUpIds << f.id;
    CORRIDOR_TRY(addChildren(Encounter::RecordType, encounterIds));
    CORRIDOR_TRY(addChildren(FollowUp::RecordType, followUpIds));
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.hlc < b.hlc || (a.hlc == b.hlc && a.author < b.author); });
    CORRIDOR_TRY(m_audit.record(QStringLiteral("view"), QString::fromLatin1(Client::RecordType), clientId,
                                QStringLiteral("history")));
    return all;
}

Result<QList<records::Conflict>> CaseService::conflicts() {
    CORRIDOR_TRY(requireCaseAccess());
    auto all = m_store.conflicts().conflicts();
    if (!all.ok())
        return all.error();
    QList<records::Conflict> out;
    for (const records::Conflict& c : *all)
        if (c.recordType == QLatin1String(Client::RecordType) || c.recordType == QLatin1String(Encounter::RecordType) ||
            c.recordType == QLatin1String(FollowUp::RecordType))
            out << c;
    return out;
}

Status CaseService::resolveConflict(const records::Conflict& conflict, const QCborValue& value) {
    CORRIDOR_TRY(requireCaseAccess());
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto resolved = m_store.resolve(conflict.recordType, conflict.recordId, conflict.field, value);
    if (!resolved.ok())
        return resolved.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("update"), conflict.recordType, conflict.recordId,
                                conflict.field + QStringLiteral(" (conflict resolved)")));
    return tx->commit();
}

} // namespace corridor::cases

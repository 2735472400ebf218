#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/DuplicateFinder.h"
#include "core/cases/Encounter.h"
#include "core/cases/EncounterRepository.h"
#include "core/cases/FollowUp.h"
#include "core/cases/FollowUpRepository.h"
#include "core/records/Actor.h"
#include "core/records/RecordStore.h"

#include <QCoreApplication>
#include <functional>

namespace corridor::records {
class RecordStore;
}

namespace corridor::cases {

class AuditLog;

// Everything a volunteer does with case files, with the rules that go with it: who may,
// what is valid, what is logged. The GUI and the CLI both call this; neither writes SQL.
class CaseService {
    Q_DECLARE_TR_FUNCTIONS(CaseService)
public:
    CaseService(records::RecordStore& store, storage::Database& db, AuditLog& audit, const Clock& clock);

    void setActor(const records::Actor& actor) { m_actor = actor; }
    const records::Actor& actor() const { return m_actor; }

    struct Added {
        QString id;
        QList<DuplicateHint> possibleDuplicates; // found before saving; the file is saved anyway
    };
    [[nodiscard]] Result<Added> addClient(Client client);
    [[nodiscard]] Status updateClient(const Client& client);
    // Opens one case file for reading; logged as a view.
    [[nodiscard]] Result<Client> openClient(const QString& id);
    [[nodiscard]] Result<QList<ClientSummary>> listClients(const ClientFilter& filter);
    [[nodiscard]] Result<QList<DuplicateHint>> possibleDuplicates(const Client& client);
    // Resolves what a user typed (id, id prefix or UIC) to exactly one case id.
    [[nodiscard]] Result<QString> resolveClientId(const QString& reference);

    // Logs a contact; plans its follow-up; optionally closes follow-ups it answers.
    [[nodiscard]] Result<QString> addEncounter(Encounter encounter, bool completesOpenFollowUps = true);
    [[nodiscard]] Status updateEncounter(const Encounter& encounter);
    [[nodiscard]] Result<QList<Encounter>> encounters(const QString& clientId);

    [[nodiscard]] Result<QString> addFollowUp(FollowUp followUp);
    [[nodiscard]] Status setFollowUpDone(const QString& followUpId, bool done, const QDate& when);
    [[nodiscard]] Result<QList<FollowUp>> followUps(const QString& clientId, bool includeDone);
    [[nodiscard]] Result<QList<DueFollowUp>> dueFollowUps(const QDate& until, bool onlyMine = false);

    // Erases a person: the case file, contacts, follow-ups (and later referrals) here and
    // wherever the erasure travels. A coordinator may; anyone else needs a second user's
    // confirmation. The reason is kept, the data is not.
    [[nodiscard]] Status eraseClient(const QString& clientId, const QString& reason, bool confirmedBySecondUser);
    // Every change to a case file and its contacts and follow-ups, oldest first.
    [[nodiscard]] Result<QList<records::HistoryEntry>> history(const QString& clientId);
    // Open conflicts on case files, and their resolution (a new changeset that syncs).
    [[nodiscard]] Result<QList<records::Conflict>> conflicts();
    [[nodiscard]] Status resolveConflict(const records::Conflict& conflict, const QCborValue& value);

    CaseRepository& repository() { return m_clients; }
    // Runs inside the erasure's transaction before the case file goes (the referrals module
    // erases the person's referrals so the erasure reaches a partner that holds them).
    using EraseHook = std::function<Status(const QString& clientId, const QString& reason)>;
    void setEraseHook(EraseHook hook) { m_eraseHook = std::move(hook); }

private:
    [[nodiscard]] Status requireCaseAccess() const;
    EraseHook m_eraseHook;
    [[nodiscard]] Status requireClient(const QString& clientId);

    records::RecordStore& m_store;
    storage::Database& m_db;
    CaseRepository m_clients;
    EncounterRepository m_encounters;
    FollowUpRepository m_followUps;
    DuplicateFinder m_duplicates;
    AuditLog& m_audit;
    const Clock& m_clock;
    records::Actor m_actor;
};

} // namespace corridor::cases

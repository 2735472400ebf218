#pragma once

#include "core/base/Result.h"
#include "core/records/Actor.h"
#include "core/records/Changeset.h"
#include "core/records/RecordProjection.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}

namespace corridor::content {

struct Attendee {
    QString name;
    QString sex;                  // female, male, other
    QString role;                 // volunteer, staff, community, other
    std::optional<int> preScore;  // 0–100, per cent
    std::optional<int> postScore; // 0–100, per cent
};

// One training a trainer ran: which modules, when, where, who taught and who came.
struct TrainingSession {
    QString id; // record id
    QStringList modules;
    QDate date;
    QString place;
    QString trainer;
    QList<Attendee> attendees;
    QString notes;
    qint64 updatedAtMs = 0;
};

// Per module: how many people were trained, by sex, and their mean test scores.
struct TrainingSummaryRow {
    QString module;
    int sessions = 0;
    int people = 0; // distinct attendee names across the module's sessions
    int female = 0;
    int male = 0;
    int other = 0;
    std::optional<double> meanPre;
    std::optional<double> meanPost;
};

// Training sessions as synced records ("training"): they travel to the coordinator in
// bundles like any record, and the summary counts what every trainer recorded.
class TrainingService {
    Q_DECLARE_TR_FUNCTIONS(TrainingService)
public:
    static constexpr const char* RecordType = "training";
    static constexpr int MaxAttendees = 500;

    TrainingService(records::RecordStore& store, storage::Database& db);
    void setActor(const records::Actor& actor) { m_actor = actor; }

    static QStringList sexes();
    static QStringList roles();

    // knownModules: the curriculum's module ids; a session must name at least one of them.
    [[nodiscard]] Result<TrainingSession> add(const TrainingSession& session, const QStringList& knownModules,
                                              const QDate& today);
    [[nodiscard]] Result<QList<TrainingSession>> all();
    [[nodiscard]] Result<TrainingSession> find(const QString& id);
    // In the order of `modules` (the curriculum's order); modules nobody was trained in have zeros.
    [[nodiscard]] Result<QList<TrainingSummaryRow>> summary(const QStringList& modules);

    [[nodiscard]] static Status check(const TrainingSession& session, const QStringList& knownModules,
                                      const QDate& today);
    static records::FieldMap toFields(const TrainingSession& session);
    static TrainingSession fromFields(const QString& id, const records::FieldMap& fields);

private:
    records::RecordStore& m_store;
    storage::Database& m_db;
    records::Actor m_actor;
};

class TrainingProjection final : public records::RecordProjection {
public:
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
};

} // namespace corridor::content

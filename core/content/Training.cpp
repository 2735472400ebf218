#include "core/content/Training.h"

#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>

namespace corridor::content {

namespace {

constexpr int MaxTextLength = 500;

QCborValue score(const std::optional<int>& value) {
    return value ? QCborValue(*value) : QCborValue(QCborValue::Null);
}

std::optional<int> scoreFrom(const QCborValue& value) {
    if (!value.isInteger())
        return std::nullopt;
    return int(value.toInteger());
}

std::optional<double> mean(const QList<int>& values) {
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (int v : values)
        sum += v;
    return sum / double(values.size());
}

} // namespace

TrainingService::TrainingService(records::RecordStore& store, storage::Database& db)
    : m_store(store)
    , m_db(db) {}

QStringList TrainingService::sexes() {
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")};
}

QStringList TrainingService::roles() {
    return {QStringLiteral("volunteer"), QStringLiteral("staff"), QStringLiteral("community"), QStringLiteral("other")};
}

Status TrainingService::check(const TrainingSession& s, const QStringList& knownModules, const QDate& today) {
    if (s.modules.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Choose at least one module that was taught."));
    for (const QString& module : s.modules)
        if (!knownModules.contains(module))
            return Error(ErrorCode::InvalidInput, tr("\"%1\" is not a module of the curriculum.").arg(module));
    if (!s.date.isValid())
        return Error(ErrorCode::InvalidInput, tr("Give the date of the training."));
    if (s.date > today)
        return Error(ErrorCode::InvalidInput,
                     tr("The training date %1 is in the future.").arg(s.date.toString(Qt::ISODate)));
    if (s.place.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give the place of the training."));
    if (s.trainer.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Give the trainer's name."));
    if (s.place.size() > MaxTextLength || s.trainer.size() > MaxTextLength || s.notes.size() > 10 * MaxTextLength)
        return Error(ErrorCode::LimitExceeded, tr("A text field is too long."));
    if (s.attendees.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Add the people who attended."));
    if (s.attendees.size() > MaxAttendees)
        return Error(ErrorCode::LimitExceeded, tr("A session can list at most %1 attendees.").arg(MaxAttendees));
    for (const Attendee& a : s.attendees) {
        if (a.name.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, tr("Every attendee needs a name."));
        if (a.name.size() > MaxTextLength)
            return Error(ErrorCode::LimitExceeded, tr("An attendee's name is too long."));
        if (!sexes().contains(a.sex))
            return Error(ErrorCode::InvalidInput, tr("%1: sex must be female, male or other.").arg(a.name.trimmed()));
        if (!roles().contains(a.role))
            return Error(ErrorCode::InvalidInput,
                         tr("%1: role must be volunteer, staff, community or other.").arg(a.name.trimmed()));
        for (const std::optional<int>& score : {a.preScore, a.postScore})
            if (score && (*score < 0 || *score > 100))
                return Error(ErrorCode::InvalidInput,
                             tr("%1: test scores are per cent, from 0 to 100.").arg(a.name.trimmed()));
    }
    return success();
}

records::FieldMap TrainingService::toFields(const TrainingSession& s) {
    QCborArray modules;
    for (const QString& m : s.modules)
        modules.append(m);
    QCborArray attendees;
    for (const Attendee& a : s.attendees)
        attendees.append(QCborMap{{QStringLiteral("name"), a.name.trimmed()},
                                  {QStringLiteral("sex"), a.sex},
                                  {QStringLiteral("role"), a.role},
                                  {QStringLiteral("pre"), score(a.preScore)},
                                  {QStringLiteral("post"), score(a.postScore)}});
    return {{QStringLiteral("modules"), modules},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("place"), s.place.trimmed()},
            {QStringLiteral("trainer"), s.trainer.trimmed()},
            // Nested one level less: sync refuses deeply nested changesets.
            {QStringLiteral("attendees"), Cbor::encode(attendees)},
            {QStringLiteral("notes"), s.notes.trimmed()}};
}

TrainingSession TrainingService::fromFields(const QString& id, const records::FieldMap& fields) {
    TrainingSession s;
    s.id = id;
    for (const QCborValue& m : fields.value(QStringLiteral("modules")).toArray())
        if (m.isString())
            s.modules << m.toString();
    s.date = QDate::fromString(fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
    s.place = fields.value(QStringLiteral("place")).toString();
    s.trainer = fields.value(QStringLiteral("trainer")).toString();
    s.notes = fields.value(QStringLiteral("notes")).toString();
    Cbor::Limits limits;
    limits.maxBytes = 512 * 1024;
    limits.maxItems = 8 * MaxAttendees;
    limits.maxDepth = 3;
    auto decoded = Cbor::decode(fields.value(QStringLiteral("attendees")).toByteArray(), limits);
    const QCborArray attendees = decoded.ok() ? decoded->toArray() : QCborArray();
    for (const QCborValue& value : attendees) {
        const QCborMap map = value.toMap();
        Attendee a;
        a.name = map.value(QLatin1String("name")).toString();
        a.sex = map.value(QLatin1String("sex")).toString();
        a.role = map.value(QLatin1String("role")).toString();
        a.preScore = scoreFrom(map.value(QLatin1String("pre")));
        a.postScore = scoreFrom(map.value(QLatin1String("post")));
        s.attendees << a;
    }
    return s;
}

Result<TrainingSession> TrainingService::add(const TrainingSession& session, const QStringList& knownModules,
                                             const QDate& today) {
    if (m_actor.role == records::Role::Volunteer)
        return Error(ErrorCode::PermissionDenied, tr("Only a trainer or a coordinator records training sessions."));
    CORRIDOR_TRY(check(session, knownModules, today));
    const QString id = Ids::newId();
    auto written = m_store.write(QString::fromLatin1(RecordType), id, toFields(session));
    CORRIDOR_TRY(written);
    return find(id);
}

Result<TrainingSession> TrainingService::find(const QString& id) {
    auto st = m_db.prepare("SELECT fields, updated_at FROM training_sessions WHERE record_id = ?1");
    CORRIDOR_TRY(st);
    st->bind(1, id);
    auto row = st->step();
    CORRIDOR_TRY(row);
    if (!*row)
        return Error(ErrorCode::NotFound, tr("No training session with id %1.").arg(id));
    TrainingSession s = fromFields(id, records::FieldMapCodec::decode(st->blob(0)));
    s.updatedAtMs = st->integer(1);
    return s;
}

Result<QList<TrainingSession>> TrainingService::all() {
    auto st =
        m_db.prepare("SELECT record_id, fields, updated_at FROM training_sessions ORDER BY date DESC, rowid DESC");
    CORRIDOR_TRY(st);
    QList<TrainingSession> out;
    for (;;) {
        auto row = st->step();
        CORRIDOR_TRY(row);
        if (!*row)
            break;
        TrainingSession s = fromFields(st->text(0), records::FieldMapCodec::decode(st->blob(1)));
        s.updatedAtMs = st->integer(2);
        out << s;
    }
    return out;
}

Result<QList<TrainingSummaryRow>> TrainingService::summary(const QStringList& modules) {
    auto sessions = all();
    CORRIDOR_TRY(sessions);
    QList<TrainingSummaryRow> out;
    for (const QString& module : modules) {
        TrainingSummaryRow row;
        row.module = module;
        QSet<QString> people;
        QList<int> pre, post;
        for (const TrainingSession& s : std::as_const(*sessions)) {
            if (!s.modules.contains(module))
                continue;
            ++row.sessions;
            for (const Attendee& a : s.attendees) {
                // A person counts once per module however many sessions they sat.
                const QString key = a.name.trimmed().toCaseFolded().simplified() + QLatin1Char('\n') + a.sex;
                if (!people.contains(key)) {
                    people.insert(key);
                    ++row.people;
                    if (a.sex == QLatin1String("female"))
                        ++row.female;
                    else if (a.sex == QLatin1String("male"))
                        ++row.male;
                    else
                        ++row.other;
                }
                if (a.preScore)
                    pre << *a.preScore;
                if (a.postScore)
                    post << *a.postScore;
            }
        }
        row.meanPre = mean(pre);
        row.meanPost = mean(post);
        out << row;
    }
    return out;
}

QString TrainingProjection::recordType() const {
    return QString::fromLatin1(TrainingService::RecordType);
}

Status TrainingProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                                   quint64 hlc) {
    return storage::upsert(db,
                           "UPDATE training_sessions SET date = ?2, fields = ?3, updated_at = ?4 WHERE record_id = ?1",
                           "INSERT INTO training_sessions(record_id, date, fields, updated_at) VALUES (?1, ?2, ?3, ?4)",
                           [&](storage::Statement& st) {
                               st.bind(1, recordId)
                                   .bind(2, fields.value(QStringLiteral("date")).toString())
                                   .bind(3, records::FieldMapCodec::encode(fields))
                                   .bind(4, records::HlcClock::physicalMs(hlc));
                           });
}

Status TrainingProjection::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM training_sessions WHERE record_id = ?1");
    CORRIDOR_TRY(st);
    st->bind(1, recordId);
    return st->run();
}

} // namespace corridor::content

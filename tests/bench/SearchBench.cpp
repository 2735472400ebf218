// corridor-bench search: builds a vault of N clients and 3N encounters through the normal
// write path (signed changesets, projections, the full-text index), then times 1,000 mixed
// searches. The same code runs on an unencrypted database and on a 1,000-client vault in
// the same run, which gives the two ratios the targets are stated in.
#include "core/base/Ids.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ClientProjection.h"
#include "core/cases/DemoData.h"
#include "core/cases/EncounterProjection.h"
#include "core/cases/FollowUpProjection.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Random.h"
#include "core/records/RecordStore.h"
#include "core/session/Session.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"
#include "core/storage/Transaction.h"
#include "core/text/ScriptRuns.h"
#include "tests/bench/BenchCommon.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace corridor::bench {
namespace {

// A database with the vault's schemas, a device and the case projections: what Session
// wires, minus the key slots, so the identical code can run encrypted and in the clear.
struct Store {
    std::unique_ptr<storage::Database> db;
    crypto::DeviceIdentity device = crypto::DeviceIdentity::generate();
    std::unique_ptr<records::RecordStore> records;
    cases::ClientProjection clients;
    cases::EncounterProjection encounters;
    cases::FollowUpProjection followUps;
    std::unique_ptr<cases::CaseRepository> repository;
};

std::unique_ptr<Store> openStore(const QString& path, bool encrypted, const Clock& clock) {
    auto store = std::make_unique<Store>();
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = storage::Database::open(path, encrypted ? &key : nullptr, storage::Database::Mode::Create);
    if (!db.ok()) {
        note(db.error().message());
        return nullptr;
    }
    store->db = std::move(*db);
    if (qEnvironmentVariableIsSet("BENCH_NOSD"))
        (void)store->db->exec("PRAGMA secure_delete = OFF;");
    if (qEnvironmentVariableIsSet("BENCH_CKPT"))
        (void)store->db->exec("PRAGMA wal_autocheckpoint = 100000;");
    if (qEnvironmentVariableIsSet("BENCH_CACHE"))
        (void)store->db->exec("PRAGMA cache_size = -500000;");
    if (auto migrated = storage::Schema::migrate(*store->db, session::Session::schemas()); !migrated.ok()) {
        note(migrated.error().message());
        return nullptr;
    }
    store->records = std::make_unique<records::RecordStore>(*store->db, store->device, clock);
    (void)store->records->initialise();
    store->records->setUser(Ids::newId());
    store->records->addProjection(&store->clients);
    store->records->addProjection(&store->encounters);
    store->records->addProjection(&store->followUps);
    store->repository = std::make_unique<cases::CaseRepository>(*store->db);
    return store;
}

// Exactly `perClient` contacts for every client, so N clients means N*perClient encounters.
QList<cases::DemoData::CaseFile> caseFiles(int clients, int perClient, const QDate& today) {
    cases::DemoData generator(4242, today, Ids::newId());
    QList<cases::DemoData::CaseFile> files = generator.generate(clients, 0);
    for (cases::DemoData::CaseFile& file : files) {
        for (int i = 0; i < perClient; ++i) {
            cases::Encounter e;
            e.id = Ids::newId();
            e.clientId = file.client.id;
            e.date = today.addDays(-7 * (i + 1));
            e.kind = QStringLiteral("outreach");
            e.services = {QStringLiteral("info"), QStringLiteral("condoms")};
            file.encounters.append(e);
        }
    }
    return files;
}

// What volunteers type: part of a name in any script, part of a UIC, the end of a phone
// number, the start of a place.
QStringList queriesFor(const QList<cases::DemoData::CaseFile>& files, int count) {
    QStringList queries;
    for (int i = 0; queries.size() < count; ++i) {
        const cases::Client& c = files.at(i % qMin<qsizetype>(files.size(), 1000)).client;
        switch (i % 5) {
        case 0:
        case 1: {
            const QString name = c.name;
            if (text::containsUnspacedScript(name))
                queries << name.mid(name.size() / 3, 3);
            else
                queries << name.section(u' ', -1).left(4);
            break;
        }
        case 2:
            queries << c.uic.mid(2, 4);
            break;
        case 3: {
            const QString digits = cases::Client::phoneDigits(c.phone);
            queries << (digits.size() >= 4 ? digits.right(4) : c.uic.left(4));
            break;
        }
        default:
            queries << c.currentLocation.left(qMin<qsizetype>(4, c.currentLocation.size()));
            break;
        }
    }
    return queries;
}

struct Figures {
    double recordsPerSecond = 0;
    double median = 0;
    double p95 = 0;
    double meanHits = 0;
    qint64 bytes = 0;
};

Figures run(const QString& folder, bool encrypted, int clients, const QStringList& queries, const Clock& clock) {
    Figures f;
    const QString path = QDir(folder).filePath(encrypted ? QStringLiteral("enc.db") : QStringLiteral("plain.db"));
    auto store = openStore(path, encrypted, clock);
    if (!store)
        return f;
    const auto files = caseFiles(clients, 3, clock.today());
    qint64 records = 0;
    for (const auto& file : files)
        records += 1 + file.encounters.size();
    QElapsedTimer timer;
    timer.start();
    auto written = cases::DemoData::write(*store->records, *store->db, files, 2000, [&](int done) {
        if (done % 20000 == 0)
            note(QStringLiteral("  %1: %2 of %3 clients")
                     .arg(encrypted ? QStringLiteral("encrypted") : QStringLiteral("plain"))
                     .arg(done)
                     .arg(clients));
    });
    if (!written.ok()) {
        note(written.error().message());
        return f;
    }
    f.recordsPerSecond = double(records) / (double(timer.nsecsElapsed()) / 1e9);

    cases::ClientFilter filter;
    filter.limit = 50;
    for (int i = 0; i < 100; ++i) { // warm the cache as a volunteer's first searches would
        filter.text = queries.at(i % queries.size());
        (void)store->repository->list(filter);
    }
    std::vector<double> times;
    qint64 hits = 0;
    for (const QString& q : queries) {
        filter.text = q;
        timer.restart();
        auto rows = store->repository->list(filter);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (rows.ok())
            hits += rows->size();
    }
    f.median = percentile(times, 0.5);
    f.p95 = percentile(times, 0.95);
    f.meanHits = double(hits) / double(queries.size());
    store.reset();
    f.bytes = QFileInfo(path).size();
    return f;
}

} // namespace

int searchBench(const QStringList& args) {
    const int clients = option(args, QStringLiteral("--clients"), QStringLiteral("100000")).toInt();
    const int queryCount = option(args, QStringLiteral("--queries"), QStringLiteral("1000")).toInt();
    if (clients < 1000 || queryCount < 1) {
        note(QStringLiteral("usage: corridor-bench search [--clients N>=1000] [--queries Q]"));
        return 2;
    }
    QTemporaryDir dir;
    const Clock& clock = Clock::system();
    const auto queries = queriesFor(caseFiles(1000, 0, clock.today()), queryCount);

    note(QStringLiteral("building %1 clients, encrypted…").arg(clients));
    const Figures big = run(dir.path(), true, clients, queries, clock);
    QDir(dir.path()).mkpath(QStringLiteral("p"));
    note(QStringLiteral("building %1 clients, unencrypted (same code)…").arg(clients));
    const Figures plain = run(dir.path() + QStringLiteral("/p"), false, clients, queries, clock);
    note(QStringLiteral("building 1000 clients, encrypted…"));
    QDir(dir.path()).mkpath(QStringLiteral("small"));
    const Figures small = run(dir.path() + QStringLiteral("/small"), true, 1000, queries, clock);

    report(QStringLiteral("clients"), clients, 0);
    report(QStringLiteral("encounters"), 3.0 * clients, 0);
    report(QStringLiteral("queries"), queryCount, 0);
    report(QStringLiteral("create_records_per_s"), big.recordsPerSecond, 0);
    report(QStringLiteral("create_records_per_s_plain"), plain.recordsPerSecond, 0);
    report(QStringLiteral("create_encrypted_vs_plain_ratio"), plain.recordsPerSecond / big.recordsPerSecond);
    report(QStringLiteral("db_megabytes"), double(big.bytes) / 1e6, 1);
    report(QStringLiteral("search_median_ms"), big.median, 3);
    report(QStringLiteral("search_p95_ms"), big.p95, 3);
    report(QStringLiteral("search_mean_hits"), big.meanHits, 1);
    report(QStringLiteral("search_plain_median_ms"), plain.median, 3);
    report(QStringLiteral("search_plain_p95_ms"), plain.p95, 3);
    report(QStringLiteral("search_1k_median_ms"), small.median, 3);
    report(QStringLiteral("search_1k_p95_ms"), small.p95, 3);
    report(QStringLiteral("search_p95_ratio_100k_vs_1k"), big.p95 / small.p95);
    report(QStringLiteral("encrypted_vs_plain_ratio"), big.p95 / plain.p95);
    report(QStringLiteral("encrypted_vs_plain_median_ratio"), big.median / plain.median);
    report(QStringLiteral("target_search_p95_ms"), 20, 0);
    report(QStringLiteral("target_ratio_100k_vs_1k"), 2, 0);
    report(QStringLiteral("target_encrypted_vs_plain"), 1.3, 1);
    return 0;
}

} // namespace corridor::bench

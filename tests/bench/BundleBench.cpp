// corridor-bench bundle: export and import rates for one bundle of 10,000 changesets and
// for a coordinator merging 50 volunteer bundles of 2,000 changesets each, where the time
// goes, and a baseline measured in the same run: libsodium alone verifying the same number
// of signatures on both cores, plus SQLite alone inserting the same rows.
#include "core/base/Ids.h"
#include "core/cases/DemoData.h"
#include "core/cases/Encounter.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Random.h"
#include "core/records/Hlc.h"
#include "core/session/Session.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncCounters.h"
#include "tests/bench/BenchCommon.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>
#include <thread>

namespace corridor::bench {
namespace {

struct Device {
    std::unique_ptr<session::Session> session;
    QByteArray id() const { return session->vault().device().id(); }
};

Device makeDevice(const QString& folder, records::Role role, const QString& name) {
    session::VaultSetup setup;
    setup.folder = folder;
    setup.userName = name;
    setup.role = role;
    setup.organisation = QStringLiteral("TRCS");
    setup.branch = QStringLiteral("Bench");
    setup.kdf = crypto::PassphraseKdf::minimum();
    auto created =
        session::Session::create(setup, crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench passphrase")));
    if (!created.ok()) {
        note(created.error().message());
        std::exit(1);
    }
    return Device{std::move(created->session)};
}

void enrol(Device& coordinator, Device& volunteer) {
    (void)coordinator.session->trust().enrol(*volunteer.session->deviceCard(), records::Role::Coordinator);
    (void)volunteer.session->trust().enrol(*coordinator.session->deviceCard(), records::Role::Volunteer);
}

// About `changesets` changesets: clients with three contacts each (4 changesets per client).
void fill(Device& d, int changesets, quint32 seed) {
    cases::DemoData generator(seed, d.session->clock().today(), d.session->actor().userId);
    auto files = generator.generate(changesets / 4, 0);
    for (auto& file : files)
        for (int i = 0; i < 3; ++i) {
            cases::Encounter e;
            e.id = Ids::newId();
            e.clientId = file.client.id;
            e.date = d.session->clock().today().addDays(-7 * (i + 1));
            e.services = {QStringLiteral("info")};
            file.encounters.append(e);
        }
    (void)cases::DemoData::write(d.session->records(), d.session->db(), files, 1000);
}

double seconds(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e9;
}

// libsodium alone: verify n signatures of ~400-byte messages, on two threads.
double baselineVerify(int n) {
    const auto device = crypto::DeviceIdentity::generate();
    QList<QByteArray> messages;
    QList<QByteArray> signatures;
    for (int i = 0; i < n; ++i) {
        messages << crypto::Random::bytes(400);
        signatures << device.sign(messages.last());
    }
    QElapsedTimer t;
    t.start();
    const auto work = [&](int begin, int end) {
        for (int i = begin; i < end; ++i)
            (void)crypto::DeviceIdentity::verify(device.publicKey(), messages.at(i), signatures.at(i));
    };
    std::thread a(work, 0, n / 2);
    std::thread b(work, n / 2, n);
    a.join();
    b.join();
    return seconds(t);
}

// SQLite alone (same library, same settings, encrypted): the rows an import writes.
double baselineInsert(const QString& folder, const QString& fileName, int changesets) {
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = storage::Database::open(folder + u'/' + fileName, &key, storage::Database::Mode::Create);
    if (!db.ok())
        return 0;
    (void)(*db)->exec("CREATE TABLE changesets(hash BLOB UNIQUE, author BLOB, seq INTEGER, hlc INTEGER, user_id TEXT, "
                      "record_type TEXT, record_id TEXT, op INTEGER, body BLOB, signature BLOB, received_at INTEGER, "
                      "UNIQUE(author, seq));"
                      "CREATE TABLE field_state(record_type TEXT, record_id TEXT, field TEXT, value BLOB, hlc INTEGER, "
                      "author BLOB, prev_hlc INTEGER, changeset BLOB, UNIQUE(record_type, record_id, field));"
                      "CREATE TABLE projection(id TEXT UNIQUE, parent TEXT, fields BLOB, updated_at INTEGER);"
                      "CREATE INDEX projection_parent ON projection(parent);"
                      "CREATE VIRTUAL TABLE search USING fts4(tokens, tokenize=simple, prefix=\"2,4\");");
    // The rows' contents are made before the clock starts: only SQLite is timed.
    const QByteArray pool = crypto::Random::bytes(qsizetype(changesets) * 1700);
    qsizetype used = 0;
    const auto bytes = [&](qsizetype n) {
        used += n;
        return QByteArray::fromRawData(pool.constData() + used - n, n);
    };
    QStringList ids;
    for (int i = 0; i < changesets; ++i)
        ids << Ids::newId();
    QStringList fieldNames;
    for (int f = 0; f < 16; ++f)
        fieldNames << QStringLiteral("field%1").arg(f);
    const QString client = QStringLiteral("client");
    const QString encounter = QStringLiteral("encounter");
    const QString tokens = QStringLiteral("somchai jaidee ab cd ef 0812345 812345 12345 2345 345 45");
    const QByteArray author = crypto::Random::bytes(8);

    QElapsedTimer t;
    t.start();
    auto tx = storage::Transaction::begin(**db);
    auto cs = (*db)->prepare("INSERT INTO changesets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto fs = (*db)->prepare("INSERT INTO field_state VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto pr = (*db)->prepare("INSERT INTO projection VALUES (?1, ?2, ?3, ?4)");
    auto se = (*db)->prepare("INSERT INTO search(docid, tokens) VALUES (?1, ?2)");
    for (int i = 0; i < changesets; ++i) {
        const QString& id = ids.at(i);
        const bool isClient = i % 4 == 0;
        cs->bind(1, bytes(32)).bind(2, author).bind(3, qint64(i + 1)).bind(4, qint64(i)).bind(5, id);
        cs->bind(6, isClient ? client : encounter).bind(7, id).bind(8, 0);
        cs->bind(9, bytes(isClient ? 450 : 220)).bind(10, bytes(64)).bind(11, qint64(i));
        (void)cs->run();
        cs->reset();
        for (int f = 0; f < (isClient ? 16 : 6); ++f) {
            fs->bind(1, client).bind(2, id).bind(3, fieldNames.at(f));
            fs->bind(4, bytes(12)).bind(5, qint64(i)).bind(6, author).bind(7, 0).bind(8, bytes(32));
            (void)fs->run();
            fs->reset();
        }
        pr->bind(1, id).bind(2, id).bind(3, bytes(isClient ? 400 : 150)).bind(4, qint64(i));
        (void)pr->run();
        pr->reset();
        if (isClient) {
            se->bind(1, qint64(i)).bind(2, tokens);
            (void)se->run();
            se->reset();
        }
    }
    (void)tx->commit();
    return seconds(t);
}

// SQLite alone writing exactly the rows the import wrote: the same tables and indexes as
// the vault (their DDL copied from it), the same values, read into memory before the clock
// starts, inserted table by table in one transaction.
bool stepped(storage::Statement& st) {
    auto row = st.step();
    return row.ok() && *row;
}

double baselineSameRows(storage::Database& vault, const QString& path) {
    struct Cell {
        storage::Statement::Type type;
        qint64 integer = 0;
        QByteArray bytes;
    };
    using Rows = QList<QList<Cell>>;
    const auto load = [&vault](const char* sql) {
        Rows rows;
        auto st = vault.prepare(sql);
        while (st.ok() && stepped(*st)) {
            QList<Cell> row;
            for (int c = 0; c < st->columnCount(); ++c) {
                const auto type = st->type(c);
                Cell cell{type, 0, {}};
                if (type == storage::Statement::Type::Integer)
                    cell.integer = st->integer(c);
                else if (type == storage::Statement::Type::Text)
                    cell.bytes = st->text(c).toUtf8();
                else if (type != storage::Statement::Type::Null)
                    cell.bytes = st->blob(c);
                row << cell;
            }
            rows << row;
        }
        return rows;
    };
    QList<QByteArray> ddl;
    {
        auto st = vault.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN ('changesets', "
                                "'field_state', 'clients', 'encounters', 'client_search') ORDER BY type DESC");
        while (st.ok() && stepped(*st))
            ddl << st->text(0).toUtf8() + ';';
    }
    const std::vector<std::pair<const char*, Rows>> tables = {
        {"INSERT INTO changesets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
         load("SELECT * FROM changesets")},
        {"INSERT INTO field_state VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", load("SELECT * FROM field_state")},
        {"INSERT INTO clients VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
         load("SELECT * FROM clients")},
        {"INSERT INTO encounters VALUES (?1, ?2, ?3, ?4, ?5, ?6)", load("SELECT * FROM encounters")},
        {"INSERT INTO client_search(docid, tokens) VALUES (?1, ?2)", load("SELECT docid, tokens FROM client_search")},
    };
    for (const auto& [sql, rows] : tables)
        if (!rows.isEmpty() &&
            !QByteArray(sql).contains(QByteArray("?" + QByteArray::number(rows.first().size()) + ")"))) {
            note(QStringLiteral("the vault's tables changed; update baselineSameRows: %1").arg(QLatin1String(sql)));
            std::exit(1);
        }

    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = storage::Database::open(path, &key, storage::Database::Mode::Create);
    if (!db.ok())
        return 0;
    for (const QByteArray& statement : ddl)
        if (auto made = (*db)->exec(statement.constData()); !made.ok()) {
            note(made.error().message());
            std::exit(1);
        }
    QElapsedTimer t;
    t.start();
    auto tx = storage::Transaction::begin(**db);
    for (const auto& [sql, rows] : tables) {
        auto st = (*db)->prepare(sql);
        for (const QList<Cell>& row : rows) {
            for (int c = 0; c < row.size(); ++c) {
                const Cell& cell = row.at(c);
                if (cell.type == storage::Statement::Type::Integer)
                    st->bind(c + 1, cell.integer);
                else if (cell.type == storage::Statement::Type::Text)
                    st->bindUtf8(c + 1, cell.bytes);
                else if (cell.type == storage::Statement::Type::Null)
                    st->bindNull(c + 1);
                else
                    st->bind(c + 1, cell.bytes);
            }
            (void)st->run();
            st->reset();
        }
    }
    (void)tx->commit();
    return seconds(t);
}

} // namespace

int bundleBench(const QStringList& args) {
    const int single = option(args, QStringLiteral("--changesets"), QStringLiteral("10000")).toInt();
    const int volunteers = option(args, QStringLiteral("--volunteers"), QStringLiteral("50")).toInt();
    const int perVolunteer = option(args, QStringLiteral("--per-volunteer"), QStringLiteral("2000")).toInt();
    // This laptop's neighbours (other processes, a VM host) make single timings jumpy: the
    // import and its baseline are measured in alternating rounds and the best of each kept.
    const int rounds = std::max(1, option(args, QStringLiteral("--rounds"), QStringLiteral("5")).toInt());
    QTemporaryDir dir;

    // One bundle of `single` changesets, imported by `rounds` fresh coordinators.
    note(QStringLiteral("preparing a volunteer with %1 changesets…").arg(single));
    Device volunteer = makeDevice(dir.filePath(QStringLiteral("v")), records::Role::Volunteer, QStringLiteral("V"));
    std::vector<Device> coordinators;
    for (int r = 0; r < rounds; ++r) {
        coordinators.push_back(makeDevice(dir.filePath(QStringLiteral("c%1").arg(r)), records::Role::Coordinator,
                                          QStringLiteral("C%1").arg(r)));
        enrol(coordinators.back(), volunteer);
    }
    Device& coordinator = coordinators.front();
    fill(volunteer, single, 1);
    QElapsedTimer t;
    QList<QByteArray> files;
    double exportSeconds = 0;
    int count = 0;
    for (const Device& c : coordinators) {
        t.restart();
        auto exported = volunteer.session->exporter().exportFor(c.id());
        exportSeconds = exportSeconds == 0 ? seconds(t) : std::min(exportSeconds, seconds(t));
        if (!exported.ok()) {
            note(exported.error().message());
            return 1;
        }
        files << exported->file;
        count = exported->changesets;
    }
    double importSeconds = 0;
    double baseVerify = 0;
    double baseInsert = 0;
    double baseSynthetic = 0;
    sync::ImportReport firstImport;
    for (int r = 0; r < rounds; ++r) {
        t.restart();
        const auto imported = coordinators[std::size_t(r)].session->importer().importBundle(files.at(r));
        const double s = seconds(t);
        if (imported.refused) {
            note(imported.refusal);
            return 1;
        }
        if (r == 0 || s < importSeconds) {
            importSeconds = s;
            firstImport = imported;
        }
        const double verify = baselineVerify(count);
        const double insert = baselineSameRows(coordinators[std::size_t(r)].session->db(),
                                               dir.filePath(QStringLiteral("same-rows%1.db").arg(r)));
        const double synthetic = baselineInsert(dir.path(), QStringLiteral("synthetic%1.db").arg(r), count);
        baseVerify = r == 0 ? verify : std::min(baseVerify, verify);
        baseInsert = r == 0 ? insert : std::min(baseInsert, insert);
        baseSynthetic = r == 0 ? synthetic : std::min(baseSynthetic, synthetic);
    }
    t.restart();
    const auto again = coordinator.session->importer().importBundle(files.first());
    const double reimportSeconds = seconds(t);
    // The same changesets in a new bundle (e.g. relayed by another coordinator): recognised by hash.
    (void)volunteer.session->db().exec("DELETE FROM peer_known;");
    auto resent = volunteer.session->exporter().exportFor(coordinator.id());
    t.restart();
    const auto seenByHash = coordinator.session->importer().importBundle(resent->file);
    const double seenSeconds = seconds(t);
    const double baseline = baseVerify + baseInsert;

    {
        report(QStringLiteral("bundle_changesets"), count, 0);
        report(QStringLiteral("bundle_bytes"), double(files.first().size()), 0);
        report(QStringLiteral("rounds"), rounds, 0);
        report(QStringLiteral("export_changesets_per_s"), count / exportSeconds, 0);
        report(QStringLiteral("import_changesets_per_s"), count / importSeconds, 0);
        report(QStringLiteral("import_share_signature_checks"), firstImport.secondsVerify / importSeconds, 3);
        report(QStringLiteral("import_share_decryption"), firstImport.secondsDecrypt / importSeconds, 3);
        report(QStringLiteral("import_share_database_writes"), firstImport.secondsApply / importSeconds, 3);
        report(QStringLiteral("reimport_same_bundle_s"), reimportSeconds, 4);
        report(QStringLiteral("reimport_same_bundle_speedup"), importSeconds / reimportSeconds, 1);
        report(QStringLiteral("reimport_seen_by_hash_changesets_per_s"), seenByHash.seen / seenSeconds, 0);
        report(QStringLiteral("reimport_seen_by_hash_speedup"), importSeconds / seenSeconds, 1);
        report(QStringLiteral("baseline_verify_changesets_per_s_2_threads"), count / baseVerify, 0);
        report(QStringLiteral("baseline_sqlite_insert_s"), baseInsert, 3);
        report(QStringLiteral("baseline_sqlite_synthetic_insert_s"), baseSynthetic, 3);
        report(QStringLiteral("baseline_changesets_per_s"), count / baseline, 0);
        report(QStringLiteral("import_vs_baseline_ratio"), importSeconds / baseline, 2);
        report(QStringLiteral("import_vs_synthetic_baseline_ratio"), importSeconds / (baseVerify + baseSynthetic), 2);
        report(QStringLiteral("reimport_all_seen"), again.alreadyImported && again.newChangesets == 0 ? 1 : 0, 0);
    }

    // A coordinator merging many volunteers' bundles.
    note(QStringLiteral("preparing %1 volunteers with %2 changesets each…").arg(volunteers).arg(perVolunteer));
    Device hub = makeDevice(dir.filePath(QStringLiteral("hub")), records::Role::Coordinator, QStringLiteral("Hub"));
    QList<QByteArray> bundles;
    int total = 0;
    for (int i = 0; i < volunteers; ++i) {
        Device v = makeDevice(dir.filePath(QStringLiteral("v%1").arg(i)), records::Role::Volunteer,
                              QStringLiteral("V%1").arg(i));
        enrol(hub, v);
        fill(v, perVolunteer, quint32(100 + i));
        auto b = v.session->exporter().exportFor(hub.id());
        if (!b.ok())
            return 1;
        total += b->changesets;
        bundles << b->file;
    }
    t.restart();
    double verify = 0;
    double apply = 0;
    double decrypt = 0;
    for (const QByteArray& b : bundles) {
        const auto r = hub.session->importer().importBundle(b);
        if (r.refused) {
            note(r.refusal);
            return 1;
        }
        verify += r.secondsVerify;
        apply += r.secondsApply;
        decrypt += r.secondsDecrypt;
    }
    const double mergeSeconds = seconds(t);
    const double mergeBaseline =
        baselineVerify(total) + baselineSameRows(hub.session->db(), dir.filePath(QStringLiteral("merge-same-rows.db")));
    report(QStringLiteral("merge_bundles"), volunteers, 0);
    report(QStringLiteral("merge_changesets"), total, 0);
    report(QStringLiteral("merge_changesets_per_s"), total / mergeSeconds, 0);
    report(QStringLiteral("merge_share_signature_checks"), verify / mergeSeconds, 3);
    report(QStringLiteral("merge_share_decryption"), decrypt / mergeSeconds, 3);
    report(QStringLiteral("merge_share_database_writes"), apply / mergeSeconds, 3);
    report(QStringLiteral("merge_baseline_changesets_per_s"), total / mergeBaseline, 0);
    report(QStringLiteral("merge_vs_baseline_ratio"), mergeSeconds / mergeBaseline, 2);
    report(QStringLiteral("target_import_vs_baseline_ratio"), 1.5, 1);
    report(QStringLiteral("target_reimport_speedup"), 10, 0);
    return 0;
}

} // namespace corridor::bench

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
double baselineInsert(const QString& folder, int changesets) {
    const crypto::SecureBuffer key = crypto::Random::secret(32);
    auto db = storage::Database::open(folder + QStringLiteral("/baseline.db"), &key, storage::Database::Mode::Create);
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
    QElapsedTimer t;
    t.start();
    auto tx = storage::Transaction::begin(**db);
    auto cs = (*db)->prepare("INSERT INTO changesets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto fs = (*db)->prepare("INSERT INTO field_state VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto pr = (*db)->prepare("INSERT INTO projection VALUES (?1, ?2, ?3, ?4)");
    auto se = (*db)->prepare("INSERT INTO search(docid, tokens) VALUES (?1, ?2)");
    const QByteArray author = crypto::Random::bytes(8);
    for (int i = 0; i < changesets; ++i) {
        const QString id = Ids::newId();
        const bool client = i % 4 == 0;
        cs->bind(1, crypto::Random::bytes(32)).bind(2, author).bind(3, qint64(i + 1)).bind(4, qint64(i)).bind(5, id);
        cs->bind(6, client ? QStringLiteral("client") : QStringLiteral("encounter")).bind(7, id).bind(8, 0);
        cs->bind(9, crypto::Random::bytes(client ? 450 : 220)).bind(10, crypto::Random::bytes(64)).bind(11, qint64(i));
        (void)cs->run();
        cs->reset();
        for (int f = 0; f < (client ? 16 : 6); ++f) {
            fs->bind(1, QStringLiteral("client")).bind(2, id).bind(3, QStringLiteral("field%1").arg(f));
            fs->bind(4, crypto::Random::bytes(12))
                .bind(5, qint64(i))
                .bind(6, author)
                .bind(7, 0)
                .bind(8, crypto::Random::bytes(32));
            (void)fs->run();
            fs->reset();
        }
        pr->bind(1, id).bind(2, id).bind(3, crypto::Random::bytes(client ? 400 : 150)).bind(4, qint64(i));
        (void)pr->run();
        pr->reset();
        if (client) {
            se->bind(1, qint64(i)).bind(2, QStringLiteral("somchai jaidee ab cd ef 0812345 812345 12345 2345 345 45"));
            (void)se->run();
            se->reset();
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
    QTemporaryDir dir;

    // One bundle of `single` changesets.
    note(QStringLiteral("preparing a volunteer with %1 changesets…").arg(single));
    Device coordinator = makeDevice(dir.filePath(QStringLiteral("c")), records::Role::Coordinator, QStringLiteral("C"));
    Device volunteer = makeDevice(dir.filePath(QStringLiteral("v")), records::Role::Volunteer, QStringLiteral("V"));
    enrol(coordinator, volunteer);
    fill(volunteer, single, 1);
    QElapsedTimer t;
    t.start();
    auto exported = volunteer.session->exporter().exportFor(coordinator.id());
    const double exportSeconds = seconds(t);
    if (!exported.ok()) {
        note(exported.error().message());
        return 1;
    }
    const int count = exported->changesets;
    t.restart();
    const auto firstImport = coordinator.session->importer().importBundle(exported->file);
    const double importSeconds = seconds(t);
    if (firstImport.refused) {
        note(firstImport.refusal);
        return 1;
    }
    t.restart();
    const auto again = coordinator.session->importer().importBundle(exported->file);
    const double reimportSeconds = seconds(t);
    // The same changesets in a new bundle (e.g. relayed by another coordinator): recognised by hash.
    (void)volunteer.session->db().exec("DELETE FROM peer_known;");
    auto resent = volunteer.session->exporter().exportFor(coordinator.id());
    t.restart();
    const auto seenByHash = coordinator.session->importer().importBundle(resent->file);
    const double seenSeconds = seconds(t);

    const double baseVerify = baselineVerify(count);
    const double baseInsert = baselineInsert(dir.path(), count);
    const double baseline = baseVerify + baseInsert;

    {
        report(QStringLiteral("bundle_changesets"), count, 0);
        report(QStringLiteral("bundle_bytes"), double(exported->file.size()), 0);
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
        report(QStringLiteral("baseline_changesets_per_s"), count / baseline, 0);
        report(QStringLiteral("import_vs_baseline_ratio"), importSeconds / baseline, 2);
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
    const double mergeBaseline = baselineVerify(total) + baselineInsert(dir.path() + QStringLiteral("/hub"), total);
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

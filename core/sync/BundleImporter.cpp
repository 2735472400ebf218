#include "core/sync/BundleImporter.h"

#include "core/base/AtomicFile.h"
#include "core/base/Cbor.h"
#include "core/base/Parallel.h"
#include "core/crypto/AgeEncryption.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"
#include "core/records/Hlc.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/storage/Upsert.h"
#include "core/sync/BundleFile.h"
#include "core/sync/SignatureVerifier.h"
#include "core/sync/TrustStore.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QHash>
#include <optional>
#include <vector>

namespace corridor::sync {
namespace {

using records::ApplyOutcome;
using records::Changeset;

Status raiseKnown(storage::Database& db, const QByteArray& peer, const QByteArray& author, quint64 seq) {
    return storage::upsert(db, "UPDATE peer_known SET seq = max(seq, ?3) WHERE peer = ?1 AND author = ?2",
                           "INSERT INTO peer_known(peer, author, seq) VALUES (?1, ?2, ?3)",
                           [&](storage::Statement& st) { st.bind(1, peer).bind(2, author).bind(3, qint64(seq)); });
}

// Decoding is independent for each changeset, so all cores share it.
std::vector<std::optional<Result<Changeset>>> decodeAll(const QList<const BundleManifest::Entry*>& entries) {
    std::vector<std::optional<Result<Changeset>>> out(std::size_t(entries.size()));
    parallelFor(
        entries.size(),
        [&](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i)
                out[std::size_t(i)] = Changeset::decode(entries.at(i)->first, entries.at(i)->second);
        },
        coreCount());
    return out;
}

} // namespace

BundleImporter::BundleImporter(storage::Database& db, records::RecordStore& store, TrustStore& trust,
                               const crypto::DeviceIdentity& device, const Clock& clock)
    : m_db(db)
    , m_store(store)
    , m_trust(trust)
    , m_device(device)
    , m_clock(clock) {}

Status BundleImporter::hold(const Changeset& cs, const QString& reason) {
    auto st = m_db.prepare("INSERT OR IGNORE INTO held_changesets(hash, body, signature, author, reason, received_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!st.ok())
        return st.error();
    st->bind(1, cs.hash)
        .bind(2, cs.body)
        .bind(3, cs.signature)
        .bind(4, cs.author)
        .bind(5, reason)
        .bind(6, m_clock.nowMs());
    return st->run();
}

Status BundleImporter::process(QList<Changeset>& incoming, ImportReport& report) {
    m_store.beginRemoteBatch();
    auto processed = processBatch(incoming, report);
    auto finished = m_store.finishRemoteBatch();
    return processed.ok() ? finished : processed;
}

Status BundleImporter::processBatch(QList<Changeset>& incoming, ImportReport& report) {
    auto before = m_store.conflicts().count();
    if (!before.ok())
        return before.error();
    const auto apply = [&](const Changeset& cs) -> Status {
        if (records::HlcClock::physicalMs(cs.hlc) > m_clock.nowMs() + FutureToleranceMs) {
            ++report.held;
            return hold(cs, tr("its clock is more than a day ahead of this laptop's (a wrong date on the laptop "
                               "that wrote it?); held for review"));
        }
        auto outcome = m_store.applyRemote(cs);
        if (!outcome.ok())
            return outcome.error();
        switch (*outcome) {
        case ApplyOutcome::Created:
            ++report.newChangesets;
            ++report.created;
            break;
        case ApplyOutcome::Updated:
            ++report.newChangesets;
            ++report.updated;
            break;
        case ApplyOutcome::Erased:
            ++report.newChangesets;
            ++report.erased;
            break;
        case ApplyOutcome::Seen:
            ++report.seen;
            break;
        case ApplyOutcome::Equivocation:
            report.alert = true;
            report.refusedItems << tr("device %1 signed two different changesets numbered %2 (possible tampering)")
                                       .arg(crypto::DeviceIdentity::idText(cs.author))
                                       .arg(cs.sequence);
            break;
        }
        return success();
    };

    // Trust updates first, until nothing more can be applied: one may enrol the author of the next.
    QList<Changeset> trust;
    QList<Changeset> rest;
    for (Changeset& cs : incoming)
        (TrustStore::isTrustRecord(cs.recordType) ? trust : rest).append(std::move(cs));
    std::sort(trust.begin(), trust.end(), [](const Changeset& a, const Changeset& b) { return a.hlc < b.hlc; });
    for (bool progress = true; progress && !trust.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < trust.size();) {
            const Changeset& cs = trust.at(i);
            auto refusal = m_trust.check(cs);
            if (!refusal.ok())
                return refusal.error();
            if (*refusal && (*refusal)->hold) {
                ++i;
                continue;
            }
            if (*refusal) {
                report.refusedItems << (*refusal)->reason;
            } else {
                auto author = m_trust.find(cs.author);
                if (!author.ok())
                    return author.error();
                if (!cs.verify((*author)->publicKey))
                    report.refusedItems << tr("a changeset whose signature does not match its author's key");
                else
                    CORRIDOR_TRY(apply(cs));
                progress = true;
            }
            trust.removeAt(i);
        }
    }
    rest.append(trust); // still unknown authors: held below

    QList<Changeset> accepted;
    QList<QByteArray> keys;
    QHash<QByteArray, std::optional<KnownDevice>> authors; // each author looked up once
    QElapsedTimer timer;
    for (const Changeset& cs : rest) {
        if (!authors.contains(cs.author)) {
            auto author = m_trust.find(cs.author);
            if (!author.ok())
                return author.error();
            authors.insert(cs.author, *author);
        }
        const std::optional<KnownDevice>& author = authors[cs.author];
        const auto refusal = m_trust.check(cs, author);
        if (refusal && refusal->hold) {
            ++report.held;
            CORRIDOR_TRY(hold(cs, refusal->reason));
            continue;
        }
        if (refusal) {
            report.refusedItems << refusal->reason;
            continue;
        }
        accepted.append(cs);
        keys.append(author->publicKey);
    }
    // Signatures are checked on the spare cores while this thread writes the changesets
    // already checked; nothing is applied before its signature is checked, and changesets
    // are applied in bundle order.
    SignatureVerifier verifier(accepted, keys);
    for (qsizetype chunk = 0; chunk < verifier.chunkCount(); ++chunk) {
        verifier.await(chunk);
        timer.start();
        for (qsizetype i = verifier.chunkBegin(chunk); i < verifier.chunkEnd(chunk); ++i) {
            if (!verifier.valid(i)) {
                report.refusedItems << tr("a changeset whose signature does not match its author's key");
                continue;
            }
            CORRIDOR_TRY(apply(accepted.at(i)));
        }
        report.secondsApply += double(timer.nsecsElapsed()) / 1e9;
    }
    report.secondsVerify += verifier.secondsChecking();
    auto after = m_store.conflicts().count();
    if (!after.ok())
        return after.error();
    report.conflicts += int(std::max<qint64>(0, *after - *before));
    return success();
}

ImportReport BundleImporter::importFile(const QString& path) {
    ImportReport r;
    if (auto bytes = AtomicFile::read(path, BundleFile::MaxFileBytes); bytes.ok()) {
        r = importBundle(*bytes);
    } else {
        r.refused = true;
        r.refusal = bytes.error().message();
    }
    r.file = path;
    return r;
}

ImportReport BundleImporter::importBundle(const QByteArray& fileBytes) {
    ImportReport r;
    const auto refuse = [&r](const QString& why, bool alert = false) {
        r.refused = true;
        r.refusal = why;
        r.alert = alert;
        return r;
    };
    QElapsedTimer timer;
    timer.start();
    auto file = BundleFile::parse(fileBytes);
    if (!file.ok())
        return refuse(file.error().message(), file.error().code() == ErrorCode::Tampered);
    const BundleHeader& header = file->header;
    r.bundleId = header.bundleId;
    r.exporter = crypto::DeviceIdentity::idText(header.exporter);
    r.sequence = header.sequence;
    if (header.exporter == m_device.id())
        return refuse(tr("this bundle was exported by this laptop"));
    auto exporter = m_trust.find(header.exporter);
    if (!exporter.ok())
        return refuse(exporter.error().message());
    if (!*exporter)
        return refuse(
            tr("the bundle comes from device %1, which is not enrolled here (enrol its card first)").arg(r.exporter));
    r.exporterName = (*exporter)->name;
    if ((*exporter)->revoked && header.createdMs > (*exporter)->revokedAtMs)
        return refuse(
            tr("the bundle comes from %1, which was revoked before it wrote this bundle").arg(r.exporterName));
    if (!crypto::Minisign::verify(file->signature, (*exporter)->publicKey, file->payload))
        return refuse(tr("the bundle's signature does not match: it was changed after %1 signed it, or it was not "
                         "signed by that device")
                          .arg(r.exporterName),
                      true);
    if (!header.recipients.contains(m_device.id()))
        return refuse(tr("the bundle is addressed to another device (%1)")
                          .arg(crypto::DeviceIdentity::idText(header.recipients.value(0))));
    r.secondsVerify = double(timer.nsecsElapsed()) / 1e9;

    const QByteArray payloadHash = crypto::Hash::blake2b(file->payload);
    {
        auto st = m_db.prepare("SELECT hash, changesets FROM bundles_received WHERE exporter = ?1 AND seq = ?2");
        if (!st.ok())
            return refuse(st.error().message());
        st->bind(1, header.exporter).bind(2, qint64(header.sequence));
        auto row = st->step();
        if (!row.ok())
            return refuse(row.error().message());
        if (*row && st->blob(0) != payloadHash)
            return refuse(tr("%1 sent two different bundles numbered %2; the second was refused (possible forgery)")
                              .arg(r.exporterName)
                              .arg(header.sequence),
                          true);
        if (*row) {
            r.alreadyImported = true;
            r.seen = int(st->integer(1));
            return r;
        }
    }

    timer.restart();
    auto plaintext = crypto::AgeEncryption::decrypt(file->payload, m_device.x25519SecretKey(),
                                                    BundleManifest::Limits{}.maxCompressed);
    if (!plaintext.ok())
        return refuse(plaintext.error().message());
    auto manifest = BundleManifest::decode(*plaintext, BundleManifest::Limits{});
    if (!manifest.ok())
        return refuse(manifest.error().message());
    r.secondsDecrypt = double(timer.nsecsElapsed()) / 1e9;
    if (manifest->bundleId != header.bundleId || manifest->exporter != header.exporter ||
        manifest->sequence != header.sequence || manifest->recipients != header.recipients ||
        manifest->createdMs != header.createdMs)
        return refuse(tr("the bundle's signed header and its content disagree (re-signed by someone else?)"), true);

    // One transaction from here: the hash lookups below share its read snapshot instead of
    // opening one each, and everything after is applied at once or not at all.
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return refuse(tx.error().message());
    // Changesets already held are recognised by their hash before anything else is done with them.
    QList<const BundleManifest::Entry*> unseen;
    for (const BundleManifest::Entry& entry : manifest->changesets) {
        auto seen = m_store.hasChangeset(Changeset::hashOf(entry.first));
        if (!seen.ok())
            return refuse(seen.error().message());
        if (*seen)
            ++r.seen;
        else
            unseen.append(&entry);
    }
    QList<Changeset> incoming;
    incoming.reserve(unseen.size());
    for (std::optional<Result<Changeset>>& cs : decodeAll(unseen)) {
        if (cs->ok())
            incoming.append(std::move(**cs));
        else
            r.refusedItems << cs->error().message();
    }

    const auto fail = [&](const Error& e) {
        ImportReport failed = r;
        failed.refused = true;
        failed.refusal = tr("nothing was imported: %1").arg(e.message());
        return failed;
    };
    if (auto done = process(incoming, r); !done.ok())
        return fail(done.error());
    for (const ScrubbedStub& stub : manifest->scrubbed) {
        auto outcome = m_store.applyErasedStub(stub.author, stub.sequence, stub.hash, stub.recordType, stub.recordId);
        if (!outcome.ok()) {
            r.refusedItems << outcome.error().message();
            continue;
        }
        if (*outcome == ApplyOutcome::Seen)
            ++r.seen;
        else if (*outcome == ApplyOutcome::Equivocation)
            r.refusedItems << tr("an erased changeset that does not match the one held here");
        else
            ++r.newChangesets;
    }
    // What the exporter already has: its version vector, and our bundles it has received.
    for (auto it = manifest->versionVector.constBegin(); it != manifest->versionVector.constEnd(); ++it)
        if (auto raised = raiseKnown(m_db, header.exporter, it.key(), it.value()); !raised.ok())
            return fail(raised.error());
    for (const Receipt& receipt : manifest->receipts) {
        auto st = m_db.prepare("SELECT through FROM bundles_sent WHERE peer = ?1 AND seq = ?2 AND hash = ?3");
        if (!st.ok())
            return fail(st.error());
        st->bind(1, header.exporter).bind(2, qint64(receipt.sequence)).bind(3, receipt.hash);
        auto row = st->step();
        if (!row.ok())
            return fail(row.error());
        if (!*row)
            continue;
        const QByteArray through = st->blob(0);
        st->reset();
        auto mark =
            m_db.prepare("UPDATE bundles_sent SET acked_at = ?3 WHERE peer = ?1 AND seq = ?2 AND acked_at IS NULL");
        if (!mark.ok())
            return fail(mark.error());
        mark->bind(1, header.exporter).bind(2, qint64(receipt.sequence)).bind(3, m_clock.nowMs());
        if (auto marked = mark->run(); !marked.ok())
            return fail(marked.error());
        auto map = Cbor::decode(through);
        if (map.ok())
            for (auto it = map->toMap().constBegin(); it != map->toMap().constEnd(); ++it)
                if (auto raised =
                        raiseKnown(m_db, header.exporter, it.key().toByteArray(), quint64(it.value().toInteger()));
                    !raised.ok())
                    return fail(raised.error());
    }
    auto received =
        m_db.prepare("INSERT INTO bundles_received(exporter, seq, bundle_id, hash, changesets, received_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!received.ok())
        return fail(received.error());
    received->bind(1, header.exporter)
        .bind(2, qint64(header.sequence))
        .bind(3, header.bundleId)
        .bind(4, payloadHash)
        .bind(5, qint64(manifest->changesets.size() + manifest->scrubbed.size()))
        .bind(6, m_clock.nowMs());
    if (auto done = received->run(); !done.ok())
        return fail(done.error());
    if (auto committed = tx->commit(); !committed.ok())
        return fail(committed.error());
    // New trust may let held changesets in.
    if (r.newChangesets > 0)
        (void)retryHeld();
    return r;
}

Result<int> BundleImporter::heldCount() {
    auto st = m_db.prepare("SELECT count(*) FROM held_changesets");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return int(st->integer(0));
}

Result<int> BundleImporter::retryHeld() {
    auto st = m_db.prepare("SELECT body, signature FROM held_changesets ORDER BY received_at");
    if (!st.ok())
        return st.error();
    QList<Changeset> held;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        auto cs = Changeset::decode(st->blob(0), st->blob(1));
        if (cs.ok())
            held.append(std::move(*cs));
    }
    st->reset();
    if (held.isEmpty())
        return 0;
    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    CORRIDOR_TRY(m_db.exec("DELETE FROM held_changesets;"));
    ImportReport report;
    QList<Changeset> seenFiltered;
    for (Changeset& cs : held) {
        auto seen = m_store.hasChangeset(cs.hash);
        if (!seen.ok())
            return seen.error();
        if (!*seen)
            seenFiltered.append(std::move(cs));
    }
    CORRIDOR_TRY(process(seenFiltered, report));
    CORRIDOR_TRY(tx->commit());
    return report.newChangesets;
}

} // namespace corridor::sync

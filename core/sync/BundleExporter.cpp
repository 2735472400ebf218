#include "core/sync/BundleExporter.h"

#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/crypto/AgeEncryption.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Minisign.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/sync/BundleFile.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/SyncCounters.h"
#include "core/sync/SyncScope.h"
#include "core/sync/TrustStore.h"

#include <QCborMap>
#include <QElapsedTimer>

namespace corridor::sync {
namespace {

struct Selection {
    QList<std::pair<QByteArray, QByteArray>> changesets;
    QList<ScrubbedStub> scrubbed;
    QMap<QByteArray, quint64> through;
};

// The peer's acknowledged position per author (from its version vector and receipts).
Result<QMap<QByteArray, quint64>> knownBy(storage::Database& db, const QByteArray& peer) {
    auto st = db.prepare("SELECT author, seq FROM peer_known WHERE peer = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, peer);
    QMap<QByteArray, quint64> out;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            return out;
        out.insert(st->blob(0), quint64(st->integer(1)));
    }
}

} // namespace

BundleExporter::BundleExporter(storage::Database& db, records::RecordStore& store, TrustStore& trust,
                               const SyncScope& scope, const crypto::DeviceIdentity& device, const Clock& clock)
    : m_db(db)
    , m_store(store)
    , m_trust(trust)
    , m_scope(scope)
    , m_device(device)
    , m_clock(clock) {}

namespace {

Result<Selection> select(storage::Database& db, const QByteArray& peer, bool partner, const QString& partnerOrg,
                         const SyncScope& scope, bool countOnly) {
    auto known = knownBy(db, peer);
    if (!known.ok())
        return known.error();
    auto st = db.prepare("SELECT author, seq, hash, body, signature, record_type, record_id FROM changesets "
                         "WHERE author != ?1 ORDER BY author, seq");
    if (!st.ok())
        return st.error();
    st->bind(1, peer);
    Selection out;
    QByteArray currentAuthor;
    quint64 threshold = 0;
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const QByteArray author = st->blob(0);
        if (author != currentAuthor) {
            currentAuthor = author;
            threshold = known->value(author, 0);
        }
        const quint64 seq = quint64(st->integer(1));
        if (seq <= threshold)
            continue;
        const QString type = st->text(5);
        const QString id = st->text(6);
        if (partner && !scope.sendsToPartner(type, id, partnerOrg))
            continue;
        out.through[author] = std::max(out.through.value(author), seq);
        if (st->isNull(3)) {
            if (!partner)
                out.scrubbed.append({author, seq, st->blob(2), type, id});
        } else if (countOnly) {
            out.changesets.append(std::pair<QByteArray, QByteArray>());
        } else {
            out.changesets.append({st->blob(3), st->blob(4)});
        }
    }
    return out;
}

} // namespace

Result<int> BundleExporter::pendingFor(const QByteArray& peer) {
    auto device = m_trust.find(peer);
    if (!device.ok())
        return device.error();
    if (!*device)
        return 0;
    auto selection = select(m_db, peer, m_trust.isPartner(**device), (*device)->organisation, m_scope, true);
    if (!selection.ok())
        return selection.error();
    return int(selection->changesets.size() + selection->scrubbed.size());
}

Result<BundleExporter::Exported> BundleExporter::exportFor(const QByteArray& peer, const Progress& progress) {
    QElapsedTimer timer;
    timer.start();
    if (peer == m_device.id())
        return Error(ErrorCode::InvalidInput, tr("a bundle for this laptop itself makes no sense"));
    auto device = m_trust.find(peer);
    if (!device.ok())
        return device.error();
    if (!*device)
        return Error(
            ErrorCode::NotFound,
            tr("device %1 is not enrolled here; enrol its card first").arg(crypto::DeviceIdentity::idText(peer)));
    if ((*device)->revoked)
        return Error(ErrorCode::PermissionDenied, tr("device %1 was revoked").arg((*device)->name));
    const QByteArray recipientKey = crypto::DeviceIdentity::x25519PublicKeyFor((*device)->publicKey);
    if (recipientKey.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("the peer's key cannot receive encrypted files"));
    const bool partner = m_trust.isPartner(**device);

    auto selection = select(m_db, peer, partner, (*device)->organisation, m_scope, false);
    if (!selection.ok())
        return selection.error();
    if (progress)
        progress(1, 3);

    auto tx = storage::Transaction::begin(m_db);
    if (!tx.ok())
        return tx.error();
    auto previousSeq = SyncCounters::get(m_db, QStringLiteral("bundle_seq"));
    auto previousHash = SyncCounters::get(m_db, QStringLiteral("bundle_hash"));
    if (!previousSeq.ok() || !previousHash.ok())
        return !previousSeq.ok() ? previousSeq.error() : previousHash.error();

    BundleManifest manifest;
    manifest.bundleId = Ids::newId();
    manifest.exporter = m_device.id();
    manifest.recipients = {peer};
    manifest.sequence = previousSeq->toULongLong() + 1;
    manifest.createdMs = m_clock.nowMs();
    manifest.scope = partner ? QStringLiteral("partner") : QStringLiteral("branch");
    if (!partner) {
        auto vv = m_store.versionVector();
        if (!vv.ok())
            return vv.error();
        manifest.versionVector = *vv;
    }
    manifest.changesets = std::move(selection->changesets);
    manifest.scrubbed = std::move(selection->scrubbed);
    auto receipts =
        m_db.prepare("SELECT seq, hash FROM bundles_received WHERE exporter = ?1 ORDER BY seq DESC LIMIT 64");
    if (!receipts.ok())
        return receipts.error();
    receipts->bind(1, peer);
    for (;;) {
        auto row = receipts->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        manifest.receipts.append({quint64(receipts->integer(0)), receipts->blob(1)});
    }
    receipts->reset();
    const double collected = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    auto payload = crypto::AgeEncryption::encrypt(manifest.encode(), {recipientKey});
    if (!payload.ok())
        return payload.error();
    if (progress)
        progress(2, 3);
    BundleHeader header{manifest.bundleId,  manifest.exporter, manifest.sequence,
                        manifest.createdMs, *previousHash,     manifest.recipients};
    const QByteArray signature =
        crypto::Minisign::sign(m_device, *payload, header.toTrustedComment(), header.untrustedComment());
    auto file = BundleFile::assemble(*payload, signature, manifest.createdMs);
    if (!file.ok())
        return file.error();
    const double encrypted = double(timer.nsecsElapsed()) / 1e9;

    const QByteArray payloadHash = crypto::Hash::blake2b(*payload);
    QCborMap through;
    for (auto it = selection->through.constBegin(); it != selection->through.constEnd(); ++it)
        through.insert(QCborValue(it.key()), qint64(it.value()));
    auto sent = m_db.prepare("INSERT INTO bundles_sent(peer, seq, bundle_id, hash, through, changesets, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!sent.ok())
        return sent.error();
    sent->bind(1, peer)
        .bind(2, qint64(manifest.sequence))
        .bind(3, manifest.bundleId)
        .bind(4, payloadHash)
        .bind(5, Cbor::encode(through))
        .bind(6, qint64(manifest.changesets.size()))
        .bind(7, manifest.createdMs);
    CORRIDOR_TRY(sent->run());
    CORRIDOR_TRY(SyncCounters::set(m_db, QStringLiteral("bundle_seq"), QByteArray::number(manifest.sequence)));
    CORRIDOR_TRY(SyncCounters::set(m_db, QStringLiteral("bundle_hash"), payloadHash));
    CORRIDOR_TRY(tx->commit());
    if (progress)
        progress(3, 3);
    return Exported{*file,
                    manifest.bundleId,
                    manifest.sequence,
                    int(manifest.changesets.size()),
                    int(manifest.scrubbed.size()),
                    manifest.scope,
                    collected,
                    encrypted};
}

} // namespace corridor::sync

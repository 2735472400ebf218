#include "core/sync/DropFolderSync.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"
#include "core/storage/Database.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleFile.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/TrustStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace corridor::sync {

DropFolderSync::DropFolderSync(storage::Database& db, TrustStore& trust, BundleImporter& importer,
                               BundleExporter& exporter, const crypto::DeviceIdentity& device)
    : m_db(db)
    , m_trust(trust)
    , m_importer(importer)
    , m_exporter(exporter)
    , m_device(device) {}

Result<DropFolderSync::Outcome> DropFolderSync::run(const QString& inbox, const QString& outbox) {
    Outcome outcome;
    if (!inbox.isEmpty()) {
        const QDir dir(inbox);
        if (!dir.exists())
            return Error(ErrorCode::NotFound,
                         tr("the inbox folder %1 does not exist").arg(QDir::toNativeSeparators(inbox)));
        QSet<QByteArray> importedFrom;
        for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.corridor")}, QDir::Files, QDir::Name)) {
            auto bytes = AtomicFile::read(info.filePath(), BundleFile::MaxFileBytes);
            if (!bytes.ok()) {
                outcome.skipped << info.fileName() + QStringLiteral(": ") + bytes.error().message();
                continue;
            }
            const QByteArray hash = crypto::Hash::blake2b(*bytes);
            auto seen = m_db.prepare("SELECT 1 FROM inbox_seen WHERE file_hash = ?1");
            if (!seen.ok())
                return seen.error();
            seen->bind(1, hash);
            auto row = seen->step();
            if (!row.ok())
                return row.error();
            if (*row)
                continue;
            seen->reset();
            QString result;
            auto file = BundleFile::parse(*bytes);
            if (file.ok() && !file->header.recipients.contains(m_device.id())) {
                result = tr("not for this device");
                outcome.skipped << info.fileName() + QStringLiteral(": ") + result;
            } else if (file.ok() && file->header.exporter == m_device.id()) {
                result = tr("written by this device");
            } else {
                ImportReport report = m_importer.importBundle(*bytes);
                report.file = info.fileName();
                result = report.refused ? report.refusal : tr("imported");
                if (file.ok() && !report.refused)
                    importedFrom.insert(file->header.exporter);
                outcome.imported << report;
            }
            auto remember = m_db.prepare("INSERT OR IGNORE INTO inbox_seen(file_hash, file_name, outcome, seen_at) "
                                         "VALUES (?1, ?2, ?3, ?4)");
            if (!remember.ok())
                return remember.error();
            remember->bind(1, hash)
                .bind(2, info.fileName())
                .bind(3, result)
                .bind(4, QDateTime::currentMSecsSinceEpoch());
            CORRIDOR_TRY(remember->run());
        }
    }
    if (outbox.isEmpty())
        return outcome;
    if (!QDir().mkpath(outbox))
        return Error(ErrorCode::Io, tr("the outbox folder %1 cannot be created").arg(QDir::toNativeSeparators(outbox)));
    auto devices = m_trust.all();
    if (!devices.ok())
        return devices.error();
    for (const KnownDevice& peer : *devices) {
        if (peer.source == KnownDevice::Source::Self || peer.revoked)
            continue;
        auto pending = m_exporter.pendingFor(peer.id);
        if (!pending.ok())
            return pending.error();
        // Nothing new and no receipt owed: no file (a quiet folder stays quiet).
        auto owed = m_db.prepare("SELECT count(*) FROM bundles_received r WHERE r.exporter = ?1 AND r.received_at > "
                                 "coalesce((SELECT max(created_at) FROM bundles_sent s WHERE s.peer = ?1), 0)");
        if (!owed.ok())
            return owed.error();
        owed->bind(1, peer.id);
        auto row = owed->step();
        if (!row.ok())
            return row.error();
        const bool receiptsOwed = owed->integer(0) > 0;
        owed->reset();
        // Unacknowledged changesets already in the last bundle for this peer are not written
        // again on every pass (a peer away for a week would find hundreds of copies); the
        // export button and `bundle export` still send everything unacknowledged.
        // New since that bundle: a changeset stored after it, or more waiting than it held
        // (which also catches one stored in the same millisecond).
        auto fresh = m_db.prepare(
            "SELECT EXISTS(SELECT 1 FROM changesets WHERE received_at > "
            "coalesce((SELECT max(created_at) FROM bundles_sent WHERE peer = ?1), -1)), "
            "coalesce((SELECT changesets FROM bundles_sent WHERE peer = ?1 ORDER BY seq DESC LIMIT 1), -1)");
        if (!fresh.ok())
            return fresh.error();
        fresh->bind(1, peer.id);
        auto freshRow = fresh->step();
        if (!freshRow.ok())
            return freshRow.error();
        const bool somethingNew = fresh->integer(0) != 0 || *pending > fresh->integer(1);
        fresh->reset();
        if ((*pending == 0 || !somethingNew) && !receiptsOwed)
            continue;
        auto exported = m_exporter.exportFor(peer.id);
        if (!exported.ok())
            return exported.error();
        const QString name = QStringLiteral("%1-to-%2-%3.corridor")
                                 .arg(m_device.idText(), peer.idText())
                                 .arg(exported->sequence, 6, 10, QLatin1Char('0'));
        CORRIDOR_TRY(AtomicFile::write(QDir(outbox).filePath(name), exported->file));
        outcome.exported << name;
    }
    return outcome;
}

} // namespace corridor::sync

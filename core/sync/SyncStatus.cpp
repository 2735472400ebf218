#include "core/sync/SyncStatus.h"

#include "core/storage/Database.h"
#include "core/sync/BundleExporter.h"

namespace corridor::sync {

SyncStatus::SyncStatus(storage::Database& db, TrustStore& trust, BundleExporter& exporter)
    : m_db(db)
    , m_trust(trust)
    , m_exporter(exporter) {}

Result<QList<PeerStatus>> SyncStatus::peers() {
    auto devices = m_trust.all();
    if (!devices.ok())
        return devices.error();
    QList<PeerStatus> out;
    for (const KnownDevice& d : *devices) {
        if (d.source == KnownDevice::Source::Self)
            continue;
        PeerStatus p;
        p.device = d;
        p.scope = m_trust.isPartner(d) ? QStringLiteral("partner") : QStringLiteral("branch");
        const auto one = [&](const char* sql, quint64* seq, qint64* at) -> Status {
            auto st = m_db.prepare(sql);
            if (!st.ok())
                return st.error();
            st->bind(1, d.id);
            auto row = st->step();
            if (!row.ok())
                return row.error();
            if (*row && !st->isNull(0)) {
                *seq = quint64(st->integer(0));
                *at = st->integer(1);
            }
            return success();
        };
        CORRIDOR_TRY(one("SELECT seq, created_at FROM bundles_sent WHERE peer = ?1 ORDER BY seq DESC LIMIT 1",
                         &p.lastSentSequence, &p.lastSentAtMs));
        CORRIDOR_TRY(one("SELECT seq, acked_at FROM bundles_sent WHERE peer = ?1 AND acked_at IS NOT NULL "
                         "ORDER BY seq DESC LIMIT 1",
                         &p.lastAcknowledgedSequence, &p.lastAcknowledgedAtMs));
        CORRIDOR_TRY(one("SELECT seq, received_at FROM bundles_received WHERE exporter = ?1 ORDER BY seq DESC LIMIT 1",
                         &p.lastReceivedSequence, &p.lastReceivedAtMs));
        if (!d.revoked) {
            auto pending = m_exporter.pendingFor(d.id);
            if (!pending.ok())
                return pending.error();
            p.pending = *pending;
        }
        out << p;
    }
    return out;
}

} // namespace corridor::sync

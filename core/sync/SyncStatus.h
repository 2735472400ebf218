#pragma once

#include "core/base/Result.h"
#include "core/sync/TrustStore.h"

#include <QList>

namespace corridor::storage {
class Database;
}

namespace corridor::sync {

class BundleExporter;

// Per peer: what was sent, what the peer acknowledged (through its receipts), what came
// back, and how much waits to be sent. The sync centre shows this.
struct PeerStatus {
    KnownDevice device;
    QString scope;
    quint64 lastSentSequence = 0;
    qint64 lastSentAtMs = 0;
    quint64 lastAcknowledgedSequence = 0;
    qint64 lastAcknowledgedAtMs = 0;
    quint64 lastReceivedSequence = 0;
    qint64 lastReceivedAtMs = 0;
    int pending = 0;
};

class SyncStatus {
public:
    SyncStatus(storage::Database& db, TrustStore& trust, BundleExporter& exporter);
    [[nodiscard]] Result<QList<PeerStatus>> peers();

private:
    storage::Database& m_db;
    TrustStore& m_trust;
    BundleExporter& m_exporter;
};

} // namespace corridor::sync

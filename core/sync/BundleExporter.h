#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"

#include <QCoreApplication>
#include <functional>

namespace corridor::crypto {
class DeviceIdentity;
}
namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}

namespace corridor::sync {

class SyncScope;
class TrustStore;

// Writes a bundle for one peer: the changesets in the peer's scope it has not acknowledged,
// this device's version vector, receipts for the peer's bundles, encrypted to the peer
// (age) and signed by this device (minisign), in a strict ustar archive.
class BundleExporter {
    Q_DECLARE_TR_FUNCTIONS(BundleExporter)
public:
    struct Exported {
        QByteArray file;
        QString bundleId;
        quint64 sequence = 0;
        int changesets = 0;
        int scrubbed = 0;
        QString scope;
        double secondsCollect = 0;
        double secondsEncrypt = 0;
    };
    using Progress = std::function<void(int done, int total)>;

    BundleExporter(storage::Database& db, records::RecordStore& store, TrustStore& trust, const SyncScope& scope,
                   const crypto::DeviceIdentity& device, const Clock& clock);

    [[nodiscard]] Result<Exported> exportFor(const QByteArray& peer, const Progress& progress = {});
    // How many changesets a bundle for this peer would carry now.
    [[nodiscard]] Result<int> pendingFor(const QByteArray& peer);

private:
    storage::Database& m_db;
    records::RecordStore& m_store;
    TrustStore& m_trust;
    const SyncScope& m_scope;
    const crypto::DeviceIdentity& m_device;
    const Clock& m_clock;
};

} // namespace corridor::sync

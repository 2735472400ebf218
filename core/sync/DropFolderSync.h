#pragma once

#include "core/base/Result.h"
#include "core/sync/ImportReport.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace corridor::storage {
class Database;
}
namespace corridor::crypto {
class DeviceIdentity;
}

namespace corridor::sync {

class BundleExporter;
class BundleImporter;
class TrustStore;

// Sync through two folders that something else carries (Syncthing, a network share, a USB
// stick): every new bundle for this device in the inbox is imported; for every peer with
// something to send (or receipts to give) a bundle is written to the outbox.
class DropFolderSync {
    Q_DECLARE_TR_FUNCTIONS(DropFolderSync)
public:
    struct Outcome {
        QList<ImportReport> imported;
        QStringList skipped;  // files not for this device, or already seen
        QStringList exported; // file names written to the outbox
    };

    DropFolderSync(storage::Database& db, TrustStore& trust, BundleImporter& importer, BundleExporter& exporter,
                   const crypto::DeviceIdentity& device);

    [[nodiscard]] Result<Outcome> run(const QString& inbox, const QString& outbox);

private:
    storage::Database& m_db;
    TrustStore& m_trust;
    BundleImporter& m_importer;
    BundleExporter& m_exporter;
    const crypto::DeviceIdentity& m_device;
};

} // namespace corridor::sync

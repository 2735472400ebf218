#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/sync/ImportReport.h"

#include <QCoreApplication>

namespace corridor::crypto {
class DeviceIdentity;
}
namespace corridor::records {
class Changeset;
class RecordStore;
} // namespace corridor::records
namespace corridor::storage {
class Database;
}

namespace corridor::sync {

class TrustStore;

// Imports a bundle in the order that keeps a bad one from changing anything: strict
// archive, exporter's signature (an enrolled, unrevoked device), the bundle is for this
// device and is not a second, different bundle under a number already seen; then decrypt,
// then parse with hard limits, then verify every new changeset against its author's key,
// then apply all of it in one transaction. Changesets already held are recognised by hash
// before any signature is checked.
class BundleImporter {
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)
public:
    static constexpr qint64 FutureToleranceMs = 24ll * 3600 * 1000;

    BundleImporter(storage::Database& db, records::RecordStore& store, TrustStore& trust,
                   const crypto::DeviceIdentity& device, const Clock& clock);

    ImportReport importBundle(const QByteArray& file);
    // Reads the file (refused if it cannot be read or is too large to be a bundle), then
    // imports it; the report names the file.
    ImportReport importFile(const QString& path);
    // Tries again the changesets held back (unknown author, clock far ahead).
    [[nodiscard]] Result<int> retryHeld();
    [[nodiscard]] Result<int> heldCount();

private:
    struct Candidate;
    [[nodiscard]] Status process(QList<records::Changeset>& incoming, ImportReport& report);
    [[nodiscard]] Status processBatch(QList<records::Changeset>& incoming, ImportReport& report);
    [[nodiscard]] Status hold(const records::Changeset& cs, const QString& reason);

    storage::Database& m_db;
    records::RecordStore& m_store;
    TrustStore& m_trust;
    const crypto::DeviceIdentity& m_device;
    const Clock& m_clock;
};

} // namespace corridor::sync

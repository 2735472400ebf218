#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace corridor::sync {

// What can be learnt from a bundle without decrypting it: the minisign trusted comment,
// which the exporter's signature covers.
struct BundleHeader {
    QString bundleId;
    QByteArray exporter;  // device id, 8 bytes
    quint64 sequence = 0; // per exporter, from 1
    qint64 createdMs = 0;
    QByteArray previousHash; // BLAKE2b-256 of the exporter's previous payload.age; empty for the first
    QList<QByteArray> recipients;

    QString toTrustedComment() const;
    // The minisign file's untrusted comment. Not signed, so the reader requires exactly this text.
    QString untrustedComment() const;
    [[nodiscard]] static Result<BundleHeader> fromTrustedComment(const QString& comment);
};

// A changeset erased after it was written: only its header can travel, so peers keep
// sequence numbers contiguous without receiving anything of the erased person.
struct ScrubbedStub {
    QByteArray author;
    quint64 sequence = 0;
    QByteArray hash;
    QString recordType;
    QString recordId;
};

// "I imported your bundle n": lets the exporter stop resending what arrived.
struct Receipt {
    quint64 sequence = 0;
    QByteArray hash;
};

// The encrypted payload: an inner manifest that repeats the header's facts (so a bundle
// cannot be re-signed and passed off as someone else's), the changesets, erased stubs,
// the exporter's version vector (an acknowledgement) and receipts.
struct BundleManifest {
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)
public:
    struct Limits {
        qsizetype maxCompressed = 256 * 1024 * 1024;
        qsizetype maxDecompressed = 512 * 1024 * 1024;
        qsizetype maxChangesets = 1000000;
        qsizetype maxChangesetBytes = 256 * 1024;
        int maxRecipients = 64;
    };

    QString bundleId;
    QByteArray exporter;
    QList<QByteArray> recipients;
    quint64 sequence = 0;
    qint64 createdMs = 0;
    QString scope; // branch, partner, content
    QMap<QByteArray, quint64> versionVector;
    using Entry = std::pair<QByteArray, QByteArray>; // a changeset's body and signature
    QList<Entry> changesets;
    QList<ScrubbedStub> scrubbed;
    QList<Receipt> receipts;

    QByteArray encode() const; // compressed
    [[nodiscard]] static Result<BundleManifest> decode(const QByteArray& compressed, const Limits& limits);
};

} // namespace corridor::sync

#include "core/sync/BundleFormat.h"

#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/sync/Compression.h"

#include <QCborArray>
#include <QCborMap>
#include <QRegularExpression>

namespace corridor::sync {
namespace {

enum Key : qint64 {
    KeyFormat,
    KeyBundleId,
    KeyExporter,
    KeyRecipients,
    KeySequence,
    KeyCreated,
    KeyScope,
    KeyVersionVector,
    KeyChangesets,
    KeyScrubbed,
    KeyReceipts
};
const QString FormatName = QStringLiteral("corridor-bundle-v1");

QString hexIds(const QList<QByteArray>& ids) {
    QStringList out;
    for (const QByteArray& id : ids)
        out << crypto::DeviceIdentity::idText(id);
    return out.join(u',');
}

} // namespace

QString BundleHeader::untrustedComment() const {
    return QStringLiteral("Corridor bundle %1 from device %2")
        .arg(sequence)
        .arg(crypto::DeviceIdentity::idText(exporter));
}

QString BundleHeader::toTrustedComment() const {
    return QStringLiteral("corridor-bundle v1 id=%1 exporter=%2 seq=%3 created=%4 prev=%5 to=%6")
        .arg(bundleId, crypto::DeviceIdentity::idText(exporter))
        .arg(sequence)
        .arg(createdMs)
        .arg(previousHash.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(previousHash.toHex()))
        .arg(hexIds(recipients));
}

Result<BundleHeader> BundleHeader::fromTrustedComment(const QString& comment) {
    static const QRegularExpression pattern(QStringLiteral(
        "^corridor-bundle v1 id=([0-9a-f-]{36}) exporter=([0-9A-F]{16}) seq=([0-9]{1,18}) created=([0-9]{1,18}) "
        "prev=(none|[0-9a-f]{64}) to=([0-9A-F]{16}(?:,[0-9A-F]{16}){0,63})$"));
    const auto match = pattern.match(comment);
    if (!match.hasMatch())
        return Error(ErrorCode::Corrupt, BundleManifest::tr("the bundle's signed header is not one Corridor writes"));
    BundleHeader h;
    h.bundleId = match.captured(1);
    h.exporter = crypto::DeviceIdentity::idFromText(match.captured(2));
    h.sequence = match.captured(3).toULongLong();
    h.createdMs = match.captured(4).toLongLong();
    if (match.captured(5) != QLatin1String("none"))
        h.previousHash = QByteArray::fromHex(match.captured(5).toLatin1());
    for (const QString& id : match.captured(6).split(u','))
        h.recipients << crypto::DeviceIdentity::idFromText(id);
    if (!Ids::isValid(h.bundleId) || h.sequence < 1)
        return Error(ErrorCode::Corrupt, BundleManifest::tr("the bundle's signed header is not one Corridor writes"));
    return h;
}

QByteArray BundleManifest::encode() const {
    QCborMap m;
    m.insert(KeyFormat, FormatName);
    m.insert(KeyBundleId, Ids::toBytes(bundleId));
    m.insert(KeyExporter, exporter);
    QCborArray to;
    for (const QByteArray& r : recipients)
        to.append(r);
    m.insert(KeyRecipients, to);
    m.insert(KeySequence, qint64(sequence));
    m.insert(KeyCreated, createdMs);
    m.insert(KeyScope, scope);
    QCborMap vv;
    for (auto it = versionVector.constBegin(); it != versionVector.constEnd(); ++it)
        vv.insert(QCborValue(it.key()), qint64(it.value()));
    m.insert(KeyVersionVector, vv);
    QCborArray list;
    for (const auto& [body, signature] : changesets)
        list.append(QCborArray{body, signature});
    m.insert(KeyChangesets, list);
    QCborArray stubs;
    for (const ScrubbedStub& s : scrubbed)
        stubs.append(QCborArray{s.author, qint64(s.sequence), s.hash, s.recordType, Ids::toBytes(s.recordId)});
    m.insert(KeyScrubbed, stubs);
    QCborArray receiptList;
    for (const Receipt& r : receipts)
        receiptList.append(QCborArray{qint64(r.sequence), r.hash});
    m.insert(KeyReceipts, receiptList);
    return Compression::deflate(Cbor::encode(m));
}

Result<BundleManifest> BundleManifest::decode(const QByteArray& compressed, const Limits& limits) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("the bundle's content is malformed: %1").arg(why));
    };
    if (compressed.size() > limits.maxCompressed)
        return Error(ErrorCode::LimitExceeded, tr("the bundle's content is larger than allowed"));
    auto raw = Compression::inflate(compressed, limits.maxDecompressed);
    if (!raw.ok())
        return raw.error();
    Cbor::Limits cbor;
    cbor.maxBytes = limits.maxDecompressed;
    cbor.maxDepth = 4;
    cbor.maxItems = 4 * limits.maxChangesets + 10000;
    cbor.maxStringBytes = limits.maxChangesetBytes;
    auto value = Cbor::decode(*raw, cbor);
    if (!value.ok())
        return value.error().code() == ErrorCode::LimitExceeded ? value.error() : bad(value.error().message());
    const QCborMap m = value->toMap();
    if (m.value(KeyFormat).toString() != FormatName)
        return Error(ErrorCode::Unsupported, tr("the bundle's content has a format this Corridor does not know"));
    BundleManifest b;
    b.bundleId = Ids::fromBytes(m.value(KeyBundleId).toByteArray());
    b.exporter = m.value(KeyExporter).toByteArray();
    for (const QCborValue& r : m.value(KeyRecipients).toArray())
        b.recipients << r.toByteArray();
    b.sequence = quint64(m.value(KeySequence).toInteger(0));
    b.createdMs = m.value(KeyCreated).toInteger(0);
    b.scope = m.value(KeyScope).toString();
    if (b.bundleId.isEmpty() || b.exporter.size() != 8 || b.recipients.isEmpty() ||
        b.recipients.size() > limits.maxRecipients || b.sequence < 1)
        return bad(tr("the inner header"));
    const QCborMap vv = m.value(KeyVersionVector).toMap();
    for (auto it = vv.constBegin(); it != vv.constEnd(); ++it) {
        if (it.key().toByteArray().size() != 8 || it.value().toInteger(-1) < 0)
            return bad(tr("the version vector"));
        b.versionVector.insert(it.key().toByteArray(), quint64(it.value().toInteger()));
    }
    const QCborArray list = m.value(KeyChangesets).toArray();
    if (list.size() > limits.maxChangesets)
        return Error(ErrorCode::LimitExceeded, tr("the bundle holds more changesets than allowed"));
    b.changesets.reserve(list.size());
    for (const QCborValue& item : list) {
        const QCborArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isByteArray() || !pair.at(1).isByteArray())
            return bad(tr("a changeset entry"));
        b.changesets.append({pair.at(0).toByteArray(), pair.at(1).toByteArray()});
    }
    for (const QCborValue& item : m.value(KeyScrubbed).toArray()) {
        const QCborArray s = item.toArray();
        if (s.size() != 5 || s.at(0).toByteArray().size() != 8 || s.at(1).toInteger(0) < 1 ||
            s.at(2).toByteArray().size() != 32)
            return bad(tr("an erased-changeset entry"));
        b.scrubbed.append({s.at(0).toByteArray(), quint64(s.at(1).toInteger()), s.at(2).toByteArray(),
                           s.at(3).toString(), Ids::fromBytes(s.at(4).toByteArray())});
    }
    for (const QCborValue& item : m.value(KeyReceipts).toArray()) {
        const QCborArray r = item.toArray();
        if (r.size() != 2 || r.at(0).toInteger(0) < 1 || r.at(1).toByteArray().size() != 32)
            return bad(tr("a receipt"));
        b.receipts.append({quint64(r.at(0).toInteger()), r.at(1).toByteArray()});
    }
    return b;
}

} // namespace corridor::sync

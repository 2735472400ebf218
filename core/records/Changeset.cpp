#include "core/records/Changeset.h"

#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"

#include <QCborArray>
#include <QCborMap>
#include <QRegularExpression>
#include <algorithm>

namespace corridor::records {
namespace {

enum Key : qint64 {
    KeyFormat = 0,
    KeyAuthor = 1,
    KeySequence = 2,
    KeyHlc = 3,
    KeyUser = 4,
    KeyRecordType = 5,
    KeyRecordId = 6,
    KeyOp = 7,
    KeyFields = 8,
};

constexpr int MaxFields = 256;
constexpr int MaxNameLength = 64;

bool acceptableValue(const QCborValue& value, int depth = 0) {
    switch (value.type()) {
    case QCborValue::Null:
    case QCborValue::True:
    case QCborValue::False:
    case QCborValue::Integer:
    case QCborValue::String:
    case QCborValue::ByteArray:
        return true;
    case QCborValue::Array:
        if (depth > 0)
            return false;
        for (const QCborValue& item : value.toArray())
            if (!acceptableValue(item, depth + 1))
                return false;
        return true;
    default:
        return false;
    }
}

bool validName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

QByteArray Changeset::signedMessage(const QByteArray& body) {
    return QByteArrayLiteral("corridor/changeset/v1") + '\0' + body;
}

QByteArray Changeset::hashOf(const QByteArray& body) {
    return crypto::Hash::blake2b(body, 32);
}

QByteArray Changeset::encodeBody() const {
    QCborMap fieldMap;
    for (const Field& f : fields)
        fieldMap.insert(f.name, QCborArray{f.value, qint64(f.previousHlc)});
    QCborMap map;
    map.insert(KeyFormat, FormatVersion);
    map.insert(KeyAuthor, author);
    map.insert(KeySequence, qint64(sequence));
    map.insert(KeyHlc, qint64(hlc));
    map.insert(KeyUser, Ids::toBytes(userId));
    map.insert(KeyRecordType, recordType);
    map.insert(KeyRecordId, Ids::toBytes(recordId));
    map.insert(KeyOp, static_cast<qint64>(op));
    map.insert(KeyFields, fieldMap);
    return Cbor::encode(map);
}

void Changeset::sign(const crypto::DeviceIdentity& device) {
    author = device.id();
    std::sort(fields.begin(), fields.end(), [](const Field& a, const Field& b) { return a.name < b.name; });
    body = encodeBody();
    signature = device.sign(signedMessage(body));
    hash = hashOf(body);
}

bool Changeset::verify(const QByteArray& authorPublicKey) const {
    return crypto::DeviceIdentity::idFor(authorPublicKey) == author &&
           crypto::DeviceIdentity::verify(authorPublicKey, signedMessage(body), signature);
}

Result<Changeset> Changeset::decode(const QByteArray& body, const QByteArray& signature) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("malformed changeset: %1").arg(why));
    };
    Cbor::Limits limits;
    limits.maxBytes = 256 * 1024;
    limits.maxDepth = 4;
    limits.maxItems = 32768; // an erasure lists every child record it takes
    limits.maxStringBytes = 64 * 1024;
    auto decoded = Cbor::decode(body, limits);
    if (!decoded.ok())
        return bad(decoded.error().message());
    if (!decoded->isMap())
        return bad(tr("not a map"));
    const QCborMap map = decoded->toMap();
    if (map.value(KeyFormat).toInteger(-1) != FormatVersion)
        return Error(
            ErrorCode::Unsupported,
            tr("changeset format %1 is not supported by this Corridor").arg(map.value(KeyFormat).toInteger(-1)));
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        if (!it.key().isInteger() || it.key().toInteger() < KeyFormat || it.key().toInteger() > KeyFields)
            return bad(tr("unknown entry"));

    Changeset cs;
    cs.author = map.value(KeyAuthor).toByteArray();
    const qint64 sequence = map.value(KeySequence).toInteger(-1);
    const qint64 hlc = map.value(KeyHlc).toInteger(-1);
    cs.userId = Ids::fromBytes(map.value(KeyUser).toByteArray());
    cs.recordType = map.value(KeyRecordType).toString();
    cs.recordId = Ids::fromBytes(map.value(KeyRecordId).toByteArray());
    const qint64 op = map.value(KeyOp).toInteger(-1);
    if (cs.author.size() != crypto::DeviceIdentity::IdBytes)
        return bad(tr("author"));
    if (sequence < 1 || hlc < 1)
        return bad(tr("sequence or clock"));
    if (cs.userId.isEmpty() || cs.recordId.isEmpty() || !validName(cs.recordType))
        return bad(tr("record"));
    if (op != qint64(Op::Write) && op != qint64(Op::Erase))
        return bad(tr("operation"));
    cs.sequence = quint64(sequence);
    cs.hlc = quint64(hlc);
    cs.op = static_cast<Op>(op);

    const QCborValue fieldsValue = map.value(KeyFields);
    if (!fieldsValue.isMap())
        return bad(tr("fields"));
    const QCborMap fieldMap = fieldsValue.toMap();
    if (fieldMap.size() > MaxFields)
        return bad(tr("too many fields"));
    for (auto it = fieldMap.constBegin(); it != fieldMap.constEnd(); ++it) {
        const QString name = it.key().toString();
        if (!it.key().isString() || !validName(name) || name.size() > MaxNameLength)
            return bad(tr("field name"));
        const QCborArray pair = it.value().toArray();
        if (!it.value().isArray() || pair.size() != 2 || !pair.at(1).isInteger() || pair.at(1).toInteger() < 0 ||
            !acceptableValue(pair.at(0)))
            return bad(tr("field %1").arg(name));
        cs.fields.push_back({name, pair.at(0), quint64(pair.at(1).toInteger())});
    }
    std::sort(cs.fields.begin(), cs.fields.end(), [](const Field& a, const Field& b) { return a.name < b.name; });
    if (signature.size() != crypto::DeviceIdentity::SignatureBytes)
        return bad(tr("signature"));
    cs.body = body;
    cs.signature = signature;
    cs.hash = hashOf(body);
    return cs;
}

FieldMap Changeset::values() const {
    FieldMap out;
    for (const Field& f : fields)
        out.insert(f.name, f.value);
    return out;
}

const Changeset::Field* Changeset::field(const QString& name) const {
    for (const Field& f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace corridor::records

#include "core/records/FieldMapCodec.h"

#include "core/base/Cbor.h"

#include <QCborMap>

namespace corridor::records::FieldMapCodec {

QByteArray encode(const FieldMap& fields) {
    QCborMap map;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        map.insert(it.key(), it.value());
    return Cbor::encode(map);
}

FieldMap decode(const QByteArray& bytes) {
    FieldMap out;
    auto value = Cbor::decode(bytes);
    if (!value.ok() || !value->isMap())
        return out;
    const QCborMap map = value->toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        out.insert(it.key().toString(), it.value());
    return out;
}

} // namespace corridor::records::FieldMapCodec

#include "core/base/Ids.h"

#include <QUuid>

namespace corridor::Ids {

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValid(const QString& id) {
    return id.size() == 36 && !QUuid::fromString(id).isNull() && id == id.toLower();
}

QByteArray toBytes(const QString& id) {
    if (!isValid(id))
        return {};
    return QUuid::fromString(id).toRfc4122();
}

QString fromBytes(const QByteArray& bytes) {
    if (bytes.size() != 16)
        return {};
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace corridor::Ids

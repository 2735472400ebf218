#pragma once

#include <QByteArray>
#include <QString>

namespace corridor {

// Record ids are random UUIDs: text ("9b2f…-…") in SQL and the UI, 16 bytes in CBOR.
namespace Ids {
QString newId();
bool isValid(const QString& id);
QByteArray toBytes(const QString& id); // empty if not a valid id
QString fromBytes(const QByteArray& bytes);
} // namespace Ids

} // namespace corridor

#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QString>

namespace corridor {

// Bech32 (BIP 173), as age uses it for recipients ("age1…") and identities
// ("AGE-SECRET-KEY-1…"). No length limit, since age keys exceed BIP 173's 90 characters.
namespace Bech32 {
QString encode(const QString& humanReadablePart, const QByteArray& data);
struct Decoded {
    QString humanReadablePart;
    QByteArray data;
};
[[nodiscard]] Result<Decoded> decode(const QString& text);
} // namespace Bech32

} // namespace corridor

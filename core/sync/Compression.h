#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace corridor::sync {

// zlib (RFC 1950) for bundle payloads. Inflation stops at a hard limit, so a small file
// that expands to gigabytes (a "zip bomb") is refused instead of filling memory.
class Compression {
    Q_DECLARE_TR_FUNCTIONS(Compression)
public:
    static QByteArray deflate(const QByteArray& data);
    [[nodiscard]] static Result<QByteArray> inflate(const QByteArray& data, qsizetype maxOutput);
};

} // namespace corridor::sync

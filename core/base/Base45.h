#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor {

// Base45 (RFC 9285): bytes as characters of the QR code alphanumeric set, so a QR code
// can carry them in its dense alphanumeric mode.
class Base45 {
    Q_DECLARE_TR_FUNCTIONS(Base45)
public:
    static QString encode(const QByteArray& bytes);
    [[nodiscard]] static Result<QByteArray> decode(const QString& text);
};

} // namespace corridor

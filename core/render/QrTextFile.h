#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace corridor::render {

// A short text that starts with a known prefix (a device card "CRDC1:…"), read from a text
// file or from a picture of its QR code — a photo, a screenshot, a scan.
class QrTextFile {
    Q_DECLARE_TR_FUNCTIONS(QrTextFile)
public:
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;
    static constexpr qint64 MaxPixels = 64LL * 1000 * 1000;

    [[nodiscard]] static Result<QString> read(const QString& path, const QString& prefix);
    [[nodiscard]] static Result<QString> fromBytes(const QByteArray& bytes, const QString& prefix);
    [[nodiscard]] static Result<QString> fromImage(const QImage& image, const QString& prefix);

    // Every QR code text in a picture file (a photo of a slip, a screenshot); large photos
    // are searched at a reduced size first, then at full size.
    [[nodiscard]] static Result<QStringList> codesInPicture(const QString& path);
    [[nodiscard]] static Result<QStringList> codesInImage(const QImage& image);
};

} // namespace corridor::render

#include "core/render/QrTextFile.h"

#include "core/render/QrCode.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>

#include <algorithm>

namespace corridor::render {

Result<QString> QrTextFile::read(const QString& path, const QString& prefix) {
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (file.size() > MaxFileBytes)
        return Error(ErrorCode::LimitExceeded, tr("The file is too large to be a card or a picture of one."));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    return fromBytes(file.read(MaxFileBytes + 1), prefix);
}

Result<QString> QrTextFile::fromBytes(const QByteArray& bytes, const QString& prefix) {
    if (bytes.size() > MaxFileBytes)
        return Error(ErrorCode::LimitExceeded, tr("The file is too large to be a card or a picture of one."));
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The file is empty."));
    if (trimmed.startsWith(prefix.toLatin1()))
        return QString::fromUtf8(trimmed);
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return Error(ErrorCode::InvalidInput, tr("This is neither a card nor a picture Corridor can read."));
    return fromImage(image, prefix);
}

Result<QString> QrTextFile::fromImage(const QImage& image, const QString& prefix) {
    auto texts = QrCode::decodeAll(image);
    if (!texts.ok())
        return texts.error();
    for (const QString& t : *texts)
        if (t.startsWith(prefix))
            return t;
    return Error(ErrorCode::InvalidInput, tr("The picture holds a QR code, but not a Corridor card."));
}

Result<QStringList> QrTextFile::codesInPicture(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (file.size() > MaxFileBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The file is too large for a picture (over %1 MB).").arg(MaxFileBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The file is empty."));
    QImageReader reader;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    reader.setDevice(&buffer);
    reader.setAutoTransform(true); // photos taken sideways
    // A picture that claims more pixels than any camera makes is refused before decoding.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels)
        return Error(ErrorCode::LimitExceeded,
                     tr("The picture is too large (%1 × %2 pixels).").arg(size.width()).arg(size.height()));
    const QImage image = reader.read();
    if (image.isNull())
        return Error(ErrorCode::InvalidInput, tr("This is not a picture Corridor can read."));
    return codesInImage(image);
}

Result<QStringList> QrTextFile::codesInImage(const QImage& image) {
    constexpr int Reduced = 2000;
    if (std::max(image.width(), image.height()) > Reduced * 5 / 4) {
        auto found = QrCode::decodeAll(image.scaled(Reduced, Reduced, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        if (found.ok())
            return found;
    }
    return QrCode::decodeAll(image);
}

} // namespace corridor::render

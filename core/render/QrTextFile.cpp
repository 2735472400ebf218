#include "core/render/QrTextFile.h"

#include "core/render/QrCode.h"

#include <QDir>
#include <QFile>

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

} // namespace corridor::render

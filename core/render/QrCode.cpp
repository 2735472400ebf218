#include "core/render/QrCode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QPainter>

#include <exception>

namespace corridor::render {

Result<QrCode> QrCode::encode(const QString& text, ErrorCorrection level) {
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("there is nothing to put in the QR code"));
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(static_cast<int>(level)).setMargin(0);
        const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), 1, 1);
        QrCode code;
        code.m_size = matrix.width();
        code.m_dark.resize(code.m_size * code.m_size);
        for (int y = 0; y < code.m_size; ++y)
            for (int x = 0; x < code.m_size; ++x)
                code.m_dark[y * code.m_size + x] = matrix.get(x, y);
        return code;
    } catch (const std::exception&) {
        // ZXing throws when the text does not fit in the largest QR code.
        return Error(ErrorCode::LimitExceeded, tr("the text is too long for a QR code"));
    }
}

QImage QrCode::toImage(int pixelsPerModule, int quietZoneModules) const {
    const int side = (m_size + 2 * quietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (dark(x, y))
                painter.drawRect((x + quietZoneModules) * pixelsPerModule, (y + quietZoneModules) * pixelsPerModule,
                                 pixelsPerModule, pixelsPerModule);
    return image;
}

Result<QStringList> QrCode::decodeAll(const QImage& image) {
    if (image.isNull())
        return Error(ErrorCode::InvalidInput, tr("the picture is empty or could not be read"));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    try {
        ZXing::DecodeHints hints;
        hints.setFormats(ZXing::BarcodeFormat::QRCode);
        hints.setTryHarder(true);
        hints.setTryRotate(true);
        const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                    static_cast<int>(gray.bytesPerLine()));
        const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
        QStringList texts;
        for (const ZXing::Result& r : results)
            if (r.isValid())
                texts << QString::fromStdString(r.text());
        if (texts.isEmpty())
            return Error(ErrorCode::NotFound, tr("no QR code was found in the picture"));
        return texts;
    } catch (const std::exception&) {
        return Error(ErrorCode::InvalidInput, tr("the picture could not be searched for a QR code"));
    }
}

Result<QString> QrCode::decode(const QImage& image) {
    auto all = decodeAll(image);
    if (!all.ok())
        return all.error();
    return all->first();
}

} // namespace corridor::render

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QVector>

namespace corridor::render {

// A QR code as a grid of modules, made and read with ZXing-cpp.
class QrCode {
    Q_DECLARE_TR_FUNCTIONS(QrCode)
public:
    enum class ErrorCorrection { Low = 1, Medium = 4, Quartile = 6, High = 8 }; // ZXing's 0–8 scale

    [[nodiscard]] static Result<QrCode> encode(const QString& text, ErrorCorrection level = ErrorCorrection::Medium);
    // Every QR code ZXing finds in the image, as text; an error if there is none.
    [[nodiscard]] static Result<QStringList> decodeAll(const QImage& image);
    [[nodiscard]] static Result<QString> decode(const QImage& image);

    int modules() const { return m_size; }
    int version() const { return (m_size - 17) / 4; }
    bool dark(int x, int y) const { return m_dark.at(y * m_size + x); }
    // Black modules on white with a quiet zone of four modules, as the standard asks.
    QImage toImage(int pixelsPerModule, int quietZoneModules = 4) const;

private:
    int m_size = 0;
    QVector<bool> m_dark;
};

} // namespace corridor::render

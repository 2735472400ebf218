#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor {

// Replaces a file so that after a power cut it holds either the old or the new bytes,
// never a mix: write a temporary file beside it, fsync, rename over, fsync the folder.
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
public:
    [[nodiscard]] static Status write(const QString& path, const QByteArray& bytes);
    // Reads at most maxBytes; a larger file is refused rather than loaded.
    [[nodiscard]] static Result<QByteArray> read(const QString& path, qint64 maxBytes);
};

} // namespace corridor

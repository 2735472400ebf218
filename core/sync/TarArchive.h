#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace corridor::sync {

// The ustar container of a bundle. Written with libarchive; read back by a strict parser
// that accepts an archive only exactly as Corridor writes it: the named regular-file
// entries in order, each header byte for byte as header() gives it, zero padding, and the
// end-of-archive blocks with nothing after them.
class TarArchive {
    Q_DECLARE_TR_FUNCTIONS(TarArchive)
public:
    struct Entry {
        QString name;
        QByteArray data;
        qint64 modifiedSeconds = 0; // as read; write() gives every entry the same time
    };

    // The 512-byte header the writer produces for an entry (core/sync/README.md §2);
    // empty if the name, size or time cannot be written in a ustar header.
    static QByteArray header(const QString& name, qint64 size, qint64 modifiedSeconds);

    [[nodiscard]] static Result<QByteArray> write(const QList<Entry>& entries, qint64 modifiedSeconds);
    [[nodiscard]] static Result<QList<Entry>> readStrict(const QByteArray& archive, const QStringList& expectedNames,
                                                         qint64 maxEntryBytes);
};

} // namespace corridor::sync

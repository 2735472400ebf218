#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace corridor::sync {

// The ustar container of a bundle. Written with libarchive; read back by a strict parser
// that accepts an archive only exactly as Corridor writes it: the named regular-file
// entries in order, no links, no directories, no path prefixes, zero padding, and the
// end-of-archive blocks with nothing after them.
class TarArchive {
    Q_DECLARE_TR_FUNCTIONS(TarArchive)
public:
    struct Entry {
        QString name;
        QByteArray data;
    };

    [[nodiscard]] static Result<QByteArray> write(const QList<Entry>& entries, qint64 modifiedSeconds);
    [[nodiscard]] static Result<QList<Entry>> readStrict(const QByteArray& archive, const QStringList& expectedNames,
                                                         qint64 maxEntryBytes);
};

} // namespace corridor::sync

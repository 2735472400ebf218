#include "core/base/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace corridor {
namespace {

Error ioError(const QString& path, const QString& what) {
    return Error(ErrorCode::Io,
                 AtomicFile::tr("%1: %2 (%3)")
                     .arg(QDir::toNativeSeparators(path), what, QString::fromLocal8Bit(strerror(errno))));
}

bool writeAll(int fd, const char* data, qint64 size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

Status AtomicFile::write(const QString& path, const QByteArray& bytes) {
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(path, tr("cannot create a temporary file"));
    const bool written = writeAll(fd, bytes.constData(), bytes.size()) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written) {
        ::unlink(temp.constData());
        errno = savedErrno;
        return ioError(path, tr("cannot write the file"));
    }
    if (::rename(temp.constData(), target.constData()) != 0) {
        ::unlink(temp.constData());
        return ioError(path, tr("cannot replace the file"));
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return success();
}

Result<QByteArray> AtomicFile::read(const QString& path, qint64 maxBytes) {
    QFile file(path);
    if (!file.exists())
        return Error(ErrorCode::NotFound, tr("%1 is missing").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("%1 is larger than %2 bytes").arg(QDir::toNativeSeparators(path)).arg(maxBytes));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("%1 is larger than %2 bytes").arg(QDir::toNativeSeparators(path)).arg(maxBytes));
    return bytes;
}

} // namespace corridor

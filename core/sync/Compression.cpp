#include "core/sync/Compression.h"

#include <zlib.h>

namespace corridor::sync {

QByteArray Compression::deflate(const QByteArray& data) {
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.constData()),
                  uLong(data.size()), 6) != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

Result<QByteArray> Compression::inflate(const QByteArray& data, qsizetype maxOutput) {
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return Error(ErrorCode::Crypto, tr("the decompressor could not start"));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        rc = ::inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return Error(ErrorCode::Corrupt, tr("the compressed content is damaged"));
        }
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&stream);
            return Error(ErrorCode::LimitExceeded,
                         tr("the content expands to more than %1 MiB; refused").arg(maxOutput / (1024 * 1024)));
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return Error(ErrorCode::Corrupt, tr("the compressed content is truncated"));
        }
    }
    const bool trailing = stream.avail_in != 0;
    inflateEnd(&stream);
    if (trailing)
        return Error(ErrorCode::Corrupt, tr("unexpected bytes after the compressed content"));
    return out;
}

} // namespace corridor::sync

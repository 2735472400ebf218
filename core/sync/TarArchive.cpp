#include "core/sync/TarArchive.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstring>
#include <memory>

namespace corridor::sync {
namespace {

constexpr qsizetype Block = 512;

struct ArchiveDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryDeleter {
    void operator()(archive_entry* e) const { archive_entry_free(e); }
};

la_ssize_t appendToBuffer(archive*, void* client, const void* buffer, size_t length) {
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

// A NUL-terminated (or full-width) field of a tar header.
QByteArray field(const char* header, int offset, int width) {
    const char* start = header + offset;
    const void* end = std::memchr(start, 0, size_t(width));
    return QByteArray(start, end ? int(static_cast<const char*>(end) - start) : width);
}

bool allZero(const char* data, qsizetype size) {
    for (qsizetype i = 0; i < size; ++i)
        if (data[i] != 0)
            return false;
    return true;
}

std::optional<qint64> octal(const QByteArray& text) {
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : trimmed) {
        if (c < '0' || c > '7')
            return std::nullopt;
        value = value * 8 + (c - '0');
        if (value > (qint64(1) << 40))
            return std::nullopt;
    }
    return value;
}

constexpr qint64 MaxOctal11 = (qint64(1) << 33) - 1; // the largest value in 11 octal digits

void put(QByteArray& header, int offset, const QByteArray& text) {
    std::memcpy(header.data() + offset, text.constData(), size_t(text.size()));
}

QByteArray octal11(qint64 value) {
    return QByteArray::number(value, 8).rightJustified(11, '0') + ' ';
}

} // namespace

QByteArray TarArchive::header(const QString& name, qint64 size, qint64 modifiedSeconds) {
    const QByteArray utf8 = name.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 99 || size < 0 || size > MaxOctal11 || modifiedSeconds < 0 ||
        modifiedSeconds > MaxOctal11)
        return {};
    QByteArray h(Block, '\0');
    put(h, 0, utf8);
    put(h, 100, QByteArrayLiteral("000644 "));
    put(h, 108, QByteArrayLiteral("000000 "));
    put(h, 116, QByteArrayLiteral("000000 "));
    put(h, 124, octal11(size));
    put(h, 136, octal11(modifiedSeconds));
    h[156] = '0';
    put(h, 257, QByteArrayLiteral("ustar"));
    put(h, 263, QByteArrayLiteral("00"));
    put(h, 329, QByteArrayLiteral("000000 "));
    put(h, 337, QByteArrayLiteral("000000 "));
    put(h, 148, QByteArray(8, ' '));
    qint64 sum = 0;
    for (char c : h)
        sum += quint8(c);
    put(h, 148, QByteArray::number(sum, 8).rightJustified(6, '0'));
    h[154] = '\0';
    return h;
}

Result<QByteArray> TarArchive::write(const QList<Entry>& entries, qint64 modifiedSeconds) {
    QByteArray out;
    std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
    archive_write_set_format_ustar(a.get());
    archive_write_add_filter_none(a.get());
    archive_write_set_bytes_in_last_block(a.get(), 1); // no padding after the end-of-archive blocks
    if (archive_write_open(a.get(), &out, nullptr, appendToBuffer, nullptr) != ARCHIVE_OK)
        return Error(ErrorCode::Io,
                     tr("the archive could not be started: %1").arg(QString::fromUtf8(archive_error_string(a.get()))));
    for (const Entry& e : entries) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        const QByteArray name = e.name.toUtf8();
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_size(entry.get(), e.data.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), modifiedSeconds, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), e.data.constData(), size_t(e.data.size())) != la_ssize_t(e.data.size()))
            return Error(
                ErrorCode::Io,
                tr("the archive could not be written: %1").arg(QString::fromUtf8(archive_error_string(a.get()))));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return Error(ErrorCode::Io, tr("the archive could not be finished"));
    return out;
}

Result<QList<TarArchive::Entry>> TarArchive::readStrict(const QByteArray& archive, const QStringList& expectedNames,
                                                        qint64 maxEntryBytes) {
    const auto refuse = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("not a Corridor bundle: %1").arg(why));
    };
    if (archive.isEmpty())
        return refuse(tr("the file is empty"));
    if (archive.size() % Block != 0)
        return refuse(tr("its size is not a whole number of 512-byte blocks (truncated, or something was appended)"));
    QList<Entry> entries;
    qsizetype pos = 0;
    for (const QString& expected : expectedNames) {
        if (archive.size() - pos < Block)
            return refuse(tr("it ends before the entry %1").arg(expected));
        const char* header = archive.constData() + pos;
        // The checksum counts the checksum field as eight spaces.
        qint64 sum = 0;
        for (int i = 0; i < Block; ++i)
            sum += (i >= 148 && i < 156) ? ' ' : quint8(header[i]);
        const auto stored = octal(field(header, 148, 8));
        if (!stored || *stored != sum)
            return refuse(tr("a header checksum does not match"));
        if (field(header, 257, 6) != QByteArray("ustar") || QByteArray(header + 263, 2) != QByteArray("00"))
            return refuse(tr("it is not a ustar archive"));
        const QByteArray name = field(header, 0, 100);
        if (name != expected.toUtf8())
            return refuse(tr("it holds '%1' where '%2' was expected").arg(QString::fromUtf8(name), expected));
        const char type = header[156];
        if (type != '0' && type != '\0')
            return refuse(tr("'%1' is not a plain file (links and directories are refused)").arg(expected));
        if (!field(header, 157, 100).isEmpty() || !field(header, 345, 155).isEmpty())
            return refuse(tr("an entry has a link target or a path prefix"));
        const auto size = octal(field(header, 124, 12));
        if (!size || *size > maxEntryBytes)
            return refuse(tr("'%1' is larger than allowed").arg(expected));
        const auto modified = octal(field(header, 136, 12));
        // Every byte of a header follows from the name, the size and the time: a header written any other way
        // (another tar program, or a byte changed and the checksum fixed up) is refused.
        if (!modified || QByteArray::fromRawData(header, Block) != TarArchive::header(expected, *size, *modified))
            return refuse(tr("the header of '%1' is not written the way Corridor writes it").arg(expected));
        pos += Block;
        const qsizetype padded = (qsizetype(*size) + Block - 1) / Block * Block;
        if (archive.size() - pos < padded)
            return refuse(tr("'%1' is truncated").arg(expected));
        entries.append({expected, archive.mid(pos, qsizetype(*size)), *modified});
        if (!allZero(archive.constData() + pos + *size, padded - qsizetype(*size)))
            return refuse(tr("the padding after '%1' is not zero").arg(expected));
        pos += padded;
    }
    if (archive.size() - pos != 2 * Block)
        return refuse(tr("it holds more than the expected entries, or data after the end of the archive"));
    if (!allZero(archive.constData() + pos, 2 * Block))
        return refuse(tr("the end of the archive is not two zero blocks"));
    return entries;
}

} // namespace corridor::sync

#include "core/base/Cbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>
#include <algorithm>
#include <limits>
#include <vector>

namespace corridor {
namespace {

void appendHead(QByteArray& out, quint8 major, quint64 argument) {
    const auto mt = static_cast<char>(major << 5);
    if (argument < 24) {
        out.append(static_cast<char>(mt | static_cast<char>(argument)));
    } else if (argument <= 0xff) {
        out.append(static_cast<char>(mt | 24));
        out.append(static_cast<char>(argument));
    } else if (argument <= 0xffff) {
        out.append(static_cast<char>(mt | 25));
        for (int shift = 8; shift >= 0; shift -= 8)
            out.append(static_cast<char>((argument >> shift) & 0xff));
    } else if (argument <= 0xffffffffULL) {
        out.append(static_cast<char>(mt | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(static_cast<char>((argument >> shift) & 0xff));
    } else {
        out.append(static_cast<char>(mt | 27));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(static_cast<char>((argument >> shift) & 0xff));
    }
}

void encodeInto(QByteArray& out, const QCborValue& value) {
    switch (value.type()) {
    case QCborValue::Integer: {
        const qint64 v = value.toInteger();
        if (v >= 0)
            appendHead(out, 0, static_cast<quint64>(v));
        else
            appendHead(out, 1, static_cast<quint64>(-(v + 1)));
        return;
    }
    case QCborValue::ByteArray: {
        const QByteArray b = value.toByteArray();
        appendHead(out, 2, static_cast<quint64>(b.size()));
        out.append(b);
        return;
    }
    case QCborValue::String: {
        const QByteArray s = value.toString().toUtf8();
        appendHead(out, 3, static_cast<quint64>(s.size()));
        out.append(s);
        return;
    }
    case QCborValue::Array: {
        const QCborArray a = value.toArray();
        appendHead(out, 4, static_cast<quint64>(a.size()));
        for (const QCborValue& item : a)
            encodeInto(out, item);
        return;
    }
    case QCborValue::Map: {
        // Deterministic order: entries sorted by their encoded keys. All entries are encoded
        // into one scratch buffer and only their offsets are sorted.
        const QCborMap m = value.toMap();
        struct Entry {
            qsizetype key, value, end;
        };
        QByteArray scratch;
        std::vector<Entry> entries;
        entries.reserve(static_cast<size_t>(m.size()));
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            const qsizetype key = scratch.size();
            encodeInto(scratch, it.key());
            const qsizetype valueAt = scratch.size();
            encodeInto(scratch, it.value());
            entries.push_back({key, valueAt, scratch.size()});
        }
        const auto keyView = [&scratch](const Entry& e) {
            return QByteArrayView(scratch.constData() + e.key, e.value - e.key);
        };
        std::sort(entries.begin(), entries.end(),
                  [&](const Entry& a, const Entry& b) { return keyView(a) < keyView(b); });
        appendHead(out, 5, static_cast<quint64>(entries.size()));
        out.reserve(out.size() + scratch.size());
        for (const Entry& e : entries)
            out.append(scratch.constData() + e.key, e.end - e.key);
        return;
    }
    case QCborValue::False:
        out.append(static_cast<char>(0xf4));
        return;
    case QCborValue::True:
        out.append(static_cast<char>(0xf5));
        return;
    default:
        // Programming error: only the subset above is ever built by Corridor.
        out.append(static_cast<char>(0xf6));
        return;
    }
}

class Decoder {
public:
    Decoder(const QByteArray& bytes, const Cbor::Limits& limits)
        : m_data(reinterpret_cast<const quint8*>(bytes.constData()))
        , m_size(bytes.size())
        , m_limits(limits) {}

    Result<QCborValue> run() {
        auto value = item(0);
        if (!value.ok())
            return value;
        if (m_pos != m_size)
            return fail(Cbor::tr("unexpected bytes after the end of the data"));
        return value;
    }

private:
    Error fail(const QString& what) const { return Error(ErrorCode::Corrupt, what); }

    Result<quint64> argument(quint8 info) {
        if (info < 24)
            return quint64(info);
        int length = 0;
        switch (info) {
        case 24:
            length = 1;
            break;
        case 25:
            length = 2;
            break;
        case 26:
            length = 4;
            break;
        case 27:
            length = 8;
            break;
        default:
            return fail(Cbor::tr("indefinite or reserved length"));
        }
        if (m_size - m_pos < length)
            return fail(Cbor::tr("the data ends in the middle of an item"));
        quint64 v = 0;
        for (int i = 0; i < length; ++i)
            v = (v << 8) | m_data[m_pos++];
        if (m_limits.requireDeterministic) {
            const bool shortest = (length == 1 && v >= 24) || (length == 2 && v > 0xff) ||
                                  (length == 4 && v > 0xffff) || (length == 8 && v > 0xffffffffULL);
            if (!shortest)
                return fail(Cbor::tr("an integer is not in its shortest form"));
        }
        return v;
    }

    Result<QCborValue> item(int depth) {
        if (depth > m_limits.maxDepth)
            return Error(ErrorCode::LimitExceeded, Cbor::tr("the data is nested too deeply"));
        if (++m_items > m_limits.maxItems)
            return Error(ErrorCode::LimitExceeded, Cbor::tr("the data holds too many items"));
        if (m_pos >= m_size)
            return fail(Cbor::tr("the data ends in the middle of an item"));
        const quint8 initial = m_data[m_pos++];
        const quint8 major = initial >> 5;
        const quint8 info = initial & 0x1f;
        if (major == 7) {
            switch (info) {
            case 20:
                return QCborValue(false);
            case 21:
                return QCborValue(true);
            case 22:
                return QCborValue(nullptr);
            default:
                return fail(Cbor::tr("unsupported simple value or floating-point number"));
            }
        }
        if (major == 6)
            return fail(Cbor::tr("tagged items are not accepted"));
        auto arg = argument(info);
        if (!arg.ok())
            return arg.error();
        const quint64 n = *arg;
        switch (major) {
        case 0:
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return fail(Cbor::tr("integer out of range"));
            return QCborValue(qint64(n));
        case 1:
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return fail(Cbor::tr("integer out of range"));
            return QCborValue(-qint64(n) - 1);
        case 2:
        case 3: {
            if (n > quint64(m_limits.maxStringBytes))
                return Error(ErrorCode::LimitExceeded, Cbor::tr("a string is longer than allowed"));
            if (quint64(m_size - m_pos) < n)
                return fail(Cbor::tr("the data ends in the middle of a string"));
            const QByteArray bytes(reinterpret_cast<const char*>(m_data + m_pos), qsizetype(n));
            m_pos += qsizetype(n);
            if (major == 2)
                return QCborValue(bytes);
            const QString text = QString::fromUtf8(bytes);
            if (text.toUtf8() != bytes)
                return fail(Cbor::tr("a text string is not valid UTF-8"));
            return QCborValue(text);
        }
        case 4: {
            if (n > quint64(m_limits.maxItems))
                return Error(ErrorCode::LimitExceeded, Cbor::tr("the data holds too many items"));
            QCborArray array;
            for (quint64 i = 0; i < n; ++i) {
                auto element = item(depth + 1);
                if (!element.ok())
                    return element;
                array.append(*element);
            }
            return QCborValue(array);
        }
        case 5: {
            if (n > quint64(m_limits.maxItems))
                return Error(ErrorCode::LimitExceeded, Cbor::tr("the data holds too many items"));
            QCborMap map;
            QByteArray previousKey;
            for (quint64 i = 0; i < n; ++i) {
                const qsizetype keyStart = m_pos;
                auto key = item(depth + 1);
                if (!key.ok())
                    return key;
                const QByteArray keyBytes(reinterpret_cast<const char*>(m_data + keyStart), m_pos - keyStart);
                if (key->isArray() || key->isMap())
                    return fail(Cbor::tr("a map key must be an integer or a string"));
                if (map.contains(*key))
                    return fail(Cbor::tr("a map holds the same key twice"));
                if (m_limits.requireDeterministic && i > 0 && !(previousKey < keyBytes))
                    return fail(Cbor::tr("map keys are not in canonical order"));
                previousKey = keyBytes;
                auto value = item(depth + 1);
                if (!value.ok())
                    return value;
                map.insert(*key, *value);
            }
            return QCborValue(map);
        }
        default:
            return fail(Cbor::tr("unknown item type"));
        }
    }

    const quint8* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_items = 0;
    const Cbor::Limits& m_limits;
};

} // namespace

QByteArray Cbor::encode(const QCborValue& value) {
    QByteArray out;
    encodeInto(out, value);
    return out;
}

Result<QCborValue> Cbor::decode(const QByteArray& bytes, const Limits& limits) {
    if (bytes.isEmpty())
        return Error(ErrorCode::Corrupt, tr("the data is empty"));
    if (bytes.size() > limits.maxBytes)
        return Error(ErrorCode::LimitExceeded, tr("the data is larger than allowed"));
    return Decoder(bytes, limits).run();
}

} // namespace corridor

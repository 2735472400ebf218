#include "core/base/Base45.h"

namespace corridor {
namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c) {
    for (int i = 0; i < 45; ++i)
        if (c == QLatin1Char(Alphabet[i]))
            return i;
    return -1;
}

} // namespace

QString Base45::encode(const QByteArray& bytes) {
    QString out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        unsigned n = unsigned(quint8(bytes[i])) * 256 + quint8(bytes[i + 1]);
        out += QLatin1Char(Alphabet[n % 45]);
        n /= 45;
        out += QLatin1Char(Alphabet[n % 45]);
        out += QLatin1Char(Alphabet[n / 45]);
    }
    if (i < bytes.size()) {
        const unsigned n = quint8(bytes[i]);
        out += QLatin1Char(Alphabet[n % 45]);
        out += QLatin1Char(Alphabet[n / 45]);
    }
    return out;
}

Result<QByteArray> Base45::decode(const QString& text) {
    if (text.size() % 3 == 1)
        return Error(ErrorCode::Corrupt, tr("the Base45 text has an impossible length"));
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype left = text.size() - i;
        const int c = valueOf(text[i]);
        const int d = valueOf(text[i + 1]);
        const int e = left >= 3 ? valueOf(text[i + 2]) : 0;
        if (c < 0 || d < 0 || e < 0)
            return Error(ErrorCode::Corrupt, tr("the Base45 text holds a character outside its alphabet"));
        const unsigned n = unsigned(c) + unsigned(d) * 45 + unsigned(e) * 45 * 45;
        if (left >= 3) {
            if (n > 0xFFFF)
                return Error(ErrorCode::Corrupt, tr("the Base45 text holds a group that is out of range"));
            out.append(char(n >> 8));
            out.append(char(n & 0xFF));
        } else {
            if (n > 0xFF)
                return Error(ErrorCode::Corrupt, tr("the Base45 text holds a group that is out of range"));
            out.append(char(n));
        }
    }
    return out;
}

} // namespace corridor

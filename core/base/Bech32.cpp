#include "core/base/Bech32.h"

#include <QCoreApplication>
#include <cstring>
#include <vector>

namespace corridor::Bech32 {
namespace {

constexpr char Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

quint32 polymod(const std::vector<quint8>& values) {
    static const quint32 generator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint8 top = quint8(chk >> 25);
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1)
                chk ^= generator[i];
    }
    return chk;
}

std::vector<quint8> expandHrp(const QByteArray& hrp) {
    std::vector<quint8> out;
    for (char c : hrp)
        out.push_back(quint8(quint8(c) >> 5));
    out.push_back(0);
    for (char c : hrp)
        out.push_back(quint8(quint8(c) & 31));
    return out;
}

std::vector<quint8> toFiveBits(const QByteArray& data) {
    std::vector<quint8> out;
    quint32 acc = 0;
    int bits = 0;
    for (char c : data) {
        acc = (acc << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(quint8((acc >> bits) & 31));
        }
    }
    if (bits > 0)
        out.push_back(quint8((acc << (5 - bits)) & 31));
    return out;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Bech32)
};

} // namespace

QString encode(const QString& humanReadablePart, const QByteArray& data) {
    const QByteArray hrp = humanReadablePart.toLower().toLatin1();
    std::vector<quint8> values = toFiveBits(data);
    std::vector<quint8> check = expandHrp(hrp);
    check.insert(check.end(), values.begin(), values.end());
    check.insert(check.end(), 6, 0);
    const quint32 mod = polymod(check) ^ 1;
    QString out = QString::fromLatin1(hrp) + u'1';
    for (quint8 v : values)
        out += QLatin1Char(Charset[v]);
    for (int i = 0; i < 6; ++i)
        out += QLatin1Char(Charset[(mod >> (5 * (5 - i))) & 31]);
    return humanReadablePart == humanReadablePart.toUpper() && !humanReadablePart.isEmpty() ? out.toUpper() : out;
}

Result<Decoded> decode(const QString& text) {
    if (text != text.toLower() && text != text.toUpper())
        return Error(ErrorCode::Corrupt, Text::tr("mixed upper and lower case"));
    const QString lower = text.toLower();
    const qsizetype separator = lower.lastIndexOf(u'1');
    if (separator < 1 || lower.size() - separator - 1 < 6)
        return Error(ErrorCode::Corrupt, Text::tr("no separator or checksum"));
    const QByteArray hrp = lower.left(separator).toLatin1();
    std::vector<quint8> values;
    for (QChar c : lower.mid(separator + 1)) {
        const char* found = c.unicode() < 128 ? std::strchr(Charset, char(c.unicode())) : nullptr;
        if (!found || c.unicode() == 0)
            return Error(ErrorCode::Corrupt, Text::tr("a character outside the Bech32 alphabet"));
        values.push_back(quint8(found - Charset));
    }
    std::vector<quint8> check = expandHrp(hrp);
    check.insert(check.end(), values.begin(), values.end());
    if (polymod(check) != 1)
        return Error(ErrorCode::Corrupt, Text::tr("the checksum does not match (a typing mistake?)"));
    values.resize(values.size() - 6);
    QByteArray data;
    quint32 acc = 0;
    int bits = 0;
    for (quint8 v : values) {
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(char((acc >> bits) & 0xff));
        }
    }
    if (bits >= 5 || (acc & ((1u << bits) - 1)) != 0)
        return Error(ErrorCode::Corrupt, Text::tr("invalid padding"));
    return Decoded{QString::fromLatin1(hrp), data};
}

} // namespace corridor::Bech32

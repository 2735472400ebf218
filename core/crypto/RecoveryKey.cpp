#include "core/crypto/RecoveryKey.h"

#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"

namespace corridor::crypto {
namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int DataChars = 32; // 160 bits / 5
constexpr int CheckChars = 4; // 20 bits of BLAKE2b

int valueOf(QChar c) {
    c = c.toUpper();
    if (c == u'O')
        c = u'0';
    if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i)
        if (c == QLatin1Char(Alphabet[i]))
            return i;
    return -1;
}

QString checkChars(const QByteArray& data) {
    const QByteArray h = Hash::blake2b(QByteArrayLiteral("corridor-recovery-check") + data, 16);
    const quint32 bits = (quint32(quint8(h[0])) << 12) | (quint32(quint8(h[1])) << 4) | (quint32(quint8(h[2])) >> 4);
    QString out;
    for (int i = CheckChars - 1; i >= 0; --i)
        out += QLatin1Char(Alphabet[(bits >> (5 * i)) & 31]);
    return out;
}

} // namespace

SecureBuffer RecoveryKey::generate() {
    return Random::secret(SecretBytes);
}

QString RecoveryKey::format(const SecureBuffer& secret) {
    QByteArray data(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    QString chars;
    quint64 buffer = 0;
    int bits = 0;
    for (char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            chars += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    chars += checkChars(data);
    wipe(data);
    QString grouped;
    for (int i = 0; i < chars.size(); i += 4) {
        if (i)
            grouped += u'-';
        grouped += chars.mid(i, 4);
    }
    return grouped;
}

Result<SecureBuffer> RecoveryKey::parse(const QString& text) {
    QString chars;
    for (QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        if (valueOf(c) < 0)
            return Error(ErrorCode::InvalidInput, tr("the recovery key contains '%1', which is not one of its letters "
                                                     "or digits")
                                                      .arg(c));
        chars += c;
    }
    if (chars.size() != DataChars + CheckChars)
        return Error(ErrorCode::InvalidInput, tr("a recovery key has %1 letters and digits; this one has %2")
                                                  .arg(DataChars + CheckChars)
                                                  .arg(chars.size()));
    QByteArray data;
    quint64 buffer = 0;
    int bits = 0;
    for (int i = 0; i < DataChars; ++i) {
        buffer = (buffer << 5) | quint64(valueOf(chars[i]));
        bits += 5;
        if (bits >= 8) {
            data.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    const QString expected = checkChars(data);
    QString given;
    for (int i = DataChars; i < chars.size(); ++i)
        given += QLatin1Char(Alphabet[valueOf(chars[i])]);
    if (expected != given) {
        wipe(data);
        return Error(ErrorCode::InvalidInput,
                     tr("the recovery key has a typing mistake (its check letters do not match); please compare it "
                        "with the printed copy"));
    }
    return SecureBuffer::takeFrom(data);
}

} // namespace corridor::crypto

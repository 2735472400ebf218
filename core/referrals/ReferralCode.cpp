#include "core/referrals/ReferralCode.h"

#include "core/crypto/Random.h"

namespace corridor::referrals {
namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr char CheckAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";

int valueOf(QChar c) {
    const char latin = c.toUpper().toLatin1();
    switch (latin) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i)
        if (Alphabet[i] == latin)
            return i;
    return -1;
}

} // namespace

QChar ReferralCode::checkSymbol(const QString& dataSymbols) {
    int remainder = 0;
    for (const QChar c : dataSymbols)
        remainder = (remainder * 32 + valueOf(c)) % 37;
    return QLatin1Char(CheckAlphabet[remainder]);
}

QString ReferralCode::format(const QString& symbols) {
    return symbols.left(4) + u'-' + symbols.mid(4, 4) + u'-' + symbols.mid(8);
}

QString ReferralCode::generate() {
    QString symbols;
    for (int i = 0; i < DataSymbols; ++i)
        symbols += QLatin1Char(Alphabet[crypto::Random::uniform(32)]);
    return format(symbols + checkSymbol(symbols));
}

Result<QString> ReferralCode::normalise(const QString& typed) {
    QString data;
    QChar check;
    QString compact;
    for (const QChar c : typed)
        if (!c.isSpace() && c != u'-')
            compact += c.toUpper();
    if (compact.size() != DataSymbols + 1)
        return Error(ErrorCode::InvalidInput,
                     tr("A referral code has %1 letters and digits (like ABCD-EFGH-JK7).").arg(DataSymbols + 1));
    for (int i = 0; i < DataSymbols; ++i) {
        const int v = valueOf(compact.at(i));
        if (v < 0)
            return Error(ErrorCode::InvalidInput, tr("“%1” cannot be part of a referral code.").arg(compact.at(i)));
        data += QLatin1Char(Alphabet[v]);
    }
    check = compact.at(DataSymbols);
    const int checkValue = valueOf(check);
    const QChar expected = checkSymbol(data);
    const bool matches = check == expected || (checkValue >= 0 && QLatin1Char(Alphabet[checkValue]) == expected);
    if (!matches)
        return Error(ErrorCode::InvalidInput,
                     tr("This referral code has a typing mistake: check each letter and digit again."));
    return format(data + expected);
}

} // namespace corridor::referrals

#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace corridor::referrals {

// The code people read aloud and type: ten Crockford Base32 symbols (50 random bits, so
// devices need not coordinate to stay unique) and one mod-37 check symbol, shown as
// "ABCD-EFGH-JK7". The check catches any single wrong symbol and any swap of two
// neighbours: both change the number by a multiple of 32^k or 31·32^k, never of 37.
class ReferralCode {
    Q_DECLARE_TR_FUNCTIONS(ReferralCode)
public:
    static constexpr int DataSymbols = 10;

    static QString generate();
    // Accepts what a person types: any case, spaces or dashes, O for 0 and I or L for 1.
    // Returns the code in its display form, or why it is not a valid code.
    [[nodiscard]] static Result<QString> normalise(const QString& typed);
    static QChar checkSymbol(const QString& dataSymbols);

private:
    static QString format(const QString& symbols);
};

} // namespace corridor::referrals

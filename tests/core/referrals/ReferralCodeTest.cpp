// Referral codes: unique without coordination, and a typing mistake is caught.
#include "core/referrals/ReferralCode.h"

#include <catch2/catch.hpp>

#include <QSet>

using corridor::referrals::ReferralCode;

namespace {
const QString Alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
}

TEST_CASE("Generated codes are well formed, distinct and accepted back", "[referrals][code]") {
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = ReferralCode::generate();
        REQUIRE(code.size() == 13);
        CHECK(code.at(4) == u'-');
        CHECK(code.at(9) == u'-');
        auto back = ReferralCode::normalise(code);
        REQUIRE(back.ok());
        CHECK(*back == code);
        seen.insert(code);
    }
    CHECK(seen.size() == 2000);
}

TEST_CASE("Codes are read the way people type them", "[referrals][code]") {
    const QString code = ReferralCode::generate();
    QString typed = code.toLower();
    typed.remove(u'-');
    typed.insert(5, QStringLiteral("  "));
    auto back = ReferralCode::normalise(typed);
    REQUIRE(back.ok());
    CHECK(*back == code);
    // O for 0 and I or L for 1, as Crockford's alphabet intends.
    const QString withZeroAndOne = QStringLiteral("0001111000");
    const QString full = withZeroAndOne + ReferralCode::checkSymbol(withZeroAndOne);
    QString confusable = full;
    confusable[0] = u'O';
    confusable[3] = u'I';
    confusable[4] = u'l';
    auto read = ReferralCode::normalise(confusable);
    REQUIRE(read.ok());
    CHECK(read->remove(u'-') == full);
}

TEST_CASE("Every single wrong symbol and every swap of neighbours is caught", "[referrals][code][bad-input]") {
    for (int sample = 0; sample < 50; ++sample) {
        const QString code = ReferralCode::generate().remove(u'-');
        for (int i = 0; i < code.size(); ++i) {
            for (const QChar c : Alphabet) {
                if (c == code.at(i))
                    continue;
                QString wrong = code;
                wrong[i] = c;
                INFO(wrong.toStdString());
                CHECK_FALSE(ReferralCode::normalise(wrong).ok());
            }
            if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
                QString swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                INFO(swapped.toStdString());
                CHECK_FALSE(ReferralCode::normalise(swapped).ok());
            }
        }
    }
    CHECK_FALSE(ReferralCode::normalise(QString()).ok());
    CHECK_FALSE(ReferralCode::normalise(QStringLiteral("ABCD-EFGH")).ok());
    CHECK_FALSE(ReferralCode::normalise(QStringLiteral("ABCD-EFGH-JK77")).ok());
    CHECK_FALSE(ReferralCode::normalise(QStringLiteral("ABCD-EFGH-J!7")).ok());
    CHECK_FALSE(ReferralCode::normalise(QStringLiteral("ABCD-ÉFGH-JK7")).ok());
}

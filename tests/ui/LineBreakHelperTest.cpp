#include "ui/LineBreakHelper.h"
#include "tests/ui/GuiTestSupport.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace corridor;

namespace {
const QString Myanmar = QStringLiteral("UIC ဖြင့် ဝန်ဆောင်မှုများက လူတစ်ဦးကို နာမည်မသုံးဘဲ ရေတွက်နိုင်သည်။ "
                                       "သင့်ဌာနခွဲနှင့် နည်းတစ်ခု သဘောတူထားပြီး အမြဲ ထိုနည်းအတိုင်း သုံးပါ။");
}

TEST_CASE("Myanmar labels wrap between words and fill the width they are given", "[gui][line-breaks]") {
    ui::LineBreakHelper helper;
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new QLabel(Myanmar);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
    window.resize(500, 300);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    INFO(label->text().toStdString());
    CHECK(label->width() > 400);
    const QStringList lines = label->text().split(u'\n');
    CHECK(lines.size() >= 2);
    const QFontMetricsF metrics(label->font());
    for (const QString& line : lines)
        CHECK(metrics.horizontalAdvance(line) <= label->width());
    // No line starts inside a syllable: not with a vowel sign or mark, nor with a killed
    // consonant (consonant + asat), which belongs to the syllable before it.
    for (const QString& line : lines.mid(1)) {
        REQUIRE_FALSE(line.isEmpty());
        CHECK(line.at(0).category() != QChar::Mark_NonSpacing);
        CHECK(line.at(0).category() != QChar::Mark_SpacingCombining);
        CHECK_FALSE((line.size() > 1 && line.at(1) == QChar(0x103A)));
    }
    CHECK(lines.join(QString()).remove(u' ') == QString(Myanmar).remove(u' '));
    // Wider window, fewer lines.
    window.resize(1000, 300);
    QTest::qWait(200);
    CHECK(label->text().split(u'\n').size() < lines.size());
}

TEST_CASE("Khmer labels get break opportunities and English labels are left alone", "[gui][line-breaks]") {
    QLabel khmer(QStringLiteral("សូមអានការប្រើប្រាស់នីមួយៗឲ្យម្ចាស់ខ្លួនស្តាប់"));
    khmer.setWordWrap(true);
    ui::LineBreakHelper::apply(&khmer);
    CHECK(khmer.text().contains(QChar(0x200B)));
    QLabel english(QStringLiteral("Know before you go"));
    english.setWordWrap(true);
    ui::LineBreakHelper::apply(&english);
    CHECK(english.text() == QStringLiteral("Know before you go"));
}

#include "core/cases/DemoData.h"
#include "core/base/Ids.h"
#include "core/text/ScriptRuns.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace corridor;
using namespace corridor::cases;
using namespace corridor::test;

TEST_CASE("Demo data is valid - deterministic and uses all five scripts", "[demo]") {
    DemoData a(42, QDate(2026, 3, 14), Ids::newId());
    DemoData b(42, QDate(2026, 3, 14), Ids::newId());
    const auto files = a.generate(300);
    const auto again = b.generate(300);
    QSet<QString> scripts;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Client& c = files.at(i).client;
        CHECK(c.validate(2026).ok());
        CHECK(c.name == again.at(i).client.name);
        for (const Encounter& e : files.at(i).encounters)
            CHECK(e.validate(QDate(2026, 3, 14)).ok());
        const char16_t first = c.name.at(0).unicode();
        if (first >= 0x1780 && first <= 0x17FF)
            scripts << QStringLiteral("khmer");
        else if (first >= 0x0E80 && first <= 0x0EFF)
            scripts << QStringLiteral("lao");
        else if (first >= 0x0E00 && first <= 0x0E7F)
            scripts << QStringLiteral("thai");
        else if (first >= 0x1000 && first <= 0x109F)
            scripts << QStringLiteral("myanmar");
        else if (first < 0x80)
            scripts << QStringLiteral("latin");
    }
    CHECK(scripts.size() == 5);
}

TEST_CASE("Demo data saves through the normal write path", "[demo]") {
    TempVault v;
    DemoData generator(7, v.clock().today(), v.session().actor().userId);
    const auto files = generator.generate(40);
    REQUIRE(DemoData::write(v.session().records(), v.session().db(), files, 16).ok());
    ClientFilter all;
    CHECK(v.session().cases().listClients(all)->size() == 40);
    CHECK(*v.session().records().changesetCount() > 40);
}

#include "core/records/RecordStore.h"
#include "core/base/Ids.h"
#include "core/storage/Database.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("A save becomes one signed changeset holding only the fields that changed", "[records]") {
    TempVault v;
    auto& store = v.session().records();
    const QString id = Ids::newId();
    records::FieldMap fields{{QStringLiteral("name"), QStringLiteral("Sophea")},
                             {QStringLiteral("uic"), QStringLiteral("SOPH")}};
    auto first = store.write(QStringLiteral("note"), id, fields);
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK((*first)->fields.size() == 2);
    CHECK((*first)->verify(v.session().vault().device().publicKey()));

    fields[QStringLiteral("name")] = QStringLiteral("Sophea Chan");
    auto second = store.write(QStringLiteral("note"), id, fields);
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    REQUIRE((*second)->fields.size() == 1);
    CHECK((*second)->fields.front().name == QStringLiteral("name"));
    CHECK((*second)->fields.front().previousHlc == (*first)->hlc);
    CHECK((*second)->hlc > (*first)->hlc);
    CHECK((*second)->sequence == (*first)->sequence + 1);

    auto unchanged = store.write(QStringLiteral("note"), id, fields);
    REQUIRE(unchanged.ok());
    CHECK_FALSE(unchanged->has_value());

    auto state = store.read(QStringLiteral("note"), id);
    REQUIRE(state.ok());
    CHECK(state->value(QStringLiteral("name")).toString() == QStringLiteral("Sophea Chan"));
    auto history = store.history(QStringLiteral("note"), id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).fields.size() == 2);
}

TEST_CASE("Sequence numbers and the clock survive locking and unlocking", "[records]") {
    TempVault v;
    const QString id = Ids::newId();
    auto a = v.session().records().write(QStringLiteral("note"), id, {{QStringLiteral("x"), 1}});
    REQUIRE(a.ok());
    v.clock().setMs(0); // the laptop's clock jumps back to 1970
    v.reopen();
    auto b = v.session().records().write(QStringLiteral("note"), id, {{QStringLiteral("x"), 2}});
    REQUIRE(b.ok());
    REQUIRE(b->has_value());
    CHECK((*b)->sequence > (*a)->sequence);
    CHECK((*b)->hlc > (*a)->hlc);
}

TEST_CASE("Writes without a signed-in user are refused", "[records][bad-input]") {
    TempVault v;
    v.session().records().setUser(QString());
    auto r = v.session().records().write(QStringLiteral("note"), Ids::newId(), {{QStringLiteral("x"), 1}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code() == ErrorCode::Locked);
}

#include "core/cases/DemoData.h"
#include "tests/support/TempVault.h"
#include "ui/models/AuditModel.h"
#include "ui/models/CaseListModel.h"
#include "ui/models/EncounterModel.h"
#include "ui/models/FollowUpModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace corridor;
using namespace corridor::test;

TEST_CASE("The case list model pages through a large vault and passes the model tester", "[gui][models]") {
    TempVault vault;
    cases::DemoData generator(3, vault.clock().today(), vault.session().actor().userId);
    REQUIRE(cases::DemoData::write(vault.session().records(), vault.session().db(), generator.generate(450, 0)).ok());
    ui::CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setService(&vault.session().cases());
    CHECK(model.reload({}).isEmpty());
    CHECK(model.rowCount() == ui::CaseListModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowOf(model.clientId(17)) == 17);
    CHECK(model.headerData(ui::CaseListModel::Uic, Qt::Horizontal).toString() == QStringLiteral("UIC"));
}

TEST_CASE("Follow-up, contact and audit models pass the model tester", "[gui][models]") {
    TempVault vault(records::Role::Coordinator);
    cases::DemoData generator(5, vault.clock().today(), vault.session().actor().userId);
    REQUIRE(cases::DemoData::write(vault.session().records(), vault.session().db(), generator.generate(60)).ok());
    const QDate today = vault.clock().today();

    ui::FollowUpModel followUps;
    QAbstractItemModelTester t1(&followUps, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto due = vault.session().cases().dueFollowUps(today.addDays(90));
    REQUIRE(due.ok());
    REQUIRE_FALSE(due->isEmpty());
    followUps.setItems(*due, today);
    CHECK(followUps.rowCount() == due->size());

    ui::EncounterModel encounters;
    QAbstractItemModelTester t2(&encounters, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto list = vault.session().cases().encounters(due->first().client.id);
    REQUIRE(list.ok());
    encounters.setEncounters(*list);
    CHECK(encounters.rowCount() == list->size());

    ui::AuditModel audit;
    QAbstractItemModelTester t3(&audit, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(vault.session().cases().openClient(due->first().client.id).ok());
    auto entries = vault.session().audit().entries();
    REQUIRE(entries.ok());
    audit.setEntries(*entries);
    CHECK(audit.rowCount() == entries->size());
}

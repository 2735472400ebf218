#include "tests/support/SyncFixture.h"

#include <catch2/catch.hpp>

namespace corridor::test {

Branch::Branch(int volunteers, const QString& organisation)
    : m_coordinator(
          std::make_unique<TempVault>(records::Role::Coordinator, QStringLiteral("Coordinator"), organisation)) {
    auto coordinatorCard = m_coordinator->session().deviceCard();
    REQUIRE(coordinatorCard.ok());
    for (int i = 0; i < volunteers; ++i) {
        auto v =
            std::make_unique<TempVault>(records::Role::Volunteer, QStringLiteral("Volunteer %1").arg(i), organisation);
        auto card = v->session().deviceCard();
        REQUIRE(card.ok());
        auto enrolled = m_coordinator->session().trust().enrol(*card, records::Role::Coordinator);
        if (!enrolled.ok())
            FAIL(enrolled.error().message().toStdString());
        auto anchored = v->session().trust().enrol(*coordinatorCard, records::Role::Volunteer);
        if (!anchored.ok())
            FAIL(anchored.error().message().toStdString());
        m_volunteers.push_back(std::move(v));
    }
}

QByteArray Branch::bundle(TempVault& from, TempVault& to) {
    auto exported = from.session().exporter().exportFor(deviceId(to));
    if (!exported.ok())
        FAIL(exported.error().message().toStdString());
    return exported->file;
}

sync::ImportReport Branch::import(TempVault& into, const QByteArray& bundle) {
    return into.session().importer().importBundle(bundle);
}

void Branch::exchange(TempVault& a, TempVault& b) {
    const auto there = import(b, bundle(a, b));
    INFO(there.refusal.toStdString());
    REQUIRE_FALSE(there.refused);
    const auto back = import(a, bundle(b, a));
    INFO(back.refusal.toStdString());
    REQUIRE_FALSE(back.refused);
}

QByteArray Branch::dump(TempVault& vault) {
    auto d = vault.session().records().canonicalDump();
    REQUIRE(d.ok());
    return *d;
}

void registerPartners(TempVault& a, TempVault& b) {
    auto cardA = a.session().deviceCard();
    auto cardB = b.session().deviceCard();
    REQUIRE(cardA.ok());
    REQUIRE(cardB.ok());
    REQUIRE(a.session().trust().enrol(*cardB, records::Role::Coordinator).ok());
    REQUIRE(b.session().trust().enrol(*cardA, records::Role::Coordinator).ok());
}

QString addCase(TempVault& vault, const QString& uic, const QString& name) {
    cases::Client c;
    c.uic = uic;
    c.name = name;
    auto added = vault.session().cases().addClient(c);
    if (!added.ok())
        FAIL(added.error().message().toStdString());
    return added->id;
}

QByteArray Branch::deviceId(TempVault& vault) {
    return vault.session().vault().device().id();
}

} // namespace corridor::test

#include "core/session/Session.h"
#include "core/storage/Schema.h"
#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace corridor;
using namespace corridor::test;

namespace {

QString copyFixture(const QTemporaryDir& dir) {
    const QString source = QStringLiteral(CORRIDOR_TEST_DATA "/vault-v1");
    const QString target = dir.filePath(QStringLiteral("vault"));
    QDir().mkpath(target);
    for (const char* name : {"vault.db", "vault.keys"})
        REQUIRE(QFile::copy(source + u'/' + QString::fromLatin1(name), target + u'/' + QString::fromLatin1(name)));
    for (const char* name : {"vault.db", "vault.keys"})
        QFile::setPermissions(target + u'/' + QString::fromLatin1(name),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

} // namespace

TEST_CASE("A vault written by the first release opens and upgrades in this build", "[vault][migration]") {
    QTemporaryDir dir;
    FakeClock clock;
    const QString folder = copyFixture(dir);
    auto session = session::Session::unlock(folder, secret(QStringLiteral("fixture passphrase v1")), clock);
    REQUIRE(session.ok());
    auto& s = **session;
    CHECK(s.actor().userName == QStringLiteral("Fixture Volunteer"));
    CHECK(s.organisation() == QStringLiteral("LRC"));
    auto found = s.cases().resolveClientId(QStringLiteral("FIX001"));
    REQUIRE(found.ok());
    auto client = s.cases().openClient(*found);
    REQUIRE(client.ok());
    CHECK(client->name == QStringLiteral("ສົມຈັນ ພົມມະຈັນ"));
    CHECK(client->birthYear == 1988);
    auto contacts = s.cases().encounters(*found);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 1);
    CHECK(contacts->first().nextFollowUp == QDate(2026, 12, 1));
    // Every module is at the newest data version this build knows.
    for (const storage::ModuleSchema& module : session::Session::schemas())
        CHECK(*storage::Schema::versionOf(s.db(), module.module) == module.migrations.back().version);
    // And it takes new writes.
    cases::Client added;
    added.uic = QStringLiteral("FIX002");
    CHECK(s.cases().addClient(added).ok());
    auto recovered = session::Session::unlockWithRecoveryKey(
        folder, QStringLiteral("B9J3-NT7B-NDER-439F-YSSB-KGAK-HGEE-7Z7C-QBYJ"), clock);
    CHECK(recovered.ok());
}

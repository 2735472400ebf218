#include "tests/support/TempVault.h"

#include <catch2/catch.hpp>

namespace corridor::test {

crypto::SecureBuffer secret(const QString& text) {
    return crypto::SecureBuffer::fromPassphrase(text);
}

TempVault::TempVault(records::Role role, const QString& userName, const QString& organisation) {
    REQUIRE(m_dir.isValid());
    session::VaultSetup setup;
    setup.folder = folder();
    setup.userName = userName;
    setup.role = role;
    setup.organisation = organisation;
    setup.branch = QStringLiteral("Tak");
    setup.deviceName = QStringLiteral("test laptop");
    setup.language = QStringLiteral("en");
    setup.kdf = crypto::PassphraseKdf::minimum();
    auto created = session::Session::create(setup, secret(QString::fromLatin1(TestPassphrase)), m_clock);
    if (!created.ok())
        FAIL(created.error().message().toStdString());
    m_session = std::move(created->session);
    m_recoveryKey = created->recoveryKey;
}

Result<std::unique_ptr<session::Session>> TempVault::unlock(const QString& passphrase) {
    return session::Session::unlock(folder(), secret(passphrase), m_clock);
}

void TempVault::reopen() {
    m_session.reset();
    auto opened = unlock();
    if (!opened.ok())
        FAIL(opened.error().message().toStdString());
    m_session = std::move(*opened);
}

} // namespace corridor::test

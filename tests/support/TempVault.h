#pragma once

#include "core/session/Session.h"
#include "tests/support/FakeClock.h"

#include <QTemporaryDir>
#include <memory>

namespace corridor::test {

inline const char* const TestPassphrase = "correct horse battery staple";

// A throwaway vault in a temporary folder, created with the floor KDF settings so tests
// stay fast. The folder and everything in it disappear with the object.
class TempVault {
public:
    explicit TempVault(records::Role role = records::Role::Volunteer, const QString& userName = QStringLiteral("Dara"),
                       const QString& organisation = QStringLiteral("TRCS"));

    QString folder() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString path(const char* file) const { return folder() + u'/' + QString::fromLatin1(file); }
    session::Session& session() { return *m_session; }
    FakeClock& clock() { return m_clock; }
    const QString& recoveryKey() const { return m_recoveryKey; }

    void lock() { m_session.reset(); }
    // Unlocks again with the test passphrase (or another) and returns the outcome.
    Result<std::unique_ptr<session::Session>> unlock(const QString& passphrase = QString::fromLatin1(TestPassphrase));
    void reopen();

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<session::Session> m_session;
    QString m_recoveryKey;
};

crypto::SecureBuffer secret(const QString& text);

} // namespace corridor::test

#include "core/session/PracticeVault.h"

#include "core/cases/DemoData.h"

namespace corridor::session {

Result<std::unique_ptr<Session>> PracticeVault::create(const QString& folder, const Clock& clock,
                                                       const QString& language, int cases) {
    VaultSetup setup;
    setup.folder = folder;
    setup.userName = tr("Practice volunteer");
    setup.role = records::Role::Volunteer;
    setup.organisation = QStringLiteral("TRCS");
    setup.branch = tr("Practice branch");
    setup.deviceName = tr("Practice laptop");
    setup.language = language;
    setup.kdf = crypto::PassphraseKdf::minimum(); // fictional data: speed over strength
    setup.practice = true;
    auto created =
        Session::create(setup, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(VolunteerPassphrase)), clock);
    if (!created.ok())
        return created.error();
    std::unique_ptr<Session> session = std::move(created->session);
    // A coordinator too, so trainers can show the audit log and user management.
    auto coordinator = session->users().add(tr("Practice coordinator"), records::Role::Coordinator);
    if (!coordinator.ok())
        return coordinator.error();
    CORRIDOR_TRY(session->vault().setPassphrase(
        *coordinator, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(CoordinatorPassphrase)), setup.kdf));
    cases::DemoData generator(20261121, clock.today(), session->actor().userId);
    CORRIDOR_TRY(cases::DemoData::write(session->records(), session->db(), generator.generate(cases)));
    return session;
}

} // namespace corridor::session

#include "core/session/PracticeVault.h"

#include "core/cases/DemoData.h"

#include <QDir>

#include <string_view>

namespace corridor::session {
namespace {

// A second, fictional laptop — the branch coordinator's — that has synced with the practice
// laptop once, so trainers can show the sync centre with a peer, an acknowledged bundle and
// a conflict to decide. Its vault is deleted at once; only what it sent stays.
// Two fictional training sessions, so the training records and their summary have
// something to show and to teach with. Recorded by a coordinator or trainer.
Status addPracticeTraining(Session& session) {
    auto pack = session.content().current();
    CORRIDOR_TRY(pack);
    QStringList modules;
    for (const content::Module& module : pack->curriculum)
        modules << module.id;
    if (modules.size() < 4)
        return success();
    const QDate today = session.clock().today();
    const auto person = [](const char* name, const char* sex, const char* role, int pre, int post) {
        return content::Attendee{QString::fromUtf8(name), QString::fromLatin1(sex), QString::fromLatin1(role), pre,
                                 post};
    };
    content::TrainingSession first;
    first.modules = modules.mid(0, 2);
    first.date = today.addDays(-30);
    first.place = PracticeVault::tr("Practice branch office");
    first.trainer = PracticeVault::tr("Practice trainer");
    first.attendees = {person("Aye Aye (practice)", "female", "volunteer", 45, 80),
                       person("Sokha (practice)", "male", "volunteer", 50, 75),
                       person("Noy (practice)", "female", "community", 30, 70),
                       person("Somchai (practice)", "male", "staff", 60, 90)};
    CORRIDOR_TRY(session.training().add(first, modules, today));
    content::TrainingSession second = first;
    second.modules = modules.mid(2, 2);
    second.date = today.addDays(-7);
    second.attendees.removeLast();
    second.attendees << person("Malee (practice)", "female", "volunteer", 55, 85);
    CORRIDOR_TRY(session.training().add(second, modules, today));
    return success();
}

Status addPracticePeer(Session& own, const QString& folder, const Clock& clock) {
    VaultSetup setup;
    setup.folder = folder;
    setup.userName = PracticeVault::tr("Practice coordinator");
    setup.role = records::Role::Coordinator;
    setup.organisation = own.organisation();
    setup.branch = own.branch();
    setup.deviceName = PracticeVault::tr("Coordinator's laptop (practice)");
    setup.language = own.language();
    setup.kdf = crypto::PassphraseKdf::minimum();
    setup.practice = true;
    auto created = Session::create(
        setup, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(PracticeVault::CoordinatorPassphrase)), clock);
    if (!created.ok())
        return created.error();
    Session& peer = *created->session;
    auto ownCard = own.deviceCard();
    auto peerCard = peer.deviceCard();
    if (!ownCard.ok())
        return ownCard.error();
    if (!peerCard.ok())
        return peerCard.error();
    if (auto anchored = own.trust().enrol(*peerCard, own.actor().role); !anchored.ok())
        return anchored.error();
    if (auto enrolled = peer.trust().enrol(*ownCard, records::Role::Coordinator); !enrolled.ok())
        return enrolled.error();

    const auto send = [](Session& from, Session& to) -> Status {
        auto bundle = from.exporter().exportFor(to.vault().device().id());
        if (!bundle.ok())
            return bundle.error();
        const sync::ImportReport report = to.importer().importBundle(bundle->file);
        if (report.refused)
            return Error(ErrorCode::Corrupt, report.refusal);
        return success();
    };
    CORRIDOR_TRY(send(own, peer));

    // Both change the same phone number without seeing each other's change.
    cases::ClientFilter everyone;
    everyone.limit = 1;
    auto first = own.cases().listClients(everyone);
    if (!first.ok())
        return first.error();
    if (!first->isEmpty()) {
        const QString id = first->first().client.id;
        for (auto [session, phone] : {std::pair{&own, "+66 81 234 5678"}, std::pair{&peer, "+66 89 765 4321"}}) {
            auto client = session->cases().openClient(id);
            if (!client.ok())
                return client.error();
            client->phone = QString::fromLatin1(phone);
            CORRIDOR_TRY(session->cases().updateClient(*client));
        }
    }
    // A fictional partner across the border, registered by the coordinator, so the practice
    // laptop holds its key and referral slips carry a QR code.
    VaultSetup partnerSetup = setup;
    partnerSetup.folder = folder + QStringLiteral("-partner");
    partnerSetup.userName = PracticeVault::tr("Practice partner coordinator");
    partnerSetup.organisation = QStringLiteral("LRC");
    partnerSetup.deviceName = PracticeVault::tr("Partner's laptop (practice)");
    auto partner = Session::create(
        partnerSetup, crypto::SecureBuffer::fromPassphrase(QString::fromLatin1(PracticeVault::CoordinatorPassphrase)),
        clock);
    if (!partner.ok())
        return partner.error();
    auto partnerCard = partner->session->deviceCard();
    if (!partnerCard.ok())
        return partnerCard.error();
    if (auto registered = peer.trust().enrol(*partnerCard, records::Role::Coordinator); !registered.ok())
        return registered.error();
    partner->session.reset();
    QDir(partnerSetup.folder).removeRecursively();

    // The coordinator recorded two trainings; they come over with the bundle.
    CORRIDOR_TRY(addPracticeTraining(peer));
    CORRIDOR_TRY(send(peer, own));
    created->session.reset();
    QDir(folder).removeRecursively();
    return success();
}

// Two referrals to practise with: one across the border, sent, and one within the branch
// whose visit date has passed, so the board shows an overdue step.
Status addPracticeReferrals(Session& own) {
    cases::ClientFilter filter;
    filter.limit = 3;
    auto clients = own.cases().listClients(filter);
    if (!clients.ok())
        return clients.error();
    if (clients->size() < 3)
        return success();
    const QDate today = own.clock().today();
    struct Plan {
        int client;
        const char* site;
        const char* reason;
        int visitInDays;
    };
    for (const Plan& plan : {Plan{1, "lrc-hq", "art", 21}, Plan{2, "trcs-anonymous-clinic", "testing", -2}}) {
        auto client = own.cases().openClient(clients->at(plan.client).client.id);
        if (!client.ok())
            return client.error();
        if (!client->consent.shareWithPartner) {
            client->consent.keepRecords = true;
            client->consent.shareWithPartner = true;
            client->consent.date = today;
            CORRIDOR_TRY(own.cases().updateClient(*client));
        }
        referrals::ReferralService::Request request;
        request.clientId = client->id;
        request.toSite = QString::fromLatin1(plan.site);
        request.reasons = {QString::fromLatin1(plan.reason)};
        request.visitBefore = today.addDays(plan.visitInDays);
        request.regimen = plan.reason == std::string_view("art") ? QStringLiteral("TDF + 3TC + DTG") : QString();
        request.daysSupplied = plan.reason == std::string_view("art") ? 90 : 0;
        auto created = own.referrals().create(request);
        if (!created.ok())
            return created.error();
        CORRIDOR_TRY(own.referrals().addEvent(created->code, QStringLiteral("sent"), QString()));
    }
    return success();
}

} // namespace

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
    CORRIDOR_TRY(addPracticePeer(*session, folder + QStringLiteral("-peer"), clock));
    CORRIDOR_TRY(addPracticeReferrals(*session));
    return session;
}

} // namespace corridor::session

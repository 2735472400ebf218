#include "core/session/Session.h"

#include "core/referrals/ReferralSchema.h"

#include "core/base/Ids.h"
#include "core/cases/CaseSchema.h"
#include "core/content/ContentSchema.h"
#include "core/session/Organisations.h"
#include "core/session/PassphrasePolicy.h"
#include "core/storage/Transaction.h"
#include "core/sync/SyncSchema.h"

#include <QDir>
#include <QFile>

namespace corridor::session {
namespace {

const QString OrganisationKey = QStringLiteral("organisation");
const QString BranchKey = QStringLiteral("branch");
const QString DeviceNameKey = QStringLiteral("device_name");
const QString LanguageKey = QStringLiteral("language");
const QString IdleLockKey = QStringLiteral("idle_lock_minutes");
const QString PracticeKey = QStringLiteral("practice");

constexpr int DefaultIdleLockMinutes = 5;

// Who may add whom: nobody creates a user with more access than their own.
bool mayAdd(records::Role adder, records::Role added) {
    using records::Role;
    if (adder == Role::Coordinator)
        return true;
    if (adder == Role::Volunteer)
        return added != Role::Coordinator;
    return added == Role::Trainer;
}

Status checkPolicy(const crypto::SecureBuffer& passphrase) {
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(passphrase.data()), qsizetype(passphrase.size()));
    auto checked = PassphrasePolicy::check(text);
    text.fill(u'\0');
    return checked;
}

} // namespace

std::vector<storage::ModuleSchema> Session::schemas() {
    return {records::RecordStore::schema(),      UserDirectory::schema(),
            cases::CaseSchema::schema(),         sync::SyncSchema::schema(),
            referrals::ReferralSchema::schema(), content::ContentSchema::schema()};
}

Session::Session(std::unique_ptr<storage::Vault> vault, const Clock& clock)
    : m_vault(std::move(vault))
    , m_clock(clock)
    , m_store(m_vault->db(), m_vault->device(), clock)
    , m_audit(m_vault->db(), clock)
    , m_cases(m_store, m_vault->db(), m_audit, clock)
    , m_users(m_vault->db(), m_store)
    , m_sites(m_store, m_vault->db())
    , m_referrals(m_store, m_vault->db(), m_cases, m_sites, m_audit, clock)
    , m_trust(m_vault->db(), m_store, m_vault->device(), clock)
    , m_exporter(m_vault->db(), m_store, m_trust, m_scope, m_vault->device(), clock)
    , m_importer(m_vault->db(), m_store, m_trust, m_vault->device(), clock)
    , m_syncStatus(m_vault->db(), m_trust, m_exporter)
    , m_dropFolders(m_vault->db(), m_trust, m_importer, m_exporter, m_vault->device())
    , m_slips(m_trust, m_referrals, m_store, m_vault->device())
    , m_content(m_vault->db())
    , m_training(m_store, m_vault->db()) {
    m_store.addProjection(&m_users);
    m_store.addProjection(&m_clientProjection);
    m_store.addProjection(&m_encounterProjection);
    m_store.addProjection(&m_followUpProjection);
    m_store.addProjection(&m_deviceProjection);
    m_store.addProjection(&m_orgKeyProjection);
    m_store.addProjection(&m_siteProjection);
    m_store.addProjection(&m_referralProjection);
    m_store.addProjection(&m_referralEventProjection);
    m_store.addProjection(&m_trainingProjection);
    m_trust.setOwnOrganisation(m_vault->setting(OrganisationKey));
    m_referrals.setOrganisation(m_vault->setting(OrganisationKey));
    m_referrals.setBranch(m_vault->setting(BranchKey));
    // Only referrals that concern a partner, their steps, and the devices of our own
    // National Society (so the partner can check who signed them) cross the border.
    m_scope.setPartnerRule([this](const QString& type, const QString& id, const QString& org) {
        if (type == QLatin1String(sync::DeviceProjection::RecordType))
            return m_trust.isOwnDeviceRecord(id);
        return m_referrals.sharedWith(type, id, org);
    });
    m_cases.setEraseHook([this](const QString& clientId, const QString& reason) {
        return m_referrals.eraseReferralsOf(clientId, reason);
    });
}

Session::~Session() = default;

Status Session::start() {
    CORRIDOR_TRY(m_store.initialise());
    if (!m_vault->unlockedUserId().isEmpty()) {
        CORRIDOR_TRY(signInAs(m_vault->unlockedUserId()));
        CORRIDOR_TRY(m_audit.record(QStringLiteral("unlock"), QString::fromLatin1(User::RecordType), m_actor.userId));
    }
    return success();
}

Result<Session::Created> Session::create(const VaultSetup& setup, const crypto::SecureBuffer& passphrase,
                                         const Clock& clock) {
    if (setup.userName.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Enter the name of the first user."));
    if (!Organisations::isKnown(setup.organisation))
        return Error(ErrorCode::InvalidInput, tr("'%1' is not a known National Society (use %2).")
                                                  .arg(setup.organisation, Organisations::codes().join(u'|')));
    if (setup.branch.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Enter the branch this laptop works for."));
    CORRIDOR_TRY(checkPolicy(passphrase));
    const QString userId = Ids::newId();
    auto created = storage::Vault::create(setup.folder, userId, passphrase, setup.kdf, schemas());
    if (!created.ok())
        return created.error();
    auto& vault = *created->vault;
    const auto undo = [&setup](const Error& error) -> Result<Created> {
        for (const char* name : {"vault.db", "vault.db-wal", "vault.db-shm", "vault.keys"})
            QFile::remove(QDir(setup.folder).filePath(QString::fromLatin1(name)));
        return error;
    };
    for (const auto& [key, value] :
         {std::pair{OrganisationKey, setup.organisation}, std::pair{BranchKey, setup.branch.trimmed()},
          std::pair{DeviceNameKey, setup.deviceName.trimmed()}, std::pair{LanguageKey, setup.language},
          std::pair{PracticeKey, setup.practice ? QStringLiteral("1") : QString()}}) {
        auto saved = vault.setSetting(key, value);
        if (!saved.ok())
            return undo(saved.error());
    }
    std::unique_ptr<Session> session(new Session(std::move(created->vault), clock));
    auto initialised = session->m_store.initialise();
    if (!initialised.ok())
        return undo(initialised.error());
    // The first user's record is written under their own id.
    session->m_store.setUser(userId);
    records::FieldMap fields;
    fields.insert(QStringLiteral("name"), setup.userName.trimmed());
    fields.insert(QStringLiteral("role"), records::roleCode(setup.role));
    fields.insert(QStringLiteral("active"), true);
    auto written = session->m_store.write(QString::fromLatin1(User::RecordType), userId, fields);
    if (!written.ok())
        return undo(written.error());
    auto signedIn = session->signInAs(userId);
    if (!signedIn.ok())
        return undo(signedIn.error());
    session->m_trust.setOwnOrganisation(setup.organisation);
    // The first coordinator of a National Society creates its key for receiving referral codes.
    auto orgKey = session->m_trust.ensureOrganisationKey(setup.role);
    if (!orgKey.ok())
        return undo(orgKey.error());
    auto logged =
        session->m_audit.record(QStringLiteral("create"), QStringLiteral("vault"), session->vault().vaultId());
    if (!logged.ok())
        return undo(logged.error());
    return Created{std::move(session), created->recoveryKey};
}

Result<std::unique_ptr<Session>> Session::unlock(const QString& folder, const crypto::SecureBuffer& passphrase,
                                                 const Clock& clock, const QStringList& preferredUserIds) {
    auto vault = storage::Vault::unlock(folder, passphrase, schemas(), preferredUserIds);
    if (!vault.ok())
        return vault.error();
    std::unique_ptr<Session> session(new Session(std::move(*vault), clock));
    CORRIDOR_TRY(session->start());
    return session;
}

Result<std::unique_ptr<Session>> Session::unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey,
                                                                const Clock& clock) {
    auto vault = storage::Vault::unlockWithRecoveryKey(folder, recoveryKey, schemas());
    if (!vault.ok())
        return vault.error();
    std::unique_ptr<Session> session(new Session(std::move(*vault), clock));
    CORRIDOR_TRY(session->start());
    return session;
}

Status Session::signInAs(const QString& userId) {
    auto user = m_users.user(userId);
    if (!user.ok())
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, tr("This vault has no user %1.").arg(userId));
    if (!(*user)->active)
        return Error(ErrorCode::PermissionDenied, tr("The user %1 has been deactivated.").arg((*user)->name));
    m_actor = records::Actor{(*user)->id, (*user)->name, (*user)->role, m_vault->device().idText()};
    m_store.setUser(m_actor.userId);
    m_audit.setActor(m_actor);
    m_cases.setActor(m_actor);
    m_referrals.setActor(m_actor);
    m_sites.setActor(m_actor);
    m_training.setActor(m_actor);
    return success();
}

QString Session::organisation() const {
    return m_vault->setting(OrganisationKey);
}
QString Session::branch() const {
    return m_vault->setting(BranchKey);
}
QString Session::deviceName() const {
    return m_vault->setting(DeviceNameKey);
}
QString Session::language() const {
    return m_vault->setting(LanguageKey);
}
Status Session::setLanguage(const QString& code) {
    return m_vault->setSetting(LanguageKey, code);
}
bool Session::isPractice() const {
    return m_vault->setting(PracticeKey) == QLatin1String("1");
}

int Session::idleLockMinutes() const {
    bool ok = false;
    const int minutes = m_vault->setting(IdleLockKey).toInt(&ok);
    return ok ? minutes : DefaultIdleLockMinutes;
}

Status Session::setIdleLockMinutes(int minutes) {
    if (minutes < 1 || minutes > 240)
        return Error(ErrorCode::InvalidInput, tr("The idle lock must be between 1 and 240 minutes."));
    return m_vault->setSetting(IdleLockKey, QString::number(minutes));
}

Status Session::changePassphrase(const crypto::SecureBuffer& newPassphrase, const crypto::KdfParams& kdf) {
    if (!signedIn())
        return Error(ErrorCode::Locked, tr("Sign in first."));
    CORRIDOR_TRY(checkPolicy(newPassphrase));
    CORRIDOR_TRY(m_vault->setPassphrase(m_actor.userId, newPassphrase, kdf));
    return m_audit.record(QStringLiteral("passphrase"), QString::fromLatin1(User::RecordType), m_actor.userId);
}

Result<User> Session::confirmUser(const QString& userName, const crypto::SecureBuffer& passphrase) {
    auto user = m_users.byName(userName.trimmed());
    if (!user.ok())
        return user.error();
    if (!*user || !(*user)->active)
        return Error(ErrorCode::NotFound, tr("There is no user called %1 on this laptop.").arg(userName));
    if ((*user)->id == m_actor.userId)
        return Error(ErrorCode::InvalidInput, tr("The second confirmation must come from another user."));
    CORRIDOR_TRY(m_vault->checkPassphrase((*user)->id, passphrase));
    return **user;
}

Result<sync::DeviceCard> Session::deviceCard() {
    return m_trust.ownCard(deviceName().isEmpty() ? m_actor.userName : deviceName(), m_actor.role, branch());
}

QString Session::inboxFolder() const {
    return m_vault->setting(QStringLiteral("sync_inbox"));
}
QString Session::outboxFolder() const {
    return m_vault->setting(QStringLiteral("sync_outbox"));
}

Status Session::setDropFolders(const QString& inbox, const QString& outbox) {
    CORRIDOR_TRY(m_vault->setSetting(QStringLiteral("sync_inbox"), inbox));
    return m_vault->setSetting(QStringLiteral("sync_outbox"), outbox);
}

Result<QString> Session::addUser(const QString& name, records::Role role, const crypto::SecureBuffer& passphrase,
                                 const crypto::KdfParams& kdf) {
    if (!signedIn())
        return Error(ErrorCode::Locked, tr("Sign in first."));
    if (!mayAdd(m_actor.role, role))
        return Error(ErrorCode::PermissionDenied,
                     tr("Your role cannot add a user with more access than your own; ask a coordinator."));
    CORRIDOR_TRY(checkPolicy(passphrase));
    auto tx = storage::Transaction::begin(m_vault->db());
    if (!tx.ok())
        return tx.error();
    auto id = m_users.add(name, role);
    if (!id.ok())
        return id.error();
    CORRIDOR_TRY(m_audit.record(QStringLiteral("create"), QString::fromLatin1(User::RecordType), *id));
    // The key slot is written last: if it fails, the transaction leaves no half user.
    CORRIDOR_TRY(m_vault->setPassphrase(*id, passphrase, kdf));
    CORRIDOR_TRY(tx->commit());
    return *id;
}

} // namespace corridor::session

namespace corridor::session {

content::ContentLibrary::PublisherLookup Session::contentPublishers() {
    return [this](const QByteArray& keyId) -> std::optional<QByteArray> {
        if (keyId == m_vault->device().id())
            return m_actor.role == records::Role::Volunteer ? std::nullopt
                                                            : std::optional<QByteArray>(m_vault->device().publicKey());
        auto found = m_trust.find(keyId);
        if (!found.ok() || !*found)
            return std::nullopt;
        const sync::KnownDevice& device = **found;
        if (device.revoked || device.role == records::Role::Volunteer)
            return std::nullopt;
        return device.publicKey;
    };
}

Result<content::ContentPack> Session::bookletPack() {
    auto pack = m_content.current();
    if (!pack.ok())
        return pack.error();
    auto sites = m_sites.all();
    if (!sites.ok())
        return sites.error();
    QList<content::DirectoryEntry> entries;
    for (const referrals::Site& site : *sites)
        entries << content::DirectoryEntry{site.name, site.localName, site.phone, site.hours};
    return pack->withDirectory(entries);
}

} // namespace corridor::session

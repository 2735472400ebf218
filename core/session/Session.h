#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/cases/AuditLog.h"
#include "core/cases/CaseService.h"
#include "core/cases/ClientProjection.h"
#include "core/cases/EncounterProjection.h"
#include "core/cases/FollowUpProjection.h"
#include "core/content/ContentLibrary.h"
#include "core/content/Training.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/records/RecordStore.h"
#include "core/referrals/ReferralProjection.h"
#include "core/referrals/ReferralService.h"
#include "core/referrals/SiteDirectory.h"
#include "core/session/ReferralSlips.h"
#include "core/session/UserDirectory.h"
#include "core/storage/Vault.h"
#include "core/sync/BundleExporter.h"
#include "core/sync/BundleImporter.h"
#include "core/sync/DeviceProjection.h"
#include "core/sync/DropFolderSync.h"
#include "core/sync/OrgKeyProjection.h"
#include "core/sync/SyncScope.h"
#include "core/sync/SyncStatus.h"
#include "core/sync/TrustStore.h"

#include <QCoreApplication>
#include <memory>

namespace corridor::session {

// What the first-run wizard and `corridor-cli init` ask for.
struct VaultSetup {
    QString folder;
    QString userName;
    records::Role role = records::Role::Volunteer;
    QString organisation; // CRC, LRC, MRCS, TRCS
    QString branch;
    QString language; // UI language code, e.g. "km"
    QString deviceName;
    crypto::KdfParams kdf;
    bool practice = false; // fictional training data
};

// An unlocked vault with a signed-in user and every service wired to it. Destroying the
// Session locks: the database closes and keys are wiped.
class Session {
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    struct Created;

    static std::vector<storage::ModuleSchema> schemas();

    [[nodiscard]] static Result<Created> create(const VaultSetup& setup, const crypto::SecureBuffer& passphrase,
                                                const Clock& clock = Clock::system());
    [[nodiscard]] static Result<std::unique_ptr<Session>> unlock(const QString& folder,
                                                                 const crypto::SecureBuffer& passphrase,
                                                                 const Clock& clock = Clock::system(),
                                                                 const QStringList& preferredUserIds = {});
    // Signed in as nobody until signInAs() names the user whose passphrase is being reset.
    [[nodiscard]] static Result<std::unique_ptr<Session>>
    unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey, const Clock& clock = Clock::system());
    ~Session();

    storage::Vault& vault() { return *m_vault; }
    storage::Database& db() { return m_vault->db(); }
    records::RecordStore& records() { return m_store; }
    cases::CaseService& cases() { return m_cases; }
    cases::AuditLog& audit() { return m_audit; }
    referrals::ReferralService& referrals() { return m_referrals; }
    referrals::SiteService& sites() { return m_sites; }
    UserDirectory& users() { return m_users; }
    sync::TrustStore& trust() { return m_trust; }
    sync::SyncScope& syncScope() { return m_scope; }
    sync::BundleExporter& exporter() { return m_exporter; }
    sync::BundleImporter& importer() { return m_importer; }
    sync::SyncStatus& syncStatus() { return m_syncStatus; }
    sync::DropFolderSync& dropFolders() { return m_dropFolders; }
    ReferralSlips& slips() { return m_slips; }
    content::ContentLibrary& content() { return m_content; }
    content::TrainingService& training() { return m_training; }
    // Who may publish a content pack for this laptop: an enrolled, unrevoked coordinator
    // or trainer device (of the own organisation or a partner's), or this device if its
    // user is one.
    content::ContentLibrary::PublisherLookup contentPublishers();
    // The pack in use as the booklet viewer and its PDF show it: with the phone numbers this
    // branch keeps in its site directory on the contact pages.
    [[nodiscard]] Result<content::ContentPack> bookletPack();
    const Clock& clock() const { return m_clock; }

    const records::Actor& actor() const { return m_actor; }
    bool signedIn() const { return !m_actor.userId.isEmpty(); }
    [[nodiscard]] Status signInAs(const QString& userId);

    QString organisation() const;
    QString branch() const;
    QString deviceName() const;
    QString language() const;
    [[nodiscard]] Status setLanguage(const QString& code);
    int idleLockMinutes() const;
    [[nodiscard]] Status setIdleLockMinutes(int minutes);
    bool isPractice() const;

    // The signed-in user's own passphrase; rewrites one key slot.
    [[nodiscard]] Status changePassphrase(const crypto::SecureBuffer& newPassphrase, const crypto::KdfParams& kdf);
    // Checks another user's passphrase (a second confirmation) without signing them in.
    [[nodiscard]] Result<User> confirmUser(const QString& userName, const crypto::SecureBuffer& passphrase);
    // This laptop's card for enrolment, and the drop folders sync uses.
    [[nodiscard]] Result<sync::DeviceCard> deviceCard();
    QString inboxFolder() const;
    QString outboxFolder() const;
    [[nodiscard]] Status setDropFolders(const QString& inbox, const QString& outbox);

    // A second user on this laptop, with their own passphrase.
    [[nodiscard]] Result<QString> addUser(const QString& name, records::Role role,
                                          const crypto::SecureBuffer& passphrase, const crypto::KdfParams& kdf);

private:
    Session(std::unique_ptr<storage::Vault> vault, const Clock& clock);
    [[nodiscard]] Status start();

    std::unique_ptr<storage::Vault> m_vault;
    const Clock& m_clock;
    records::RecordStore m_store;
    cases::AuditLog m_audit;
    cases::CaseService m_cases;
    UserDirectory m_users;
    cases::ClientProjection m_clientProjection;
    cases::EncounterProjection m_encounterProjection;
    cases::FollowUpProjection m_followUpProjection;
    referrals::SiteService m_sites;
    referrals::SiteProjection m_siteProjection;
    referrals::ReferralService m_referrals;
    referrals::ReferralProjection m_referralProjection;
    referrals::ReferralEventProjection m_referralEventProjection;
    sync::DeviceProjection m_deviceProjection;
    sync::OrgKeyProjection m_orgKeyProjection;
    sync::TrustStore m_trust;
    sync::SyncScope m_scope;
    sync::BundleExporter m_exporter;
    sync::BundleImporter m_importer;
    sync::SyncStatus m_syncStatus;
    sync::DropFolderSync m_dropFolders;
    ReferralSlips m_slips;
    content::ContentLibrary m_content;
    content::TrainingService m_training;
    content::TrainingProjection m_trainingProjection;
    records::Actor m_actor;
};

struct Session::Created {
    std::unique_ptr<Session> session;
    QString recoveryKey;
};

} // namespace corridor::session

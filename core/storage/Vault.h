#pragma once

#include "core/base/Result.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/PassphraseKdf.h"
#include "core/crypto/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace corridor::storage {

// A vault is a folder holding vault.db (SQLCipher, keyed with a random master key) and
// vault.keys (the key slots that wrap that master key). An unlocked Vault owns the open
// database, the master key and the device identity, all wiped when it is destroyed.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr const char* DatabaseFile = "vault.db";
    static constexpr const char* KeysFile = "vault.keys";

    struct Created;

    static bool exists(const QString& folder);

    // Creates the folder's vault with a first passphrase slot for userId and a recovery
    // slot. On failure nothing is left behind. `modules` are the schemas to create.
    [[nodiscard]] static Result<Created> create(const QString& folder, const QString& userId,
                                                const crypto::SecureBuffer& passphrase, const crypto::KdfParams& kdf,
                                                const std::vector<ModuleSchema>& modules);
    // Tries the passphrase on each passphrase slot, those of preferredUserIds first.
    [[nodiscard]] static Result<std::unique_ptr<Vault>> unlock(const QString& folder,
                                                               const crypto::SecureBuffer& passphrase,
                                                               const std::vector<ModuleSchema>& modules,
                                                               const QStringList& preferredUserIds = {});
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey, const std::vector<ModuleSchema>& modules);
    ~Vault();

    Database& db() { return *m_db; }
    const crypto::DeviceIdentity& device() const { return m_device; }
    const QString& folder() const { return m_folder; }
    const QString& vaultId() const { return m_keys.vaultId; }
    // The user whose slot opened the vault; empty when opened with the recovery key.
    const QString& unlockedUserId() const { return m_userId; }
    bool openedWithRecoveryKey() const { return m_userId.isEmpty(); }
    QStringList userIdsWithSlots() const;

    // Writes (or replaces) the passphrase slot of one user. The database is not re-encrypted.
    [[nodiscard]] Status setPassphrase(const QString& userId, const crypto::SecureBuffer& passphrase,
                                       const crypto::KdfParams& kdf);
    [[nodiscard]] Status removePassphrase(const QString& userId);
    // Whether this passphrase opens this user's slot (a second person confirming an action).
    [[nodiscard]] Status checkPassphrase(const QString& userId, const crypto::SecureBuffer& passphrase) const;
    // Replaces the recovery slot and returns the new key's text (shown once).
    [[nodiscard]] Result<QString> renewRecoveryKey();

    // Small local, unsynced settings kept inside the encrypted database.
    QString setting(const QString& key) const;
    [[nodiscard]] Status setSetting(const QString& key, const QString& value);

    static ModuleSchema schema();

private:
    Vault(QString folder, crypto::KeyFile keys, crypto::SecureBuffer masterKey, QString userId);
    [[nodiscard]] static Result<std::unique_ptr<Vault>> openWithMasterKey(const QString& folder, crypto::KeyFile keys,
                                                                          crypto::SecureBuffer masterKey,
                                                                          const QString& userId,
                                                                          const std::vector<ModuleSchema>& modules);
    [[nodiscard]] Status loadDeviceIdentity();
    QString keysPath() const;

    QString m_folder;
    crypto::KeyFile m_keys;
    crypto::SecureBuffer m_masterKey;
    QString m_userId;
    std::unique_ptr<Database> m_db;
    crypto::DeviceIdentity m_device;
};

struct Vault::Created {
    std::unique_ptr<Vault> vault;
    QString recoveryKey; // to show once, then forget
};

} // namespace corridor::storage

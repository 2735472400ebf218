#include "core/storage/Vault.h"

#include "core/base/Ids.h"
#include "core/crypto/Random.h"
#include "core/crypto/RecoveryKey.h"
#include "core/storage/Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace corridor::storage {
namespace {

constexpr std::size_t MasterKeyBytes = 32;

QString inFolder(const QString& folder, const char* name) {
    return QDir(folder).filePath(QString::fromLatin1(name));
}

void removeVaultFiles(const QString& folder) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(inFolder(folder, Vault::DatabaseFile) + QString::fromLatin1(suffix));
    QFile::remove(inFolder(folder, Vault::KeysFile));
    QFile::remove(inFolder(folder, Vault::KeysFile) + QStringLiteral(".tmp"));
}

std::vector<ModuleSchema> withVaultSchema(const std::vector<ModuleSchema>& modules) {
    std::vector<ModuleSchema> all{Vault::schema()};
    all.insert(all.end(), modules.begin(), modules.end());
    return all;
}

} // namespace

ModuleSchema Vault::schema() {
    return {QStringLiteral("vault"), {Migration::sql(1, R"sql(
CREATE TABLE device_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  secret_key BLOB NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE local_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
)sql")}};
}

Vault::Vault(QString folder, crypto::KeyFile keys, crypto::SecureBuffer masterKey, QString userId)
    : m_folder(std::move(folder))
    , m_keys(std::move(keys))
    , m_masterKey(std::move(masterKey))
    , m_userId(std::move(userId)) {}

Vault::~Vault() {
    m_db.reset(); // close before the key goes
    m_masterKey.clear();
}

bool Vault::exists(const QString& folder) {
    return QFileInfo::exists(inFolder(folder, KeysFile)) || QFileInfo::exists(inFolder(folder, DatabaseFile));
}

QString Vault::keysPath() const {
    return inFolder(m_folder, KeysFile);
}

Result<Vault::Created> Vault::create(const QString& folder, const QString& userId,
                                     const crypto::SecureBuffer& passphrase, const crypto::KdfParams& kdf,
                                     const std::vector<ModuleSchema>& modules) {
    if (exists(folder))
        return Error(
            ErrorCode::AlreadyExists,
            tr("a vault already exists in %1; Corridor will not overwrite it").arg(QDir::toNativeSeparators(folder)));
    if (passphrase.size() == 0)
        return Error(ErrorCode::InvalidInput, tr("the passphrase is empty"));
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    crypto::KeyFile keys;
    keys.vaultId = Ids::newId();
    crypto::SecureBuffer masterKey = crypto::Random::secret(MasterKeyBytes);
    const crypto::SecureBuffer recovery = crypto::RecoveryKey::generate();
    auto userSlot =
        crypto::KeySlot::create(crypto::KeySlot::Kind::Passphrase, userId, keys.vaultId, passphrase, masterKey, kdf);
    if (!userSlot.ok())
        return userSlot.error();
    auto recoverySlot = crypto::KeySlot::create(crypto::KeySlot::Kind::Recovery, {}, keys.vaultId, recovery, masterKey,
                                                {0, 0, crypto::Random::bytes(crypto::PassphraseKdf::SaltBytes)});
    if (!recoverySlot.ok())
        return recoverySlot.error();
    keys.slots = {*userSlot, *recoverySlot};

    const auto fail = [&folder](const Error& error) -> Result<Created> {
        removeVaultFiles(folder);
        return error;
    };

    auto db = Database::open(inFolder(folder, DatabaseFile), &masterKey, Database::Mode::Create);
    if (!db.ok())
        return fail(db.error());
    auto migrated = Schema::migrate(**db, withVaultSchema(modules));
    if (!migrated.ok())
        return fail(migrated.error());
    {
        const crypto::DeviceIdentity device = crypto::DeviceIdentity::generate();
        auto st = (*db)->prepare("INSERT INTO device_identity(id, secret_key, created_at) VALUES (1, ?1, ?2)");
        if (!st.ok())
            return fail(st.error());
        const auto& sk = device.secretKey();
        QByteArray secretCopy(reinterpret_cast<const char*>(sk.data()), static_cast<qsizetype>(sk.size()));
        st->bind(1, secretCopy).bind(2, QDateTime::currentMSecsSinceEpoch());
        crypto::wipe(secretCopy);
        auto inserted = st->run();
        if (!inserted.ok())
            return fail(inserted.error());
    }
    db->reset();
    QFile::setPermissions(inFolder(folder, DatabaseFile), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto saved = keys.save(inFolder(folder, KeysFile), masterKey);
    if (!saved.ok())
        return fail(saved.error());

    auto vault = openWithMasterKey(folder, keys, std::move(masterKey), userId, modules);
    if (!vault.ok())
        return fail(vault.error());
    return Created{std::move(*vault), crypto::RecoveryKey::format(recovery)};
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& folder, const crypto::SecureBuffer& passphrase,
                                             const std::vector<ModuleSchema>& modules,
                                             const QStringList& preferredUserIds) {
    auto keys = crypto::KeyFile::load(inFolder(folder, KeysFile));
    if (!keys.ok())
        return keys.error();
    if (!QFileInfo::exists(inFolder(folder, DatabaseFile)))
        return Error(ErrorCode::NotFound, tr("vault.db is missing from %1: the case files are not there. Restore the "
                                             "vault folder from a backup.")
                                              .arg(QDir::toNativeSeparators(folder)));
    std::vector<const crypto::KeySlot*> order;
    for (const QString& userId : preferredUserIds)
        if (const crypto::KeySlot* slot = keys->slotForUser(userId))
            order.push_back(slot);
    for (const crypto::KeySlot& slot : keys->slots)
        if (slot.kind == crypto::KeySlot::Kind::Passphrase &&
            std::find(order.begin(), order.end(), &slot) == order.end())
            order.push_back(&slot);
    for (const crypto::KeySlot* slot : order) {
        auto masterKey = slot->open(keys->vaultId, passphrase);
        if (!masterKey)
            continue;
        CORRIDOR_TRY(keys->verifyMac(*masterKey));
        return openWithMasterKey(folder, *keys, std::move(*masterKey), slot->userId, modules);
    }
    return Error(ErrorCode::WrongPassphrase, tr("the passphrase is not correct (nothing was changed)"));
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& folder, const QString& recoveryKey,
                                                            const std::vector<ModuleSchema>& modules) {
    auto secret = crypto::RecoveryKey::parse(recoveryKey);
    if (!secret.ok())
        return secret.error();
    auto keys = crypto::KeyFile::load(inFolder(folder, KeysFile));
    if (!keys.ok())
        return keys.error();
    const crypto::KeySlot* slot = keys->recoverySlot();
    if (!slot)
        return Error(ErrorCode::NotFound, tr("this vault has no recovery key"));
    auto masterKey = slot->open(keys->vaultId, *secret);
    if (!masterKey)
        return Error(ErrorCode::WrongPassphrase,
                     tr("this recovery key does not belong to this vault, or it was replaced by a newer one"));
    CORRIDOR_TRY(keys->verifyMac(*masterKey));
    return openWithMasterKey(folder, *keys, std::move(*masterKey), {}, modules);
}

Result<std::unique_ptr<Vault>> Vault::openWithMasterKey(const QString& folder, crypto::KeyFile keys,
                                                        crypto::SecureBuffer masterKey, const QString& userId,
                                                        const std::vector<ModuleSchema>& modules) {
    std::unique_ptr<Vault> vault(new Vault(folder, std::move(keys), std::move(masterKey), userId));
    auto db = Database::open(inFolder(folder, DatabaseFile), &vault->m_masterKey, Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    vault->m_db = std::move(*db);
    CORRIDOR_TRY(Schema::migrate(*vault->m_db, withVaultSchema(modules)));
    CORRIDOR_TRY(vault->loadDeviceIdentity());
    return vault;
}

Status Vault::loadDeviceIdentity() {
    auto st = m_db->prepare("SELECT secret_key FROM device_identity WHERE id = 1");
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return Error(ErrorCode::Corrupt, tr("vault.db has no device identity"));
    QByteArray secret = st->blob(0);
    auto identity = crypto::DeviceIdentity::fromSecretKey(crypto::SecureBuffer::takeFrom(secret));
    if (!identity.ok())
        return identity.error();
    m_device = std::move(*identity);
    return success();
}

QStringList Vault::userIdsWithSlots() const {
    QStringList ids;
    for (const crypto::KeySlot& slot : m_keys.slots)
        if (slot.kind == crypto::KeySlot::Kind::Passphrase)
            ids << slot.userId;
    return ids;
}

Status Vault::setPassphrase(const QString& userId, const crypto::SecureBuffer& passphrase,
                            const crypto::KdfParams& kdf) {
    if (passphrase.size() == 0)
        return Error(ErrorCode::InvalidInput, tr("the passphrase is empty"));
    auto slot = crypto::KeySlot::create(crypto::KeySlot::Kind::Passphrase, userId, m_keys.vaultId, passphrase,
                                        m_masterKey, kdf);
    if (!slot.ok())
        return slot.error();
    crypto::KeyFile updated = m_keys;
    bool replaced = false;
    for (crypto::KeySlot& existing : updated.slots) {
        if (existing.kind == crypto::KeySlot::Kind::Passphrase && existing.userId == userId) {
            existing = *slot;
            replaced = true;
        }
    }
    if (!replaced) {
        if (updated.slots.size() >= crypto::KeyFile::MaxSlots)
            return Error(ErrorCode::LimitExceeded, tr("this vault cannot hold more users"));
        updated.slots.append(*slot);
    }
    CORRIDOR_TRY(updated.save(keysPath(), m_masterKey));
    m_keys = updated;
    return success();
}

Status Vault::removePassphrase(const QString& userId) {
    crypto::KeyFile updated = m_keys;
    updated.slots.removeIf(
        [&](const crypto::KeySlot& s) { return s.kind == crypto::KeySlot::Kind::Passphrase && s.userId == userId; });
    if (updated.slots.size() == m_keys.slots.size())
        return Error(ErrorCode::NotFound, tr("this user has no passphrase in this vault"));
    if (std::none_of(updated.slots.begin(), updated.slots.end(),
                     [](const crypto::KeySlot& s) { return s.kind == crypto::KeySlot::Kind::Passphrase; }))
        return Error(ErrorCode::InvalidInput, tr("the last passphrase of a vault cannot be removed"));
    CORRIDOR_TRY(updated.save(keysPath(), m_masterKey));
    m_keys = updated;
    return success();
}

Status Vault::checkPassphrase(const QString& userId, const crypto::SecureBuffer& passphrase) const {
    const crypto::KeySlot* slot = m_keys.slotForUser(userId);
    if (!slot)
        return Error(ErrorCode::NotFound, tr("this user has no passphrase in this vault"));
    auto opened = slot->open(m_keys.vaultId, passphrase);
    if (!opened || !opened->equals(m_masterKey))
        return Error(ErrorCode::WrongPassphrase, tr("the passphrase is not correct"));
    return success();
}

Result<QString> Vault::renewRecoveryKey() {
    const crypto::SecureBuffer recovery = crypto::RecoveryKey::generate();
    auto slot = crypto::KeySlot::create(crypto::KeySlot::Kind::Recovery, {}, m_keys.vaultId, recovery, m_masterKey,
                                        {0, 0, crypto::Random::bytes(crypto::PassphraseKdf::SaltBytes)});
    if (!slot.ok())
        return slot.error();
    crypto::KeyFile updated = m_keys;
    updated.slots.removeIf([](const crypto::KeySlot& s) { return s.kind == crypto::KeySlot::Kind::Recovery; });
    updated.slots.append(*slot);
    CORRIDOR_TRY(updated.save(keysPath(), m_masterKey));
    m_keys = updated;
    return crypto::RecoveryKey::format(recovery);
}

QString Vault::setting(const QString& key) const {
    auto st = m_db->prepare("SELECT value FROM local_settings WHERE key = ?1");
    if (!st.ok())
        return {};
    st->bind(1, key);
    auto row = st->step();
    return row.ok() && *row ? st->text(0) : QString();
}

Status Vault::setSetting(const QString& key, const QString& value) {
    auto st = m_db->prepare("INSERT OR REPLACE INTO local_settings(key, value) VALUES (?1, ?2)");
    if (!st.ok())
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->run();
}

} // namespace corridor::storage

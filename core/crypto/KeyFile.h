#pragma once

#include "core/base/Result.h"
#include "core/crypto/KeySlot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace corridor::crypto {

// vault.keys: a small JSON file beside vault.db holding the key slots. Integrity in two
// layers: an unkeyed checksum catches damage (a truncated copy, a bad USB stick) before we
// spend a second on Argon2id; a MAC under the master key, checked after a slot opens,
// catches deliberate edits (a swapped or removed slot).
class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxBytes = 256 * 1024;
    static constexpr int MaxSlots = 64;

    QString vaultId;
    QList<KeySlot> slots;

    [[nodiscard]] static Result<KeyFile> load(const QString& path);
    [[nodiscard]] static Result<KeyFile> parse(const QByteArray& json);
    [[nodiscard]] Status save(const QString& path, const SecureBuffer& masterKey) const;
    QByteArray serialize(const SecureBuffer& masterKey) const;
    [[nodiscard]] Status verifyMac(const SecureBuffer& masterKey) const;

    const KeySlot* slotForUser(const QString& userId) const;
    const KeySlot* recoverySlot() const;

private:
    QByteArray canonicalBody() const;
    QByteArray m_mac; // as read from disk
};

} // namespace corridor::crypto

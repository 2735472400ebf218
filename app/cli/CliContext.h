#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecureBuffer.h"
#include "core/session/Session.h"

#include <QJsonValue>
#include <QString>
#include <memory>
#include <optional>

namespace corridor::cli {

// Exit codes of corridor-cli.
enum Exit { ExitOk = 0, ExitUserError = 1, ExitUsage = 2 };

// What every command needs: where the vault is, how to get a passphrase, where to write.
class CliContext {
public:
    CliContext(QString vaultFolder, std::optional<QString> passphraseFile);

    const QString& vaultFolder() const { return m_vaultFolder; }
    bool hasPassphraseFile() const { return m_passphraseFile.has_value(); }

    // Prints "error: …" on stderr and returns 1.
    int fail(const Error& error) const;
    int fail(const QString& message) const;
    // Prints "usage: …" on stderr and returns 2.
    int usage(const QString& message) const;

    void out(const QString& line) const;
    void warn(const QString& line) const;
    void json(const QJsonValue& value) const;

    // --passphrase-file FILE, "-" for standard input, else a prompt on the terminal.
    [[nodiscard]] Result<crypto::SecureBuffer> passphrase(const QString& prompt, bool confirm = false) const;
    [[nodiscard]] static Result<crypto::SecureBuffer> readSecretFile(const QString& path);

    // Unlocks the vault with the passphrase and signs in its user.
    [[nodiscard]] Result<std::unique_ptr<session::Session>> openSession() const;

private:
    QString m_vaultFolder;
    std::optional<QString> m_passphraseFile;
};

} // namespace corridor::cli

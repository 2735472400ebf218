#include "app/cli/CliContext.h"

#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace corridor::cli {
namespace {

constexpr qint64 MaxSecretFileBytes = 4096;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CliContext)
};

void writeTo(FILE* stream, const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// One line from a stream, without its line ending; wiped from the temporary buffer.
QByteArray firstLine(QByteArray data) {
    qsizetype end = data.indexOf('\n');
    if (end < 0)
        end = data.size();
    QByteArray line = data.left(end);
    crypto::wipe(data);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<crypto::SecureBuffer> promptHidden(const QString& prompt) {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("no passphrase given: use --passphrase-file FILE (or - for standard "
                              "input)"));
    writeTo(stderr, prompt);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTerm = tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray buffer(1024, '\0');
    const bool got = std::fgets(buffer.data(), static_cast<int>(buffer.size()), tty) != nullptr;
    if (haveTerm)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fclose(tty);
    writeTo(stderr, QString());
    if (!got)
        return Error(ErrorCode::InvalidInput, Text::tr("no passphrase was typed"));
    buffer.truncate(qsizetype(std::strlen(buffer.constData())));
    QByteArray line = firstLine(buffer);
    return crypto::SecureBuffer::takeFrom(line);
}

} // namespace

CliContext::CliContext(QString vaultFolder, std::optional<QString> passphraseFile)
    : m_vaultFolder(std::move(vaultFolder))
    , m_passphraseFile(std::move(passphraseFile)) {}

int CliContext::fail(const Error& error) const {
    return fail(error.message());
}

int CliContext::fail(const QString& message) const {
    writeTo(stderr, Text::tr("error: %1").arg(message));
    return ExitUserError;
}

int CliContext::usage(const QString& message) const {
    writeTo(stderr, Text::tr("usage error: %1 (see corridor-cli help)").arg(message));
    return ExitUsage;
}

void CliContext::out(const QString& line) const {
    writeTo(stdout, line);
}
void CliContext::warn(const QString& line) const {
    writeTo(stderr, line);
}

void CliContext::json(const QJsonValue& value) const {
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

Result<crypto::SecureBuffer> CliContext::readSecretFile(const QString& path) {
    QByteArray data;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io, Text::tr("standard input cannot be read"));
        data = in.read(MaxSecretFileBytes + 1);
    } else {
        QFile file(path);
        if (!file.exists())
            return Error(ErrorCode::NotFound,
                         Text::tr("the file %1 does not exist").arg(QDir::toNativeSeparators(path)));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, Text::tr("the file %1 cannot be read").arg(QDir::toNativeSeparators(path)));
        data = file.read(MaxSecretFileBytes + 1);
    }
    if (data.size() > MaxSecretFileBytes) {
        crypto::wipe(data);
        return Error(ErrorCode::LimitExceeded,
                     Text::tr("the passphrase file is larger than %1 bytes").arg(MaxSecretFileBytes));
    }
    QByteArray line = firstLine(data);
    if (line.isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("the passphrase file is empty"));
    QString text = QString::fromUtf8(line);
    crypto::wipe(line);
    auto secret = crypto::SecureBuffer::fromPassphrase(text);
    text.fill(u'\0');
    return secret;
}

Result<crypto::SecureBuffer> CliContext::passphrase(const QString& prompt, bool confirm) const {
    if (m_passphraseFile)
        return readSecretFile(*m_passphraseFile);
    auto first = promptHidden(prompt);
    if (!first.ok() || !confirm)
        return first;
    auto second = promptHidden(Text::tr("Type it again:"));
    if (!second.ok())
        return second;
    if (!first->equals(*second))
        return Error(ErrorCode::InvalidInput, Text::tr("the two passphrases differ"));
    if (first->size() == 0)
        return Error(ErrorCode::InvalidInput, Text::tr("the passphrase is empty"));
    return first;
}

Result<std::unique_ptr<session::Session>> CliContext::openSession() const {
    if (!storage::Vault::exists(m_vaultFolder))
        return Error(ErrorCode::NotFound, Text::tr("there is no vault in %1 (create one with: corridor-cli init …)")
                                              .arg(QDir::toNativeSeparators(m_vaultFolder)));
    auto secret = passphrase(Text::tr("Passphrase:"));
    if (!secret.ok())
        return secret.error();
    return session::Session::unlock(m_vaultFolder, *secret);
}

} // namespace corridor::cli

// Commands about the vault itself: creating it, passphrases, users, checks, the audit log.
#include "app/cli/CliArguments.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/session/Organisations.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

namespace corridor::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)
};

std::optional<crypto::KdfParams> kdfFor(const QString& profile) {
    if (profile == QLatin1String("calibrated"))
        return crypto::PassphraseKdf::calibrated();
    if (profile == QLatin1String("minimum"))
        return crypto::PassphraseKdf::minimum();
    return std::nullopt;
}

} // namespace

int runInit(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("org"), QStringLiteral("branch"),
                  QStringLiteral("device-name"), QStringLiteral("language"), QStringLiteral("kdf")},
                 &error))
        return ctx.usage(error);
    if (!a.positional().isEmpty())
        return ctx.usage(Text::tr("init takes no positional arguments"));
    for (const char* required : {"user", "role", "org", "branch"})
        if (!a.has(QString::fromLatin1(required)))
            return ctx.usage(Text::tr("init needs --%1").arg(QString::fromLatin1(required)));
    session::VaultSetup setup;
    setup.folder = ctx.vaultFolder();
    setup.userName = *a.value(QStringLiteral("user"));
    if (!records::roleFromCode(*a.value(QStringLiteral("role")), &setup.role))
        return ctx.usage(Text::tr("--role must be volunteer, coordinator or trainer"));
    setup.organisation = a.value(QStringLiteral("org"))->toUpper();
    if (!session::Organisations::isKnown(setup.organisation))
        return ctx.usage(Text::tr("--org must be one of %1").arg(session::Organisations::codes().join(u'|')));
    setup.branch = *a.value(QStringLiteral("branch"));
    setup.deviceName = a.valueOr(QStringLiteral("device-name"), QSysInfo::machineHostName());
    setup.language = a.valueOr(QStringLiteral("language"), QStringLiteral("en"));
    const auto kdf = kdfFor(a.valueOr(QStringLiteral("kdf"), QStringLiteral("calibrated")));
    if (!kdf)
        return ctx.usage(Text::tr("--kdf must be calibrated (the default) or minimum (tests and training only)"));
    setup.kdf = *kdf;
    if (storage::Vault::exists(setup.folder))
        return ctx.fail(Text::tr("a vault already exists in %1; Corridor will not overwrite it")
                            .arg(QDir::toNativeSeparators(setup.folder)));
    auto secret = ctx.passphrase(Text::tr("Choose a passphrase for %1:").arg(setup.userName), true);
    if (!secret.ok())
        return ctx.fail(secret.error());
    auto created = session::Session::create(setup, *secret);
    if (!created.ok())
        return ctx.fail(created.error());
    ctx.warn(Text::tr("Vault created in %1. Write the recovery key down or print it, and keep it in the "
                      "coordinator's safe: it is shown only now.")
                 .arg(QDir::toNativeSeparators(setup.folder)));
    ctx.out(QStringLiteral("recovery key: %1").arg(created->recoveryKey));
    return ExitOk;
}

int runPasswd(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({QStringLiteral("new-passphrase-file"), QStringLiteral("kdf")}, &error))
        return ctx.usage(error);
    if (!a.has(QStringLiteral("new-passphrase-file")))
        return ctx.usage(Text::tr("passwd needs --new-passphrase-file FILE"));
    const auto kdf = kdfFor(a.valueOr(QStringLiteral("kdf"), QStringLiteral("calibrated")));
    if (!kdf)
        return ctx.usage(Text::tr("--kdf must be calibrated or minimum"));
    auto fresh = CliContext::readSecretFile(*a.value(QStringLiteral("new-passphrase-file")));
    if (!fresh.ok())
        return ctx.fail(fresh.error());
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto changed = (*session)->changePassphrase(*fresh, *kdf);
    if (!changed.ok())
        return ctx.fail(changed.error());
    ctx.warn(Text::tr("The passphrase of %1 was changed.").arg((*session)->actor().userName));
    return ExitOk;
}

int runRecover(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({QStringLiteral("recovery-key-file"), QStringLiteral("new-passphrase-file"), QStringLiteral("user"),
                  QStringLiteral("kdf")},
                 &error))
        return ctx.usage(error);
    if (!a.has(QStringLiteral("recovery-key-file")) || !a.has(QStringLiteral("new-passphrase-file")))
        return ctx.usage(Text::tr("recover needs --recovery-key-file FILE and --new-passphrase-file FILE"));
    const auto kdf = kdfFor(a.valueOr(QStringLiteral("kdf"), QStringLiteral("calibrated")));
    if (!kdf)
        return ctx.usage(Text::tr("--kdf must be calibrated or minimum"));
    auto keyText = CliContext::readSecretFile(*a.value(QStringLiteral("recovery-key-file")));
    if (!keyText.ok())
        return ctx.fail(keyText.error());
    auto fresh = CliContext::readSecretFile(*a.value(QStringLiteral("new-passphrase-file")));
    if (!fresh.ok())
        return ctx.fail(fresh.error());
    const QString recoveryKey =
        QString::fromUtf8(reinterpret_cast<const char*>(keyText->data()), static_cast<qsizetype>(keyText->size()));
    auto session = session::Session::unlockWithRecoveryKey(ctx.vaultFolder(), recoveryKey);
    if (!session.ok())
        return ctx.fail(session.error());
    auto users = (*session)->users().all();
    if (!users.ok())
        return ctx.fail(users.error());
    QString userId;
    if (const auto name = a.value(QStringLiteral("user"))) {
        for (const session::User& u : *users)
            if (u.name == *name)
                userId = u.id;
        if (userId.isEmpty())
            return ctx.fail(Text::tr("this vault has no user called %1").arg(*name));
    } else if (users->size() == 1) {
        userId = users->first().id;
    } else {
        return ctx.usage(Text::tr("this vault has several users: name the one to recover with --user NAME"));
    }
    auto signedIn = (*session)->signInAs(userId);
    if (!signedIn.ok())
        return ctx.fail(signedIn.error());
    auto changed = (*session)->changePassphrase(*fresh, *kdf);
    if (!changed.ok())
        return ctx.fail(changed.error());
    ctx.warn(Text::tr("A new passphrase was set for %1 with the recovery key.").arg((*session)->actor().userName));
    return ExitOk;
}

int runUser(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (sub == QLatin1String("add")) {
        if (!a.parse({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("new-passphrase-file"),
                      QStringLiteral("kdf")},
                     &error))
            return ctx.usage(error);
        records::Role role;
        if (!a.has(QStringLiteral("name")) || !a.has(QStringLiteral("new-passphrase-file")) ||
            !records::roleFromCode(a.valueOr(QStringLiteral("role"), QString()), &role))
            return ctx.usage(Text::tr("user add needs --name NAME --role volunteer|coordinator|trainer "
                                      "--new-passphrase-file FILE"));
        const auto kdf = kdfFor(a.valueOr(QStringLiteral("kdf"), QStringLiteral("calibrated")));
        if (!kdf)
            return ctx.usage(Text::tr("--kdf must be calibrated or minimum"));
        auto fresh = CliContext::readSecretFile(*a.value(QStringLiteral("new-passphrase-file")));
        if (!fresh.ok())
            return ctx.fail(fresh.error());
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto id = (*session)->addUser(*a.value(QStringLiteral("name")), role, *fresh, *kdf);
        if (!id.ok())
            return ctx.fail(id.error());
        ctx.out(*id);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (!a.parse({}, &error))
            return ctx.usage(error);
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto users = (*session)->users().all();
        if (!users.ok())
            return ctx.fail(users.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray array;
            for (const session::User& u : *users)
                array.append(JsonViews::user(u));
            ctx.json(array);
        } else {
            for (const session::User& u : *users)
                ctx.out(QStringLiteral("%1  %2  %3").arg(u.id, records::roleCode(u.role).leftJustified(11), u.name));
        }
        return ExitOk;
    }
    return ctx.usage(Text::tr("user add|list"));
}

int runInfo(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {QStringLiteral("json")});
    QString error;
    if (!a.parse({}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    auto count = s.records().changesetCount();
    QJsonObject o;
    o[QStringLiteral("vault")] = QDir::toNativeSeparators(ctx.vaultFolder());
    o[QStringLiteral("vault_id")] = s.vault().vaultId();
    o[QStringLiteral("device_id")] = s.vault().device().idText();
    o[QStringLiteral("device_name")] = s.deviceName();
    o[QStringLiteral("organisation")] = s.organisation();
    o[QStringLiteral("branch")] = s.branch();
    o[QStringLiteral("user")] = s.actor().userName;
    o[QStringLiteral("role")] = records::roleCode(s.actor().role);
    o[QStringLiteral("practice")] = s.isPractice();
    o[QStringLiteral("changesets")] = count.ok() ? *count : -1;
    o[QStringLiteral("sqlcipher")] = s.db().cipherVersion();
    if (a.flag(QStringLiteral("json"))) {
        ctx.json(o);
    } else {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            ctx.out(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return ExitOk;
}

int runCheck(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto pages = (*session)->db().quickCheck();
    if (!pages.ok())
        return ctx.fail(pages.error());
    auto chain = (*session)->audit().verify();
    if (!chain.ok())
        return ctx.fail(chain.error());
    if (*chain)
        return ctx.fail(Text::tr("the audit log was altered at entry %1").arg(**chain));
    ctx.out(Text::tr("vault.db: every page passed its integrity check; the audit log is intact"));
    return ExitOk;
}

int runAudit(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("case"), QStringLiteral("limit")}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    QString recordId;
    if (const auto ref = a.value(QStringLiteral("case"))) {
        auto id = (*session)->cases().resolveClientId(*ref);
        if (!id.ok())
            return ctx.fail(id.error());
        recordId = *id;
    }
    bool ok = true;
    const int limit = a.valueOr(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.usage(Text::tr("--limit takes a positive number"));
    auto entries = (*session)->audit().entries(recordId, limit);
    if (!entries.ok())
        return ctx.fail(entries.error());
    if (a.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const cases::AuditEntry& e : *entries)
            array.append(JsonViews::auditEntry(e));
        ctx.json(array);
        return ExitOk;
    }
    for (const cases::AuditEntry& e : *entries)
        ctx.out(QStringLiteral("%1  %2  %3  %4 %5 %6")
                    .arg(JsonViews::auditEntry(e).value(QStringLiteral("at")).toString(), e.userName, e.action,
                         e.recordType, e.recordId, e.detail));
    return ExitOk;
}

} // namespace corridor::cli

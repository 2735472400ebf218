// corridor-cli: the headless front end. Argument parsing and wiring only; every rule
// lives in core/.
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/base/ProcessHardening.h"
#include "core/storage/VaultLocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace corridor::cli;

namespace {

using Command = int (*)(CliContext&, const QStringList&);

const QList<QPair<QString, Command>>& commands() {
    static const QList<QPair<QString, Command>> table = {
        {QStringLiteral("init"), runInit},           {QStringLiteral("case"), runCase},
        {QStringLiteral("encounter"), runEncounter}, {QStringLiteral("followup"), runFollowUp},
        {QStringLiteral("passwd"), runPasswd},       {QStringLiteral("recover"), runRecover},
        {QStringLiteral("user"), runUser},           {QStringLiteral("demo"), runDemo},
        {QStringLiteral("audit"), runAudit},         {QStringLiteral("info"), runInfo},
        {QStringLiteral("check"), runCheck},         {QStringLiteral("device"), runDevice},
        {QStringLiteral("bundle"), runBundle},       {QStringLiteral("conflicts"), runConflicts},
        {QStringLiteral("sync"), runSync},           {QStringLiteral("dump"), runDump},
        {QStringLiteral("site"), runSite},           {QStringLiteral("referral"), runReferral},
        {QStringLiteral("content"), runContent},     {QStringLiteral("curriculum"), runCurriculum},
        {QStringLiteral("training"), runTraining},
    };
    return table;
}

} // namespace

int main(int argc, char* argv[]) {
    corridor::hardenProcess();
    // Drawing a slip needs fonts, so a GUI application on the offscreen platform; every
    // other command starts faster without one.
    bool drawsSlip = false;
    for (int i = 1; i < argc; ++i)
        drawsSlip = drawsSlip || std::strcmp(argv[i], "slip") == 0 || std::strcmp(argv[i], "export-booklet") == 0;
    if (drawsSlip && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        drawsSlip ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Corridor"));
    QCoreApplication::setApplicationName(QStringLiteral("Corridor"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("corridor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // Global options may come before or after the command word.
    QStringList words = app.arguments().mid(1);
    QString vault;
    std::optional<QString> passphraseFile;
    QStringList rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        const auto takeValue = [&](const QString& name, auto assign) -> bool {
            if (w == name) {
                if (i + 1 >= words.size())
                    return false;
                assign(words.at(++i));
                return true;
            }
            if (w.startsWith(name + u'=')) {
                assign(w.mid(name.size() + 1));
                return true;
            }
            return false;
        };
        if (w == QLatin1String("--vault") || w.startsWith(QLatin1String("--vault="))) {
            if (!takeValue(QStringLiteral("--vault"), [&](const QString& v) { vault = v; })) {
                std::fputs("usage error: --vault needs a folder\n", stderr);
                return ExitUsage;
            }
            continue;
        }
        if (w == QLatin1String("--passphrase-file") || w.startsWith(QLatin1String("--passphrase-file="))) {
            if (!takeValue(QStringLiteral("--passphrase-file"), [&](const QString& v) { passphraseFile = v; })) {
                std::fputs("usage error: --passphrase-file needs a file (or -)\n", stderr);
                return ExitUsage;
            }
            continue;
        }
        rest << w;
    }
    CliContext ctx(corridor::storage::VaultLocation::resolve(vault), passphraseFile);
    if (rest.isEmpty() || rest.first() == QLatin1String("help") || rest.first() == QLatin1String("--help")) {
        ctx.out(helpText());
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.first() == QLatin1String("--version")) {
        ctx.out(QStringLiteral("corridor-cli ") + QStringLiteral(CORRIDOR_VERSION));
        return ExitOk;
    }
    for (const auto& [name, run] : commands())
        if (name == rest.first())
            return run(ctx, rest.mid(1));
    return ctx.usage(QCoreApplication::translate("main", "unknown command '%1'").arg(rest.first()));
}

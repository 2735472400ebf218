#pragma once

#include <QStringList>

namespace corridor::cli {

class CliContext;

// One function per top-level command; each returns the process exit code.
int runInit(CliContext& ctx, const QStringList& args);
int runPasswd(CliContext& ctx, const QStringList& args);
int runRecover(CliContext& ctx, const QStringList& args);
int runUser(CliContext& ctx, const QStringList& args);
int runInfo(CliContext& ctx, const QStringList& args);
int runCheck(CliContext& ctx, const QStringList& args);
int runAudit(CliContext& ctx, const QStringList& args);
int runCase(CliContext& ctx, const QStringList& args);
int runEncounter(CliContext& ctx, const QStringList& args);
int runFollowUp(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runDevice(CliContext& ctx, const QStringList& args);
int runBundle(CliContext& ctx, const QStringList& args);
int runConflicts(CliContext& ctx, const QStringList& args);
int runSync(CliContext& ctx, const QStringList& args);
int runDump(CliContext& ctx, const QStringList& args);
int runSite(CliContext& ctx, const QStringList& args);
int runReferral(CliContext& ctx, const QStringList& args);
int runContent(CliContext& ctx, const QStringList& args);
int runCurriculum(CliContext& ctx, const QStringList& args);
int runTraining(CliContext& ctx, const QStringList& args);

QString helpText();

} // namespace corridor::cli

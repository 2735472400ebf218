// corridor-bench: `corridor-bench search --clients 100000` and later benches print
// key=value lines on standard output; progress goes to standard error.
#include "tests/bench/BenchCommon.h"

#include <QGuiApplication>

#include <memory>

namespace corridor::bench {
int searchBench(const QStringList& args);
int bundleBench(const QStringList& args);
int slipBench(const QStringList& args);
} // namespace corridor::bench

int main(int argc, char* argv[]) {
    // The slip bench draws text, so it needs fonts: a GUI application, offscreen.
    const bool slip = argc > 1 && qstrcmp(argv[1], "slip") == 0;
    if (slip && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        slip ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("slip"))
        return corridor::bench::slipBench(args.mid(1));
    if (args.value(0) == QLatin1String("search"))
        return corridor::bench::searchBench(args.mid(1));
    if (args.value(0) == QLatin1String("bundle"))
        return corridor::bench::bundleBench(args.mid(1));
    corridor::bench::note(
        QStringLiteral("usage: corridor-bench search [--clients N] [--queries Q]\n"
                       "       corridor-bench bundle [--changesets N] [--volunteers V] [--per-volunteer M]\n"
                       "       corridor-bench slip [--runs N]"));
    return 2;
}

// corridor-bench: `corridor-bench search --clients 100000` and later benches print
// key=value lines on standard output; progress goes to standard error.
#include "tests/bench/BenchCommon.h"

#include <QCoreApplication>

namespace corridor::bench {
int searchBench(const QStringList& args);
int bundleBench(const QStringList& args);
} // namespace corridor::bench

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("search"))
        return corridor::bench::searchBench(args.mid(1));
    if (args.value(0) == QLatin1String("bundle"))
        return corridor::bench::bundleBench(args.mid(1));
    corridor::bench::note(
        QStringLiteral("usage: corridor-bench search [--clients N] [--queries Q]\n"
                       "       corridor-bench bundle [--changesets N] [--volunteers V] [--per-volunteer M]"));
    return 2;
}

#include "tests/bench/BenchCommon.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace corridor::bench {

void report(const QString& key, double value, int decimals) {
    std::printf("%s=%.*f\n", key.toUtf8().constData(), decimals, value);
    std::fflush(stdout);
}

void report(const QString& key, const QString& value) {
    std::printf("%s=%s\n", key.toUtf8().constData(), value.toUtf8().constData());
    std::fflush(stdout);
}

void note(const QString& text) {
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto lower = size_t(std::floor(rank));
    const auto upper = size_t(std::ceil(rank));
    return values[lower] + (values[upper] - values[lower]) * (rank - double(lower));
}

QString option(const QStringList& args, const QString& name, const QString& fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace corridor::bench

#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <vector>

namespace corridor::bench {

// Prints one `key=value` line on standard output (the format the issues ask for).
void report(const QString& key, double value, int decimals = 2);
void report(const QString& key, const QString& value);
// Progress and notes go to standard error so stdout stays machine-readable.
void note(const QString& text);

double percentile(std::vector<double> values, double p);

// Reads --name value options; returns fallback if absent.
QString option(const QStringList& args, const QString& name, const QString& fallback);

} // namespace corridor::bench

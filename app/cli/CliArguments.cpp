#include "app/cli/CliArguments.h"

#include <QCoreApplication>

namespace corridor::cli {

CliArguments::CliArguments(const QStringList& words, const QSet<QString>& flags)
    : m_words(words)
    , m_flags(flags) {}

bool CliArguments::parse(const QSet<QString>& known, QString* error) {
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const auto eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (!known.contains(name) && !m_flags.contains(name)) {
            *error = QCoreApplication::translate("CliArguments", "unknown option --%1").arg(name);
            return false;
        }
        if (m_flags.contains(name)) {
            if (hasInlineValue) {
                *error = QCoreApplication::translate("CliArguments", "--%1 takes no value").arg(name);
                return false;
            }
            m_values.insert(name, QString());
            continue;
        }
        if (!hasInlineValue) {
            if (i + 1 >= m_words.size()) {
                *error = QCoreApplication::translate("CliArguments", "--%1 needs a value").arg(name);
                return false;
            }
            value = m_words.at(++i);
        }
        if (m_repeatable.contains(name)) {
            m_repeated[name] << value;
            m_values.insert(name, value);
            continue;
        }
        if (m_values.contains(name)) {
            *error = QCoreApplication::translate("CliArguments", "--%1 is given twice").arg(name);
            return false;
        }
        m_values.insert(name, value);
    }
    return true;
}

std::optional<QString> CliArguments::value(const QString& option) const {
    const auto it = m_values.constFind(option);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

QString CliArguments::valueOr(const QString& option, const QString& fallback) const {
    return value(option).value_or(fallback);
}

} // namespace corridor::cli

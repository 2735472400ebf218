#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace corridor::cli {

// The words after a command: positional arguments and --options. An option takes a value
// ("--name Sok", "--name=Sok") unless it is declared a flag. Unknown options are usage
// errors, reported by the command that asked.
class CliArguments {
public:
    CliArguments(const QStringList& words, const QSet<QString>& flags);

    bool parse(const QSet<QString>& known, QString* error);
    // Options that may be given more than once ("--attendee A --attendee B").
    void setRepeatable(const QSet<QString>& options) { m_repeatable = options; }
    QStringList values(const QString& option) const { return m_repeated.value(option); }

    const QStringList& positional() const { return m_positional; }
    bool has(const QString& option) const { return m_values.contains(option); }
    bool flag(const QString& option) const { return m_values.contains(option); }
    std::optional<QString> value(const QString& option) const;
    QString valueOr(const QString& option, const QString& fallback) const;

private:
    QStringList m_words;
    QSet<QString> m_flags;
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_repeatable;
    QHash<QString, QStringList> m_repeated;
};

} // namespace corridor::cli

#pragma once

#include <QCborValue>
#include <QCoreApplication>
#include <QString>
#include <optional>

#include "core/cases/Vocabulary.h"
#include "core/records/Actor.h"

namespace corridor::ui {

// Human words for what changesets carry: record types, field names and values, as the
// conflict queue and the record history show them.
class FieldLabels {
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)
public:
    static QString recordType(const QString& type);
    static QString role(records::Role role);
    static QString field(const QString& type, const QString& field);
    // The value as a person reads it: vocabulary codes translated, yes/no, dates, "(empty)".
    static QString value(const QString& field, const QCborValue& value);
    // A wall-clock time from a hybrid logical clock stamp, in local time.
    static QString hlcTime(quint64 hlc);
    // The controlled list a field takes its codes from, if any.
    static std::optional<cases::Vocabulary::List> vocabulary(const QString& field);
};

} // namespace corridor::ui

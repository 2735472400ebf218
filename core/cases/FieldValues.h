#pragma once

#include "core/records/Changeset.h"

#include <QCborArray>
#include <QDate>
#include <QStringList>

namespace corridor::cases::FieldValues {

// Conventions shared by the case-file records: empty text, an invalid date or an empty
// list is stored as null ("not recorded"); dates travel as ISO text (YYYY-MM-DD).
inline QCborValue text(const QString& s) {
    return s.isEmpty() ? QCborValue(nullptr) : QCborValue(s);
}
inline QCborValue date(const QDate& d) {
    return d.isValid() ? QCborValue(d.toString(Qt::ISODate)) : QCborValue(nullptr);
}
inline QCborValue list(const QStringList& items) {
    if (items.isEmpty())
        return QCborValue(nullptr);
    QCborArray array;
    for (const QString& item : items)
        array.append(item);
    return QCborValue(array);
}

inline QString textOf(const records::FieldMap& f, const char* name) {
    return f.value(QLatin1String(name)).toString();
}
inline QDate dateOf(const records::FieldMap& f, const char* name) {
    return QDate::fromString(f.value(QLatin1String(name)).toString(), Qt::ISODate);
}
inline bool boolOf(const records::FieldMap& f, const char* name) {
    return f.value(QLatin1String(name)).toBool(false);
}
inline QStringList listOf(const records::FieldMap& f, const char* name) {
    QStringList out;
    for (const QCborValue& v : f.value(QLatin1String(name)).toArray())
        out << v.toString();
    return out;
}

} // namespace corridor::cases::FieldValues

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace corridor::session {

// The National Societies Corridor is set up for, by the codes used across the project.
class Organisations {
    Q_DECLARE_TR_FUNCTIONS(Organisations)
public:
    static QStringList codes(); // CRC, LRC, MRCS, TRCS
    static bool isKnown(const QString& code);
    static QString name(const QString& code);    // translated full name
    static QString country(const QString& code); // ISO 3166 alpha-2
};

} // namespace corridor::session

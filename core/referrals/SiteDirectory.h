#pragma once

#include "core/base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace corridor::referrals {

// A place a referral can go: a National Society office, a clinic, an embassy, an NGO.
struct Site {
    QString id;
    QString org; // CRC, LRC, MRCS, TRCS, or another organisation's code
    QString country;
    QString kind;
    QString name;      // English
    QString localName; // in the site's own language
    QString address;
    QString phone; // empty unless publicly listed and sourced
    QString hours;
    QString website;
    QStringList languages;
};

// The built-in directory (core/referrals/sites.json): only facts with a public source; a
// field nobody could source stays empty, because a wrong phone number on a slip sends a
// migrant nowhere.
class SiteDirectory {
    Q_DECLARE_TR_FUNCTIONS(SiteDirectory)
public:
    [[nodiscard]] static Result<QList<Site>> builtIn();
    [[nodiscard]] static Result<QList<Site>> parse(const QByteArray& json);
    [[nodiscard]] static Result<Site> find(const QString& id);
};

} // namespace corridor::referrals

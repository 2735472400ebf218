#include "core/referrals/SiteDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corridor::referrals {

Result<QList<Site>> SiteDirectory::parse(const QByteArray& json) {
    if (json.size() > 4 * 1024 * 1024)
        return Error(ErrorCode::LimitExceeded, tr("The site directory is too large."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Corrupt, tr("The site directory cannot be read: %1").arg(error.errorString()));
    QList<Site> sites;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("sites")).toArray()) {
        const QJsonObject o = v.toObject();
        Site s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.org = o.value(QStringLiteral("org")).toString();
        s.country = o.value(QStringLiteral("country")).toString();
        s.kind = o.value(QStringLiteral("kind")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.localName = o.value(QStringLiteral("local_name")).toString();
        s.address = o.value(QStringLiteral("address")).toString();
        s.phone = o.value(QStringLiteral("phone")).toString();
        s.hours = o.value(QStringLiteral("hours")).toString();
        s.website = o.value(QStringLiteral("website")).toString();
        for (const QJsonValue& l : o.value(QStringLiteral("languages")).toArray())
            s.languages << l.toString();
        if (s.id.isEmpty() || s.name.isEmpty() || s.org.isEmpty())
            return Error(ErrorCode::Corrupt, tr("A site in the directory has no id, name or organisation."));
        sites << s;
    }
    return sites;
}

Result<QList<Site>> SiteDirectory::builtIn() {
    QFile file(QStringLiteral(":/corridor/sites.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The built-in site directory is missing from this build."));
    return parse(file.readAll());
}

Result<Site> SiteDirectory::find(const QString& id) {
    auto sites = builtIn();
    if (!sites.ok())
        return sites.error();
    for (const Site& s : *sites)
        if (s.id == id)
            return s;
    return Error(ErrorCode::NotFound, tr("There is no site %1 in the directory (see site list).").arg(id));
}

} // namespace corridor::referrals

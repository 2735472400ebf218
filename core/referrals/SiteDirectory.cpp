#include "core/referrals/SiteDirectory.h"

#include "core/base/Ids.h"
#include "core/crypto/Hash.h"
#include "core/records/FieldMapCodec.h"
#include "core/records/Hlc.h"
#include "core/records/RecordStore.h"
#include "core/storage/Database.h"
#include "core/storage/Upsert.h"

#include <QCborArray>
#include <QRegularExpression>

#include <algorithm>

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
        for (const QJsonValue& l : o.value(QStringLiteral("services")).toArray())
            s.services << l.toString();
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
    return findIn(builtIn(), id);
}

Result<Site> SiteDirectory::findIn(const Result<QList<Site>>& sites, const QString& id) {
    if (!sites.ok())
        return sites.error();
    for (const Site& s : *sites)
        if (s.id == id)
            return s;
    return Error(ErrorCode::NotFound, tr("There is no site %1 in the directory (see site list).").arg(id));
}

namespace {

const char* const TextFields[] = {"org",     "country", "kind",  "name",   "local_name",
                                  "address", "phone",   "hours", "website"};

QString* textMember(Site& s, const QString& field) {
    if (field == QLatin1String("org"))
        return &s.org;
    if (field == QLatin1String("country"))
        return &s.country;
    if (field == QLatin1String("kind"))
        return &s.kind;
    if (field == QLatin1String("name"))
        return &s.name;
    if (field == QLatin1String("local_name"))
        return &s.localName;
    if (field == QLatin1String("address"))
        return &s.address;
    if (field == QLatin1String("phone"))
        return &s.phone;
    if (field == QLatin1String("hours"))
        return &s.hours;
    if (field == QLatin1String("website"))
        return &s.website;
    return nullptr;
}

QStringList listOf(const QCborValue& v) {
    QStringList out;
    for (const QCborValue& item : v.toArray())
        if (item.isString())
            out << item.toString();
    return out;
}

} // namespace

SiteService::SiteService(records::RecordStore& store, storage::Database& db)
    : m_store(store)
    , m_db(db) {}

QString SiteService::recordIdFor(const QString& siteId) {
    return Ids::fromBytes(crypto::Hash::blake2b(QByteArrayLiteral("corridor/site/") + siteId.toUtf8(), 16));
}

records::FieldMap SiteService::toFields(const Site& site) {
    records::FieldMap f;
    f.insert(QStringLiteral("site_id"), site.id);
    Site copy = site;
    for (const char* name : TextFields)
        f.insert(QString::fromLatin1(name), *textMember(copy, QString::fromLatin1(name)));
    QCborArray languages;
    for (const QString& l : site.languages)
        languages.append(l);
    f.insert(QStringLiteral("languages"), languages);
    QCborArray services;
    for (const QString& l : site.services)
        services.append(l);
    f.insert(QStringLiteral("services"), services);
    return f;
}

Site SiteService::applyFields(Site site, const records::FieldMap& fields) {
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (QString* member = textMember(site, it.key()); member && it.value().isString())
            *member = it.value().toString();
        else if (it.key() == QLatin1String("languages") && it.value().isArray())
            site.languages = listOf(it.value());
        else if (it.key() == QLatin1String("services") && it.value().isArray())
            site.services = listOf(it.value());
    }
    return site;
}

Result<QList<Site>> SiteService::all() {
    auto builtIn = SiteDirectory::builtIn();
    if (!builtIn.ok())
        return builtIn.error();
    QList<Site> out = *builtIn;
    auto st = m_db.prepare("SELECT site_id, fields FROM sites ORDER BY rowid");
    if (!st.ok())
        return st.error();
    for (;;) {
        auto row = st->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const QString id = st->text(0);
        const records::FieldMap fields = records::FieldMapCodec::decode(st->blob(1));
        auto known = std::find_if(out.begin(), out.end(), [&](const Site& s) { return s.id == id; });
        if (known != out.end()) {
            *known = applyFields(*known, fields);
            known->source = Site::Source::Edited;
        } else {
            Site added;
            added.id = id;
            added = applyFields(added, fields);
            added.source = Site::Source::Added;
            if (!added.name.isEmpty() && !added.org.isEmpty())
                out << added;
        }
    }
    return out;
}

Result<Site> SiteService::find(const QString& id) {
    return SiteDirectory::findIn(all(), id);
}

Status SiteService::check(const Site& site) const {
    if (m_actor.userId.isEmpty())
        return Error(ErrorCode::Locked, tr("Sign in first."));
    if (!m_actor.canReadCases())
        return Error(ErrorCode::PermissionDenied, tr("Your role (trainer) does not edit the site directory."));
    if (site.name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("A site needs a name."));
    static const QRegularExpression orgCode(QStringLiteral("^[A-Z][A-Z0-9-]{1,11}$"));
    if (!orgCode.match(site.org).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     tr("The organisation is a short code in capitals (CRC, LRC, MRCS, TRCS, or another, e.g. IOM)."));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(site.country).hasMatch())
        return Error(ErrorCode::InvalidInput, tr("The country is a two-letter code (KH, LA, MM, TH, …)."));
    for (const QString& l : site.languages)
        if (!QRegularExpression(QStringLiteral("^[a-z]{2,3}$")).match(l).hasMatch())
            return Error(ErrorCode::InvalidInput, tr("“%1” is not a language code (km, lo, th, my, en, …).").arg(l));
    for (const QString& text : {site.name, site.localName, site.address, site.phone, site.hours, site.website})
        if (text.size() > 300)
            return Error(ErrorCode::InvalidInput, tr("A field of the site is longer than %1 characters.").arg(300));
    if (site.languages.size() > 10 || site.services.size() > 20)
        return Error(ErrorCode::InvalidInput, tr("Too many languages or services for one site."));
    return success();
}

Result<Site> SiteService::save(const Site& site) {
    CORRIDOR_TRY(check(site));
    auto written = m_store.write(QString::fromLatin1(RecordType), recordIdFor(site.id), toFields(site));
    if (!written.ok())
        return written.error();
    return find(site.id);
}

Result<Site> SiteService::add(const Site& site) {
    Site copy = site;
    copy.id = QStringLiteral("site-") + Ids::newId().left(8);
    return save(copy);
}

Result<Site> SiteService::edit(const Site& site) {
    auto existing = find(site.id);
    if (!existing.ok())
        return existing.error();
    return save(site);
}

QString SiteProjection::recordType() const {
    return QString::fromLatin1(SiteService::RecordType);
}

Status SiteProjection::project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                               quint64 hlc) {
    const QString siteId = fields.value(QStringLiteral("site_id")).toString();
    if (siteId.isEmpty() || SiteService::recordIdFor(siteId) != recordId)
        return success(); // not a site this device can place; kept as a record only
    return storage::upsert(db, "UPDATE sites SET site_id = ?2, fields = ?3, updated_at = ?4 WHERE record_id = ?1",
                           "INSERT INTO sites(record_id, site_id, fields, updated_at) VALUES (?1, ?2, ?3, ?4)",
                           [&](storage::Statement& st) {
                               st.bind(1, recordId)
                                   .bind(2, siteId)
                                   .bind(3, records::FieldMapCodec::encode(fields))
                                   .bind(4, records::HlcClock::physicalMs(hlc));
                           });
}

Status SiteProjection::remove(storage::Database& db, const QString& recordId) {
    auto st = db.prepare("DELETE FROM sites WHERE record_id = ?1");
    if (!st.ok())
        return st.error();
    st->bind(1, recordId);
    return st->run();
}

} // namespace corridor::referrals

#pragma once

#include "core/base/Result.h"
#include "core/records/Actor.h"
#include "core/records/Changeset.h"
#include "core/records/RecordProjection.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}

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
    QStringList services; // free words: "ART", "HIV testing", "passports", …

    // Where the entry comes from: the built-in directory, the built-in one edited by a
    // user of this branch, or added by one.
    enum class Source { BuiltIn, Edited, Added };
    Source source = Source::BuiltIn;
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
    // The site with this id in a list (built-in, or as a branch keeps it).
    [[nodiscard]] static Result<Site> findIn(const Result<QList<Site>>& sites, const QString& id);
};

// Sites as synced records: a user edits a built-in site (the record carries only what the
// user saved, laid over the built-in entry) or adds one; the edits travel in bundles like
// any record, so the whole branch sees the same phone number. Record ids come from the
// site id, so two people editing the same site merge field by field.
class SiteService {
    Q_DECLARE_TR_FUNCTIONS(SiteService)
public:
    static constexpr const char* RecordType = "site";

    SiteService(records::RecordStore& store, storage::Database& db);
    void setActor(const records::Actor& actor) { m_actor = actor; }

    [[nodiscard]] Result<QList<Site>> all();
    [[nodiscard]] Result<Site> find(const QString& id);
    // A new site: a fresh id is given (site.id is ignored). Returns it as stored.
    [[nodiscard]] Result<Site> add(const Site& site);
    // Saves the site with this id (built-in or added) as the user corrected it.
    [[nodiscard]] Result<Site> edit(const Site& site);

    static QString recordIdFor(const QString& siteId);
    static records::FieldMap toFields(const Site& site);
    static Site applyFields(Site site, const records::FieldMap& fields);

private:
    [[nodiscard]] Status check(const Site& site) const;
    [[nodiscard]] Result<Site> save(const Site& site);

    records::RecordStore& m_store;
    storage::Database& m_db;
    records::Actor m_actor;
};

// Keeps the sites table (site id → the record's fields) in step with site records.
class SiteProjection final : public records::RecordProjection {
public:
    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;
};

} // namespace corridor::referrals

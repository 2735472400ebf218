// Commands about referrals: the site directory, creating referrals and following them.
#include "app/cli/CliArguments.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/referrals/ReferralService.h"
#include "core/referrals/SiteDirectory.h"
#include "core/referrals/SlipCode.h"
#include "core/render/QrTextFile.h"
#include "core/render/ReferralSlip.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace corridor::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReferralCommands)
};

QStringList split(const QString& value) {
    QStringList out;
    for (const QString& item : value.split(u',', Qt::SkipEmptyParts))
        out << item.trimmed().toLower();
    return out;
}

QJsonValue dateValue(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject siteJson(const referrals::Site& s) {
    QJsonObject o;
    o[QStringLiteral("id")] = s.id;
    o[QStringLiteral("name")] = s.name;
    o[QStringLiteral("local_name")] = s.localName;
    o[QStringLiteral("org")] = s.org;
    o[QStringLiteral("country")] = s.country;
    o[QStringLiteral("kind")] = s.kind;
    o[QStringLiteral("address")] = s.address;
    o[QStringLiteral("phone")] = s.phone;
    o[QStringLiteral("hours")] = s.hours;
    o[QStringLiteral("website")] = s.website;
    o[QStringLiteral("languages")] = QJsonArray::fromStringList(s.languages);
    o[QStringLiteral("services")] = QJsonArray::fromStringList(s.services);
    o[QStringLiteral("source")] = s.source == referrals::Site::Source::BuiltIn  ? QStringLiteral("built-in")
                                  : s.source == referrals::Site::Source::Edited ? QStringLiteral("edited")
                                                                                : QStringLiteral("added");
    return o;
}

QJsonObject referralJson(const referrals::Referral& r) {
    QJsonObject o;
    o[QStringLiteral("id")] = r.id;
    o[QStringLiteral("code")] = r.code;
    o[QStringLiteral("case")] = r.clientId;
    o[QStringLiteral("uic")] = r.uic;
    o[QStringLiteral("name")] = r.name;
    o[QStringLiteral("phone")] = r.phone;
    o[QStringLiteral("languages")] = QJsonArray::fromStringList(r.languages);
    o[QStringLiteral("reasons")] = QJsonArray::fromStringList(r.reasons);
    o[QStringLiteral("regimen")] = r.regimen;
    o[QStringLiteral("last_dispense")] = dateValue(r.lastDispense);
    o[QStringLiteral("days_supplied")] = r.daysSupplied;
    o[QStringLiteral("travel_date")] = dateValue(r.travelDate);
    o[QStringLiteral("visit_before")] = dateValue(r.visitBefore);
    o[QStringLiteral("from_org")] = r.fromOrg;
    o[QStringLiteral("to_org")] = r.toOrg;
    o[QStringLiteral("to_site")] = r.toSite;
    o[QStringLiteral("sender")] = r.senderName;
    o[QStringLiteral("sender_contact")] = r.senderContact;
    o[QStringLiteral("from_branch")] = r.fromBranch;
    o[QStringLiteral("to_contact")] = r.toContact;
    o[QStringLiteral("viral_load_date")] = dateValue(r.viralLoadDate);
    o[QStringLiteral("viral_load_result")] = r.viralLoadResult;
    o[QStringLiteral("consent_to_share")] = r.consentToShare;
    o[QStringLiteral("slip_languages")] = QJsonArray::fromStringList(r.slipLanguages);
    o[QStringLiteral("created")] = dateValue(r.createdOn);
    o[QStringLiteral("status")] = r.status;
    return o;
}

// The slip of a referral, with its QR code if this laptop holds a key of the receiving side
// (else a warning, and a slip that says to type the code).
Result<render::SlipContent> slipContent(CliContext& ctx, session::Session& session, const referrals::Referral& r,
                                        const QString& langs, bool clinicianPage) {
    auto code = session.slips().codeFor(r);
    if (!code.ok())
        ctx.warn(code.error().message());
    auto site = session.sites().find(r.toSite);
    return render::ReferralSlip::contentFor(r, site.ok() ? *site : referrals::Site{}, code.ok() ? *code : QString(),
                                            session::Organisations::name(r.fromOrg), split(langs), clinicianPage);
}

} // namespace

int runSite(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("country"), QStringLiteral("name"), QStringLiteral("local-name"),
                  QStringLiteral("org"), QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("phone"),
                  QStringLiteral("hours"), QStringLiteral("website"), QStringLiteral("languages"),
                  QStringLiteral("services")},
                 &error))
        return ctx.usage(error);
    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        const bool add = sub == QLatin1String("add");
        if (add ? (!a.positional().isEmpty() || !a.has(QStringLiteral("name")) || !a.has(QStringLiteral("org")) ||
                   !a.has(QStringLiteral("country")))
                : a.positional().size() != 1)
            return ctx.usage(Text::tr("site add --name NAME --org CODE --country CC [--local-name N] [--kind K] "
                                      "[--address A] [--phone P] [--hours H] [--website W] [--languages th,en] "
                                      "[--services S,S];  site edit SITE_ID [the same options]"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        referrals::Site site;
        if (!add) {
            auto existing = (*session)->sites().find(a.positional().first());
            if (!existing.ok())
                return ctx.fail(existing.error());
            site = *existing;
        }
        // Only the options given change; an empty value clears a field.
        const auto set = [&](const char* option, QString* field) {
            if (a.has(QString::fromLatin1(option)))
                *field = a.value(QString::fromLatin1(option))->trimmed();
        };
        set("name", &site.name);
        set("local-name", &site.localName);
        set("kind", &site.kind);
        set("address", &site.address);
        set("phone", &site.phone);
        set("hours", &site.hours);
        set("website", &site.website);
        if (a.has(QStringLiteral("org")))
            site.org = a.value(QStringLiteral("org"))->trimmed().toUpper();
        if (a.has(QStringLiteral("country")))
            site.country = a.value(QStringLiteral("country"))->trimmed().toUpper();
        if (a.has(QStringLiteral("languages")))
            site.languages = split(*a.value(QStringLiteral("languages")));
        if (a.has(QStringLiteral("services"))) {
            site.services.clear();
            for (const QString& service : a.value(QStringLiteral("services"))->split(u',', Qt::SkipEmptyParts))
                site.services << service.trimmed();
        }
        auto saved = add ? (*session)->sites().add(site) : (*session)->sites().edit(site);
        if (!saved.ok())
            return ctx.fail(saved.error());
        if (a.flag(QStringLiteral("json")))
            ctx.json(siteJson(*saved));
        else
            ctx.out(saved->id);
        return ExitOk;
    }
    if (sub != QLatin1String("list"))
        return ctx.usage(Text::tr("site list [--country KH|LA|MM|TH] [--json];  site add …;  site edit SITE_ID …"));
    // With a vault, the directory as this branch has edited it; without one (or if it cannot
    // be opened), the built-in directory.
    Result<QList<referrals::Site>> sites = referrals::SiteDirectory::builtIn();
    if (storage::Vault::exists(ctx.vaultFolder())) {
        auto session = ctx.openSession();
        if (session.ok())
            sites = (*session)->sites().all();
        else
            ctx.warn(Text::tr("Showing the built-in directory only: %1").arg(session.error().message()));
    }
    if (!sites.ok())
        return ctx.fail(sites.error());
    const QString country = a.valueOr(QStringLiteral("country"), QString()).toUpper();
    QJsonArray array;
    for (const referrals::Site& s : *sites) {
        if (!country.isEmpty() && s.country != country)
            continue;
        if (a.flag(QStringLiteral("json")))
            array.append(siteJson(s));
        else
            ctx.out(QStringLiteral("%1  %2  %3  %4")
                        .arg(s.id.leftJustified(22), s.org.leftJustified(5), s.country, s.name));
    }
    if (a.flag(QStringLiteral("json")))
        ctx.json(array);
    return ExitOk;
}

int runReferral(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json"), QStringLiteral("clinician-page"), QStringLiteral("a4"),
                                 QStringLiteral("overdue")});
    QString error;
    if (!a.parse({QStringLiteral("case"), QStringLiteral("to-site"), QStringLiteral("reason"),
                  QStringLiteral("visit-before"), QStringLiteral("travel-date"), QStringLiteral("langs"),
                  QStringLiteral("regimen"), QStringLiteral("last-dispense"), QStringLiteral("days-supplied"),
                  QStringLiteral("note"), QStringLiteral("sender-contact"), QStringLiteral("to-contact"),
                  QStringLiteral("viral-load-date"), QStringLiteral("viral-load-result"), QStringLiteral("pdf"),
                  QStringLiteral("png")},
                 &error))
        return ctx.usage(error);
    const auto date = [&](const char* option, QDate* out) -> bool {
        const QString text = a.valueOr(QString::fromLatin1(option), QString());
        if (text.isEmpty())
            return true;
        *out = QDate::fromString(text, Qt::ISODate);
        return out->isValid();
    };
    if (sub == QLatin1String("create")) {
        if (!a.has(QStringLiteral("case")) || !a.has(QStringLiteral("to-site")) || !a.has(QStringLiteral("reason")))
            return ctx.usage(Text::tr("referral create --case ID --to-site SITE_ID --reason "
                                      "art|testing|pss|documents|other [--visit-before YYYY-MM-DD] [--langs th,lo]"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto id = (*session)->cases().resolveClientId(*a.value(QStringLiteral("case")));
        if (!id.ok())
            return ctx.fail(id.error());
        referrals::ReferralService::Request request;
        request.clientId = *id;
        request.toSite = *a.value(QStringLiteral("to-site"));
        request.reasons = split(*a.value(QStringLiteral("reason")));
        request.slipLanguages = split(a.valueOr(QStringLiteral("langs"), QString()));
        request.regimen = a.valueOr(QStringLiteral("regimen"), QString());
        request.senderContact = a.valueOr(QStringLiteral("sender-contact"), QString());
        request.toContact = a.valueOr(QStringLiteral("to-contact"), QString());
        request.viralLoadResult = a.valueOr(QStringLiteral("viral-load-result"), QString());
        if (!date("visit-before", &request.visitBefore) || !date("travel-date", &request.travelDate) ||
            !date("last-dispense", &request.lastDispense) || !date("viral-load-date", &request.viralLoadDate))
            return ctx.fail(Text::tr("dates are written YYYY-MM-DD"));
        bool ok = true;
        request.daysSupplied = a.valueOr(QStringLiteral("days-supplied"), QStringLiteral("0")).toInt(&ok);
        if (!ok)
            return ctx.fail(Text::tr("--days-supplied takes a number of days"));
        auto created = (*session)->referrals().create(request);
        if (!created.ok())
            return ctx.fail(created.error());
        ctx.out(created->code);
        return ExitOk;
    }
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto& service = (*session)->referrals();
    if (sub == QLatin1String("list")) {
        auto all = service.list();
        if (!all.ok())
            return ctx.fail(all.error());
        QJsonArray array;
        const QDate today = (*session)->clock().today();
        for (const referrals::Referral& r : *all) {
            if (a.flag(QStringLiteral("overdue")) && !r.overdue(today))
                continue;
            const referrals::Referral::NextStep next = r.nextStep();
            if (a.flag(QStringLiteral("json"))) {
                QJsonObject o = referralJson(r);
                o[QStringLiteral("next_step")] = next.event;
                o[QStringLiteral("next_step_due")] = dateValue(next.due);
                o[QStringLiteral("overdue")] = r.overdue(today);
                array.append(o);
            } else {
                ctx.out(QStringLiteral("%1  %2  %3 → %4  %5%6")
                            .arg(r.code, r.status.leftJustified(9), r.fromOrg, r.toSite, r.uic,
                                 r.overdue(today)
                                     ? QStringLiteral("  ") +
                                           Text::tr("overdue: %1 by %2").arg(next.event, next.due.toString(Qt::ISODate))
                                     : QString()));
            }
        }
        if (a.flag(QStringLiteral("json")))
            ctx.json(array);
        return ExitOk;
    }
    if (sub == QLatin1String("show")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("referral show CODE [--json]"));
        auto r = service.byCode(a.positional().first());
        if (!r.ok())
            return ctx.fail(r.error());
        QJsonObject o = referralJson(*r);
        auto events = service.events(r->id);
        if (!events.ok())
            return ctx.fail(events.error());
        QJsonArray timeline;
        for (const referrals::ReferralEvent& e : *events) {
            QJsonObject item;
            item[QStringLiteral("event")] = e.event;
            item[QStringLiteral("date")] = dateValue(e.date);
            item[QStringLiteral("by")] = e.by;
            item[QStringLiteral("org")] = e.org;
            item[QStringLiteral("note")] = e.note;
            timeline.append(item);
        }
        o[QStringLiteral("events")] = timeline;
        if (a.flag(QStringLiteral("json"))) {
            ctx.json(o);
        } else {
            ctx.out(QStringLiteral("%1  %2 → %3  %4").arg(r->code, r->fromOrg, r->toSite, r->status));
            for (const referrals::ReferralEvent& e : *events)
                ctx.out(QStringLiteral("  %1  %2  %3 (%4)  %5")
                            .arg(e.date.toString(Qt::ISODate), e.event.leftJustified(9), e.by, e.org, e.note));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("status")) {
        if (a.positional().size() != 2)
            return ctx.usage(Text::tr("referral status CODE sent|received|arrived|linked|closed|declined|lost "
                                      "[--note TEXT]"));
        auto done = service.addEvent(a.positional().at(0), a.positional().at(1).toLower(),
                                     a.valueOr(QStringLiteral("note"), QString()));
        return done.ok() ? ExitOk : ctx.fail(done.error());
    }
    if (sub == QLatin1String("slip")) {
        if (a.positional().size() != 1 || (!a.has(QStringLiteral("pdf")) && !a.has(QStringLiteral("png"))))
            return ctx.usage(Text::tr("referral slip CODE [--pdf FILE] [--png FILE] [--langs th,lo] "
                                      "[--clinician-page] [--a4]"));
        auto r = service.byCode(a.positional().first());
        if (!r.ok())
            return ctx.fail(r.error());
        auto content = slipContent(ctx, **session, *r, a.valueOr(QStringLiteral("langs"), QString()),
                                   a.flag(QStringLiteral("clinician-page")));
        if (!content.ok())
            return ctx.fail(content.error());
        if (a.has(QStringLiteral("pdf"))) {
            const QString path = *a.value(QStringLiteral("pdf"));
            auto written = render::ReferralSlip::writePdf(
                path, *content,
                a.flag(QStringLiteral("a4")) ? render::ReferralSlip::PageSize::A4 : render::ReferralSlip::PageSize::A5);
            if (!written.ok())
                return ctx.fail(written.error());
            ctx.out(path);
        }
        if (a.has(QStringLiteral("png"))) {
            const QString path = *a.value(QStringLiteral("png"));
            auto written = render::ReferralSlip::writePng(path, *content);
            if (!written.ok())
                return ctx.fail(written.error());
            ctx.out(path);
        }
        (void)(*session)->audit().record(QStringLiteral("print"), QString::fromLatin1(referrals::Referral::RecordType),
                                         r->id, content->languages.join(u','));
        return ExitOk;
    }
    if (sub == QLatin1String("scan")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("referral scan IMAGE [--json]"));
        auto codes = render::QrTextFile::codesInPicture(a.positional().first());
        if (!codes.ok())
            return ctx.fail(codes.error());
        auto slipText = referrals::SlipCode::pick(*codes);
        if (!slipText.ok())
            return ctx.fail(slipText.error());
        auto scanned = (*session)->slips().scan(*slipText);
        if (!scanned.ok())
            return ctx.fail(scanned.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonObject o = referralJson(scanned->referral);
            o[QStringLiteral("created_here")] = scanned->created;
            o[QStringLiteral("received_recorded")] = scanned->receivedRecorded;
            ctx.json(o);
        } else {
            ctx.out(QStringLiteral("%1  %2 → %3  %4")
                        .arg(scanned->referral.code, scanned->referral.fromOrg, scanned->referral.toSite,
                             scanned->referral.status));
            ctx.warn(scanned->created ? Text::tr("New referral added from the slip.")
                                      : Text::tr("This referral was already on this laptop; nothing was duplicated."));
        }
        return ExitOk;
    }
    return ctx.usage(Text::tr("referral create|list|show|status|slip|scan"));
}

} // namespace corridor::cli

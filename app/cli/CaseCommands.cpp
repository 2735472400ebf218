// Commands about case files: clients, contacts, follow-ups and synthetic demo data.
#include "app/cli/CliArguments.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"

#include "core/cases/DemoData.h"
#include "core/cases/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace corridor::cli {
namespace {

using cases::Vocabulary;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseCommands)
};

const QSet<QString> ClientOptions = {QStringLiteral("uic"),
                                     QStringLiteral("name"),
                                     QStringLiteral("sex"),
                                     QStringLiteral("birth-year"),
                                     QStringLiteral("age-band"),
                                     QStringLiteral("nationality"),
                                     QStringLiteral("languages"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("origin-country"),
                                     QStringLiteral("origin-province"),
                                     QStringLiteral("location"),
                                     QStringLiteral("destination"),
                                     QStringLiteral("migration-status"),
                                     QStringLiteral("occupation"),
                                     QStringLiteral("hiv-status"),
                                     QStringLiteral("on-art"),
                                     QStringLiteral("art-site"),
                                     QStringLiteral("consent"),
                                     QStringLiteral("consent-date"),
                                     QStringLiteral("status"),
                                     QStringLiteral("notes")};

QStringList listValue(const QString& value) {
    QStringList out;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

// Applies --options to a case file. Empty values clear optional fields.
bool applyClientOptions(const CliArguments& a, cases::Client& c, const QDate& today, QString* error) {
    const auto text = [&a](const char* option, QString& field) {
        if (const auto v = a.value(QString::fromLatin1(option)))
            field = v->trimmed();
    };
    text("uic", c.uic);
    text("name", c.name);
    text("sex", c.sex);
    text("age-band", c.ageBand);
    text("phone", c.phone);
    text("origin-province", c.originProvince);
    text("location", c.currentLocation);
    text("destination", c.destination);
    text("migration-status", c.migrationStatus);
    text("occupation", c.occupation);
    text("hiv-status", c.hivStatus);
    text("art-site", c.artSite);
    text("status", c.caseStatus);
    text("notes", c.notes);
    if (const auto v = a.value(QStringLiteral("nationality")))
        c.nationality = v->trimmed().toUpper();
    if (const auto v = a.value(QStringLiteral("origin-country")))
        c.originCountry = v->trimmed().toUpper();
    if (const auto v = a.value(QStringLiteral("languages")))
        c.languages = listValue(*v);
    if (const auto v = a.value(QStringLiteral("birth-year"))) {
        if (v->isEmpty()) {
            c.birthYear.reset();
        } else {
            bool ok = false;
            const int year = v->toInt(&ok);
            if (!ok) {
                *error = Text::tr("--birth-year takes a year such as 1990");
                return false;
            }
            c.birthYear = year;
        }
    }
    if (const auto v = a.value(QStringLiteral("on-art"))) {
        if (*v != QLatin1String("yes") && *v != QLatin1String("no")) {
            *error = Text::tr("--on-art takes yes or no");
            return false;
        }
        c.onArt = *v == QLatin1String("yes");
    }
    if (const auto v = a.value(QStringLiteral("consent"))) {
        const QStringList uses = listValue(*v);
        for (const QString& use : uses) {
            if (use != QLatin1String("keep") && use != QLatin1String("contact") &&
                use != QLatin1String("share-partner") && use != QLatin1String("none")) {
                *error = Text::tr("--consent takes a list of keep, contact and share-partner (or none)");
                return false;
            }
        }
        c.consent.keepRecords = uses.contains(QStringLiteral("keep"));
        c.consent.contactByPhone = uses.contains(QStringLiteral("contact"));
        c.consent.shareWithPartner = uses.contains(QStringLiteral("share-partner"));
        if (!c.consent.date.isValid() && !uses.contains(QStringLiteral("none")) && !uses.isEmpty())
            c.consent.date = today;
    }
    if (const auto v = a.value(QStringLiteral("consent-date"))) {
        c.consent.date = QDate::fromString(*v, Qt::ISODate);
        if (!v->isEmpty() && !c.consent.date.isValid()) {
            *error = Text::tr("--consent-date takes a date as YYYY-MM-DD");
            return false;
        }
    }
    return true;
}

void printClient(const CliContext& ctx, const cases::Client& c) {
    const auto line = [&ctx](const QString& label, const QString& value) {
        if (!value.isEmpty())
            ctx.out(QStringLiteral("%1: %2").arg(label, value));
    };
    line(Text::tr("id"), c.id);
    line(Text::tr("UIC"), c.uic);
    line(Text::tr("name"), c.name);
    line(Text::tr("sex"), Vocabulary::label(Vocabulary::List::Sex, c.sex));
    line(Text::tr("birth year"), c.birthYear ? QString::number(*c.birthYear) : QString());
    line(Text::tr("age band"), c.ageBand);
    line(Text::tr("nationality"),
         c.nationality.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::Country, c.nationality));
    line(Text::tr("languages"), c.languages.join(QStringLiteral(", ")));
    line(Text::tr("phone"), c.phone);
    QStringList origin{c.originProvince, c.originCountry};
    origin.removeAll(QString());
    line(Text::tr("origin"), origin.join(QStringLiteral(", ")));
    line(Text::tr("current location"), c.currentLocation);
    line(Text::tr("destination"), c.destination);
    line(Text::tr("migration status"), Vocabulary::label(Vocabulary::List::MigrationStatus, c.migrationStatus));
    line(Text::tr("occupation"),
         c.occupation.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::Occupation, c.occupation));
    line(Text::tr("HIV status"), Vocabulary::label(Vocabulary::List::HivStatus, c.hivStatus));
    line(Text::tr("on ART"), c.onArt ? Text::tr("yes") : QString());
    line(Text::tr("ART site"), c.artSite);
    QStringList uses;
    if (c.consent.keepRecords)
        uses << Text::tr("keep records");
    if (c.consent.contactByPhone)
        uses << Text::tr("contact by phone");
    if (c.consent.shareWithPartner)
        uses << Text::tr("share with partner National Society");
    line(Text::tr("consent"), uses.isEmpty() ? Text::tr("none recorded")
                                             : uses.join(QStringLiteral(", ")) + QStringLiteral(" (") +
                                                   c.consent.date.toString(Qt::ISODate) + u')');
    line(Text::tr("case status"), Vocabulary::label(Vocabulary::List::CaseStatus, c.caseStatus));
    line(Text::tr("notes"), c.notes);
}

int caseAdd(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse(ClientOptions, &error))
        return ctx.usage(error);
    if (!a.positional().isEmpty())
        return ctx.usage(Text::tr("case add takes only --options"));
    if (!a.has(QStringLiteral("uic")))
        return ctx.usage(Text::tr("case add needs --uic CODE"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    cases::Client c;
    if (!applyClientOptions(a, c, (*session)->clock().today(), &error))
        return ctx.fail(error);
    auto added = (*session)->cases().addClient(c);
    if (!added.ok())
        return ctx.fail(added.error());
    for (const cases::DuplicateHint& hint : added->possibleDuplicates)
        ctx.warn(Text::tr("warning: possible duplicate: %1 (case %2)").arg(hint.describe(), hint.existing.id));
    ctx.out(added->id);
    return ExitOk;
}

int caseEdit(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse(ClientOptions, &error))
        return ctx.usage(error);
    if (a.positional().size() != 1)
        return ctx.usage(Text::tr("case edit ID --field value …"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto& service = (*session)->cases();
    auto id = service.resolveClientId(a.positional().first());
    if (!id.ok())
        return ctx.fail(id.error());
    auto client = service.openClient(*id);
    if (!client.ok())
        return ctx.fail(client.error());
    if (!applyClientOptions(a, *client, (*session)->clock().today(), &error))
        return ctx.fail(error);
    auto saved = service.updateClient(*client);
    if (!saved.ok())
        return ctx.fail(saved.error());
    return ExitOk;
}

int caseList(CliContext& ctx, const QStringList& args, bool search) {
    CliArguments a(args, {QStringLiteral("json"), QStringLiteral("due")});
    QString error;
    if (!a.parse({QStringLiteral("status"), QStringLiteral("limit")}, &error))
        return ctx.usage(error);
    cases::ClientFilter filter;
    if (search) {
        if (a.positional().isEmpty())
            return ctx.usage(Text::tr("case search TEXT"));
        filter.text = a.positional().join(u' ');
    } else if (!a.positional().isEmpty()) {
        return ctx.usage(Text::tr("case list takes only --options"));
    }
    filter.caseStatus = a.valueOr(QStringLiteral("status"), QString());
    if (!filter.caseStatus.isEmpty() && !Vocabulary::contains(Vocabulary::List::CaseStatus, filter.caseStatus))
        return ctx.usage(Text::tr("--status must be active, closed or lost"));
    bool ok = true;
    filter.limit = a.valueOr(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || filter.limit < 1)
        return ctx.usage(Text::tr("--limit takes a positive number"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    if (a.flag(QStringLiteral("due")))
        filter.followUpDueBy = (*session)->clock().today();
    auto rows = (*session)->cases().listClients(filter);
    if (!rows.ok())
        return ctx.fail(rows.error());
    if (a.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const cases::ClientSummary& s : *rows)
            array.append(JsonViews::clientSummary(s));
        ctx.json(array);
        return ExitOk;
    }
    for (const cases::ClientSummary& s : *rows)
        ctx.out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(s.client.id.left(8), s.client.uic.leftJustified(12), s.client.caseStatus.leftJustified(6),
                         s.nextFollowUp.isValid() ? s.nextFollowUp.toString(Qt::ISODate) : QStringLiteral("          "),
                         s.client.name));
    if (rows->isEmpty())
        ctx.warn(search ? Text::tr("no case file matches") : Text::tr("no case files yet"));
    return ExitOk;
}

int caseShow(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {QStringLiteral("json")});
    QString error;
    if (!a.parse({}, &error))
        return ctx.usage(error);
    if (a.positional().size() != 1)
        return ctx.usage(Text::tr("case show ID"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto& service = (*session)->cases();
    auto id = service.resolveClientId(a.positional().first());
    if (!id.ok())
        return ctx.fail(id.error());
    auto client = service.openClient(*id);
    if (!client.ok())
        return ctx.fail(client.error());
    auto encounters = service.encounters(*id);
    auto followUps = service.followUps(*id, true);
    if (!encounters.ok() || !followUps.ok())
        return ctx.fail(!encounters.ok() ? encounters.error() : followUps.error());
    if (a.flag(QStringLiteral("json"))) {
        QJsonObject o = JsonViews::client(*client);
        QJsonArray e;
        for (const cases::Encounter& x : *encounters)
            e.append(JsonViews::encounter(x));
        QJsonArray f;
        for (const cases::FollowUp& x : *followUps)
            f.append(JsonViews::followUp(x));
        o[QStringLiteral("encounters")] = e;
        o[QStringLiteral("followups")] = f;
        ctx.json(o);
        return ExitOk;
    }
    printClient(ctx, *client);
    for (const cases::Encounter& e : *encounters)
        ctx.out(Text::tr("contact %1: %2 — %3")
                    .arg(e.date.toString(Qt::ISODate), Vocabulary::label(Vocabulary::List::EncounterKind, e.kind),
                         e.services.join(QStringLiteral(", "))));
    for (const cases::FollowUp& f : *followUps)
        ctx.out(Text::tr("follow-up %1: %2%3")
                    .arg(f.dueDate.toString(Qt::ISODate), f.displayReason(), f.done ? Text::tr(" (done)") : QString()));
    return ExitOk;
}

int caseHistory(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {QStringLiteral("json")});
    QString error;
    if (!a.parse({}, &error))
        return ctx.usage(error);
    if (a.positional().size() != 1)
        return ctx.usage(Text::tr("case history ID [--json]"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto& service = (*session)->cases();
    auto id = service.resolveClientId(a.positional().first());
    if (!id.ok())
        return ctx.fail(id.error());
    auto history = service.history(*id);
    if (!history.ok())
        return ctx.fail(history.error());
    auto users = (*session)->users().all();
    QHash<QString, QString> names;
    if (users.ok())
        for (const session::User& u : *users)
            names.insert(u.id, u.name);
    QJsonArray array;
    for (const records::HistoryEntry& h : *history) {
        QJsonObject o = JsonViews::historyEntry(h);
        o[QStringLiteral("user")] = names.value(h.userId);
        array.append(o);
    }
    if (a.flag(QStringLiteral("json"))) {
        ctx.json(array);
        return ExitOk;
    }
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        ctx.out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("user")).toString(),
                         o.value(QStringLiteral("device")).toString(), o.value(QStringLiteral("operation")).toString(),
                         QStringList(o.value(QStringLiteral("fields")).toObject().keys()).join(u',')));
    }
    return ExitOk;
}

int caseErase(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({QStringLiteral("reason"), QStringLiteral("second-user"), QStringLiteral("second-passphrase-file")},
                 &error))
        return ctx.usage(error);
    if (a.positional().size() != 1 || !a.has(QStringLiteral("reason")))
        return ctx.usage(Text::tr("case erase ID --reason TEXT [--second-user NAME --second-passphrase-file FILE]"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto& service = (*session)->cases();
    auto id = service.resolveClientId(a.positional().first());
    if (!id.ok())
        return ctx.fail(id.error());
    bool confirmed = false;
    if (const auto second = a.value(QStringLiteral("second-user"))) {
        if (!a.has(QStringLiteral("second-passphrase-file")))
            return ctx.usage(Text::tr("--second-user needs --second-passphrase-file"));
        auto secret = CliContext::readSecretFile(*a.value(QStringLiteral("second-passphrase-file")));
        if (!secret.ok())
            return ctx.fail(secret.error());
        auto user = (*session)->confirmUser(*second, *secret);
        if (!user.ok())
            return ctx.fail(user.error());
        confirmed = true;
    }
    auto erased = service.eraseClient(*id, *a.value(QStringLiteral("reason")), confirmed);
    if (!erased.ok())
        return ctx.fail(erased.error());
    ctx.warn(Text::tr("The case file and everything linked to it were erased here; the erasure travels with the next "
                      "bundles."));
    return ExitOk;
}

} // namespace

int runCase(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return caseAdd(ctx, rest);
    if (sub == QLatin1String("edit"))
        return caseEdit(ctx, rest);
    if (sub == QLatin1String("list"))
        return caseList(ctx, rest, false);
    if (sub == QLatin1String("search"))
        return caseList(ctx, rest, true);
    if (sub == QLatin1String("show"))
        return caseShow(ctx, rest);
    if (sub == QLatin1String("history"))
        return caseHistory(ctx, rest);
    if (sub == QLatin1String("erase"))
        return caseErase(ctx, rest);
    return ctx.usage(Text::tr("case add|edit|list|search|show|history|erase"));
}

int runEncounter(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json"), QStringLiteral("keep-followups-open")});
    QString error;
    if (sub == QLatin1String("add")) {
        if (!a.parse({QStringLiteral("case"), QStringLiteral("date"), QStringLiteral("kind"),
                      QStringLiteral("services"), QStringLiteral("notes"), QStringLiteral("next-followup")},
                     &error))
            return ctx.usage(error);
        if (!a.has(QStringLiteral("case")))
            return ctx.usage(Text::tr("encounter add needs --case ID"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto& service = (*session)->cases();
        auto id = service.resolveClientId(*a.value(QStringLiteral("case")));
        if (!id.ok())
            return ctx.fail(id.error());
        cases::Encounter e;
        e.clientId = *id;
        const QString dateText = a.valueOr(QStringLiteral("date"), (*session)->clock().today().toString(Qt::ISODate));
        e.date = QDate::fromString(dateText, Qt::ISODate);
        if (!e.date.isValid())
            return ctx.fail(Text::tr("--date takes a date as YYYY-MM-DD"));
        e.kind = a.valueOr(QStringLiteral("kind"), QStringLiteral("outreach"));
        e.services = listValue(a.valueOr(QStringLiteral("services"), QString()));
        e.notes = a.valueOr(QStringLiteral("notes"), QString());
        if (const auto next = a.value(QStringLiteral("next-followup"))) {
            e.nextFollowUp = QDate::fromString(*next, Qt::ISODate);
            if (!e.nextFollowUp.isValid())
                return ctx.fail(Text::tr("--next-followup takes a date as YYYY-MM-DD"));
        }
        auto added = service.addEncounter(e, !a.flag(QStringLiteral("keep-followups-open")));
        if (!added.ok())
            return ctx.fail(added.error());
        ctx.out(*added);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        if (!a.parse({QStringLiteral("case")}, &error))
            return ctx.usage(error);
        if (!a.has(QStringLiteral("case")))
            return ctx.usage(Text::tr("encounter list needs --case ID"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto id = (*session)->cases().resolveClientId(*a.value(QStringLiteral("case")));
        if (!id.ok())
            return ctx.fail(id.error());
        auto list = (*session)->cases().encounters(*id);
        if (!list.ok())
            return ctx.fail(list.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray array;
            for (const cases::Encounter& e : *list)
                array.append(JsonViews::encounter(e));
            ctx.json(array);
        } else {
            for (const cases::Encounter& e : *list)
                ctx.out(QStringLiteral("%1  %2  %3  %4")
                            .arg(e.id.left(8), e.date.toString(Qt::ISODate), e.kind, e.services.join(u',')));
        }
        return ExitOk;
    }
    return ctx.usage(Text::tr("encounter add|list"));
}

int runFollowUp(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json"), QStringLiteral("mine"), QStringLiteral("undo")});
    QString error;
    if (sub == QLatin1String("due")) {
        if (!a.parse({QStringLiteral("within")}, &error))
            return ctx.usage(error);
        bool ok = true;
        const int within = a.valueOr(QStringLiteral("within"), QStringLiteral("7")).toInt(&ok);
        if (!ok || within < 0 || within > 366)
            return ctx.usage(Text::tr("--within takes a number of days (0 to 366)"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        const QDate today = (*session)->clock().today();
        auto due = (*session)->cases().dueFollowUps(today.addDays(within), a.flag(QStringLiteral("mine")));
        if (!due.ok())
            return ctx.fail(due.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray array;
            for (const cases::DueFollowUp& d : *due) {
                QJsonObject o = JsonViews::followUp(d.followUp);
                o[QStringLiteral("uic")] = d.client.uic;
                o[QStringLiteral("name")] = d.client.name;
                o[QStringLiteral("phone")] = d.client.phone;
                o[QStringLiteral("overdue")] = d.followUp.dueDate < today;
                array.append(o);
            }
            ctx.json(array);
            return ExitOk;
        }
        for (const cases::DueFollowUp& d : *due)
            ctx.out(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(d.followUp.dueDate.toString(Qt::ISODate),
                             d.followUp.dueDate < today ? Text::tr("overdue") : Text::tr("due    "),
                             d.client.uic.leftJustified(12), d.client.name, d.followUp.displayReason()));
        if (due->isEmpty())
            ctx.warn(Text::tr("nothing is due in the next %1 days").arg(within));
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        if (!a.parse({QStringLiteral("case"), QStringLiteral("due"), QStringLiteral("reason")}, &error))
            return ctx.usage(error);
        if (!a.has(QStringLiteral("case")) || !a.has(QStringLiteral("due")))
            return ctx.usage(Text::tr("followup add needs --case ID --due YYYY-MM-DD"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto id = (*session)->cases().resolveClientId(*a.value(QStringLiteral("case")));
        if (!id.ok())
            return ctx.fail(id.error());
        cases::FollowUp f;
        f.clientId = *id;
        f.dueDate = QDate::fromString(*a.value(QStringLiteral("due")), Qt::ISODate);
        f.reason = a.valueOr(QStringLiteral("reason"), QString());
        auto added = (*session)->cases().addFollowUp(f);
        if (!added.ok())
            return ctx.fail(added.error());
        ctx.out(*added);
        return ExitOk;
    }
    if (sub == QLatin1String("done")) {
        if (!a.parse({QStringLiteral("date")}, &error))
            return ctx.usage(error);
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("followup done ID [--date YYYY-MM-DD] [--undo]"));
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        const QDate when = QDate::fromString(
            a.valueOr(QStringLiteral("date"), (*session)->clock().today().toString(Qt::ISODate)), Qt::ISODate);
        auto done = (*session)->cases().setFollowUpDone(a.positional().first(), !a.flag(QStringLiteral("undo")), when);
        if (!done.ok())
            return ctx.fail(done.error());
        return ExitOk;
    }
    return ctx.usage(Text::tr("followup due|add|done"));
}

int runDemo(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {});
    QString error;
    if (!a.parse({QStringLiteral("cases"), QStringLiteral("seed")}, &error))
        return ctx.usage(error);
    bool ok = true;
    const int count = a.valueOr(QStringLiteral("cases"), QStringLiteral("50")).toInt(&ok);
    if (!ok || count < 1 || count > 1000000)
        return ctx.usage(Text::tr("--cases takes a number from 1 to 1000000"));
    const quint32 seed = a.valueOr(QStringLiteral("seed"), QStringLiteral("1")).toUInt(&ok);
    if (!ok)
        return ctx.usage(Text::tr("--seed takes a number"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    if (!s.actor().canReadCases())
        return ctx.fail(Text::tr("Your role (trainer) does not give access to case files."));
    cases::DemoData generator(seed, s.clock().today(), s.actor().userId);
    const auto files = generator.generate(count);
    auto written = cases::DemoData::write(s.records(), s.db(), files, 500, [&ctx, count](int done) {
        ctx.warn(Text::tr("%1 of %2 case files written").arg(done).arg(count));
    });
    if (!written.ok())
        return ctx.fail(written.error());
    return ExitOk;
}

} // namespace corridor::cli

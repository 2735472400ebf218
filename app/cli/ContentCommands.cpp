// Commands about content: the booklet and curriculum pack, and training records.
#include "app/cli/CliArguments.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include "core/base/AtomicFile.h"
#include "core/content/ContentSource.h"
#include "core/content/PackFile.h"
#include "core/render/BookletPdf.h"
#include "core/session/Session.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace corridor::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ContentCommands)
};

constexpr qint64 MaxAttendeeFileBytes = 1024 * 1024;

// The pack this laptop shows, with the branch's phone list on the contact pages. Reading the
// vault needs its passphrase; without one (no --passphrase-file and no terminal to ask at)
// the built-in pack is shown, with a note.
Result<content::ContentPack> packInUse(CliContext& ctx, std::unique_ptr<session::Session>* keep) {
    const bool canAsk = ctx.hasPassphraseFile() || ::isatty(STDIN_FILENO);
    if (storage::Vault::exists(ctx.vaultFolder()) && canAsk) {
        auto session = ctx.openSession();
        if (!session.ok())
            return session.error();
        *keep = std::move(*session);
        return (*keep)->bookletPack();
    }
    if (storage::Vault::exists(ctx.vaultFolder()))
        ctx.warn(
            Text::tr("Showing the built-in content; give --passphrase-file to see a pack imported into the vault."));
    return content::ContentLibrary::builtIn();
}

QJsonObject languagesObject(const QMap<QString, QString>& map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o[it.key()] = it.value();
    return o;
}

QJsonObject quizJson(const content::QuizQuestion& q) {
    QJsonObject o;
    o[QStringLiteral("question")] = q.question;
    o[QStringLiteral("options")] = QJsonArray::fromStringList(q.options);
    o[QStringLiteral("answer")] = q.correct;
    o[QStringLiteral("answer_text")] = q.options.value(q.correct);
    o[QStringLiteral("why")] = q.why;
    return o;
}

QJsonArray curriculumJson(const content::ContentPack& pack, const QString& language) {
    QJsonArray modules;
    for (const content::Module& m : pack.curriculum) {
        QJsonObject mo;
        mo[QStringLiteral("id")] = m.id;
        mo[QStringLiteral("title")] = m.titleIn(language);
        mo[QStringLiteral("titles")] = languagesObject(m.title);
        QJsonArray lessons;
        for (const content::Lesson& l : m.lessons) {
            const content::LessonText text = l.in(language);
            QJsonObject lo;
            lo[QStringLiteral("id")] = l.id;
            lo[QStringLiteral("title")] = text.title;
            lo[QStringLiteral("minutes")] = l.minutes;
            lo[QStringLiteral("objectives")] = QJsonArray::fromStringList(text.objectives);
            lo[QStringLiteral("languages")] = QJsonArray::fromStringList(l.text.keys());
            lo[QStringLiteral("slides")] = int(text.slides().size());
            QJsonArray quiz;
            for (const content::QuizQuestion& q : text.quiz)
                quiz.append(quizJson(q));
            lo[QStringLiteral("quiz")] = quiz;
            lessons.append(lo);
        }
        mo[QStringLiteral("lessons")] = lessons;
        modules.append(mo);
    }
    return modules;
}

QJsonObject trainingJson(const content::TrainingSession& s) {
    QJsonObject o;
    o[QStringLiteral("id")] = s.id;
    o[QStringLiteral("modules")] = QJsonArray::fromStringList(s.modules);
    o[QStringLiteral("date")] = s.date.toString(Qt::ISODate);
    o[QStringLiteral("place")] = s.place;
    o[QStringLiteral("trainer")] = s.trainer;
    o[QStringLiteral("notes")] = s.notes;
    QJsonArray attendees;
    for (const content::Attendee& a : s.attendees) {
        QJsonObject ao;
        ao[QStringLiteral("name")] = a.name;
        ao[QStringLiteral("sex")] = a.sex;
        ao[QStringLiteral("role")] = a.role;
        ao[QStringLiteral("pre_score")] = a.preScore ? QJsonValue(*a.preScore) : QJsonValue();
        ao[QStringLiteral("post_score")] = a.postScore ? QJsonValue(*a.postScore) : QJsonValue();
        attendees.append(ao);
    }
    o[QStringLiteral("attendees")] = attendees;
    return o;
}

// "Name,sex,role,pre,post": role and scores may be left out or empty.
Result<content::Attendee> parseAttendee(const QString& line) {
    const QStringList parts = line.split(u',');
    if (parts.size() < 2 || parts.size() > 5)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("\"%1\": an attendee is NAME,SEX[,ROLE[,PRE[,POST]]]").arg(line.left(80)));
    content::Attendee a;
    a.name = parts.at(0).trimmed();
    a.sex = parts.at(1).trimmed().toLower();
    a.role = parts.value(2).trimmed().isEmpty() ? QStringLiteral("volunteer") : parts.value(2).trimmed().toLower();
    for (int i : {3, 4}) {
        const QString text = parts.value(i).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int score = text.toInt(&ok);
        if (!ok)
            return Error(ErrorCode::InvalidInput, Text::tr("\"%1\" is not a test score (0–100).").arg(text.left(20)));
        (i == 3 ? a.preScore : a.postScore) = score;
    }
    return a;
}

int contentCommand(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("lang"), QStringLiteral("pdf"), QStringLiteral("source"), QStringLiteral("out")},
                 &error))
        return ctx.usage(error);

    if (sub == QLatin1String("list")) {
        std::unique_ptr<session::Session> session;
        auto pack = packInUse(ctx, &session);
        if (!pack.ok())
            return ctx.fail(pack.error());
        QString source = QStringLiteral("built-in");
        if (session) {
            auto from = session->content().currentSource();
            if (from.ok())
                source = *from;
        }
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray sections;
            for (const content::BookletSection& s : pack->booklet) {
                QJsonObject so;
                so[QStringLiteral("id")] = s.id;
                so[QStringLiteral("title")] = s.titleIn(QStringLiteral("en"));
                so[QStringLiteral("titles")] = languagesObject(s.title);
                so[QStringLiteral("languages")] = QJsonArray::fromStringList(s.languages());
                sections.append(so);
            }
            QJsonObject po;
            po[QStringLiteral("id")] = pack->id;
            po[QStringLiteral("version")] = pack->version;
            po[QStringLiteral("publisher")] = pack->publisher;
            po[QStringLiteral("source")] = source;
            po[QStringLiteral("title")] = pack->bookletTitle.value(QStringLiteral("en"));
            po[QStringLiteral("review")] = languagesObject(pack->bookletReview);
            po[QStringLiteral("sections")] = sections;
            po[QStringLiteral("modules")] = int(pack->curriculum.size());
            po[QStringLiteral("lessons")] = pack->lessonCount();
            ctx.json(QJsonArray{po});
        } else {
            ctx.out(QStringLiteral("%1  version %2  (%3)").arg(pack->id).arg(pack->version).arg(source));
            for (const content::BookletSection& s : pack->booklet)
                ctx.out(QStringLiteral("  %1  %2  [%3]")
                            .arg(s.id.leftJustified(20), s.titleIn(QStringLiteral("en")), s.languages().join(u',')));
            ctx.out(
                Text::tr("  curriculum: %1 modules, %2 lessons").arg(pack->curriculum.size()).arg(pack->lessonCount()));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("export-booklet")) {
        if (!a.has(QStringLiteral("lang")) || !a.has(QStringLiteral("pdf")) || !a.positional().isEmpty())
            return ctx.usage(Text::tr("content export-booklet --lang km[,en] --pdf FILE"));
        auto languages = render::BookletPdf::parseLanguages(*a.value(QStringLiteral("lang")));
        if (!languages.ok())
            return ctx.fail(languages.error());
        std::unique_ptr<session::Session> session;
        auto pack = packInUse(ctx, &session);
        if (!pack.ok())
            return ctx.fail(pack.error());
        const QString path = *a.value(QStringLiteral("pdf"));
        auto written = render::BookletPdf::write(path, *pack, *languages);
        if (!written.ok())
            return ctx.fail(written.error());
        ctx.out(path);
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("content import FILE"));
        auto bytes = AtomicFile::read(a.positional().first(), content::PackFile::MaxFileBytes);
        if (!bytes.ok())
            return ctx.fail(bytes.error());
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        auto imported = (*session)->content().import(*bytes, (*session)->contentPublishers(),
                                                     (*session)->actor().userName, (*session)->clock().nowMs());
        if (!imported.ok())
            return ctx.fail(imported.error());
        ctx.out(Text::tr("Content pack version %1 imported (was %2), signed by %3.")
                    .arg(imported->version)
                    .arg(imported->previousVersion)
                    .arg(imported->publisherId));
        return ExitOk;
    }
    if (sub == QLatin1String("build")) {
        if (!a.has(QStringLiteral("source")) || !a.has(QStringLiteral("out")))
            return ctx.usage(Text::tr("content build --source FOLDER --out FILE.corridor-pack"));
        auto pack = content::ContentSource::read(*a.value(QStringLiteral("source")));
        if (!pack.ok())
            return ctx.fail(pack.error());
        auto session = ctx.openSession();
        if (!session.ok())
            return ctx.fail(session.error());
        if ((*session)->actor().role == records::Role::Volunteer)
            return ctx.fail(Text::tr("Only a coordinator or a trainer publishes content packs."));
        auto file = content::PackFile::seal(*pack, (*session)->vault().device(), (*session)->clock().nowMs());
        if (!file.ok())
            return ctx.fail(file.error());
        auto written = AtomicFile::write(*a.value(QStringLiteral("out")), *file);
        if (!written.ok())
            return ctx.fail(written.error());
        ctx.out(*a.value(QStringLiteral("out")));
        return ExitOk;
    }
    return ctx.usage(Text::tr("content list|export-booklet|import|build"));
}

} // namespace

int runContent(CliContext& ctx, const QStringList& args) {
    return contentCommand(ctx, args);
}

int runCurriculum(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("lang")}, &error))
        return ctx.usage(error);
    if (sub != QLatin1String("list"))
        return ctx.usage(Text::tr("curriculum list [--json] [--lang km]"));
    const QString language = a.valueOr(QStringLiteral("lang"), QStringLiteral("en")).toLower();
    if (!content::packLanguages().contains(language))
        return ctx.usage(Text::tr("--lang is one of en, km, lo, my, th"));
    std::unique_ptr<session::Session> session;
    auto pack = packInUse(ctx, &session);
    if (!pack.ok())
        return ctx.fail(pack.error());
    if (a.flag(QStringLiteral("json"))) {
        ctx.json(curriculumJson(*pack, language));
        return ExitOk;
    }
    for (const content::Module& m : pack->curriculum) {
        ctx.out(QStringLiteral("%1  %2").arg(m.id, m.titleIn(language)));
        for (const content::Lesson& l : m.lessons)
            ctx.out(QStringLiteral("    %1  %2 min  %3")
                        .arg(l.id.leftJustified(40))
                        .arg(l.minutes)
                        .arg(l.in(language).title));
    }
    return ExitOk;
}

int runTraining(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    a.setRepeatable({QStringLiteral("attendee")});
    QString error;
    if (!a.parse({QStringLiteral("modules"), QStringLiteral("date"), QStringLiteral("place"), QStringLiteral("trainer"),
                  QStringLiteral("attendee"), QStringLiteral("attendees"), QStringLiteral("notes")},
                 &error))
        return ctx.usage(error);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("summary"))
        return ctx.usage(Text::tr("training add|list|summary"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    auto pack = s.content().current();
    if (!pack.ok())
        return ctx.fail(pack.error());
    QStringList moduleIds;
    for (const content::Module& m : pack->curriculum)
        moduleIds << m.id;

    if (sub == QLatin1String("add")) {
        if (!a.has(QStringLiteral("modules")) || !a.has(QStringLiteral("date")))
            return ctx.usage(Text::tr("training add --modules M1[,M2] --date YYYY-MM-DD --place TEXT --trainer NAME "
                                      "(--attendee NAME,SEX[,ROLE[,PRE[,POST]]] … | --attendees FILE.csv) "
                                      "[--notes TEXT]"));
        content::TrainingSession t;
        for (const QString& m : a.valueOr(QStringLiteral("modules"), QString()).split(u',', Qt::SkipEmptyParts))
            t.modules << m.trimmed();
        t.date = QDate::fromString(*a.value(QStringLiteral("date")), Qt::ISODate);
        if (!t.date.isValid())
            return ctx.fail(Text::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(*a.value(QStringLiteral("date"))));
        t.place = a.valueOr(QStringLiteral("place"), QString());
        t.trainer = a.valueOr(QStringLiteral("trainer"), s.actor().userName);
        t.notes = a.valueOr(QStringLiteral("notes"), QString());
        QStringList lines = a.values(QStringLiteral("attendee"));
        if (a.has(QStringLiteral("attendees"))) {
            auto file = AtomicFile::read(*a.value(QStringLiteral("attendees")), MaxAttendeeFileBytes);
            if (!file.ok())
                return ctx.fail(file.error());
            const QString text = QString::fromUtf8(*file);
            for (const QString& line : text.split(u'\n')) {
                const QString trimmed = line.trimmed();
                if (trimmed.isEmpty() || trimmed.startsWith(u'#') ||
                    trimmed.toLower().startsWith(QLatin1String("name,")))
                    continue;
                lines << trimmed;
            }
        }
        for (const QString& line : std::as_const(lines)) {
            auto attendee = parseAttendee(line);
            if (!attendee.ok())
                return ctx.fail(attendee.error());
            t.attendees << *attendee;
        }
        auto added = s.training().add(t, moduleIds, QDateTime::fromMSecsSinceEpoch(s.clock().nowMs()).date());
        if (!added.ok())
            return ctx.fail(added.error());
        if (a.flag(QStringLiteral("json")))
            ctx.json(trainingJson(*added));
        else
            ctx.out(added->id);
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        auto all = s.training().all();
        if (!all.ok())
            return ctx.fail(all.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray out;
            for (const content::TrainingSession& t : *all)
                out.append(trainingJson(t));
            ctx.json(out);
        } else {
            for (const content::TrainingSession& t : *all)
                ctx.out(QStringLiteral("%1  %2  %3  %4  %5 people")
                            .arg(t.date.toString(Qt::ISODate), t.place, t.trainer, t.modules.join(u','))
                            .arg(t.attendees.size()));
        }
        return ExitOk;
    }
    auto summary = s.training().summary(moduleIds);
    if (!summary.ok())
        return ctx.fail(summary.error());
    if (a.flag(QStringLiteral("json"))) {
        QJsonArray out;
        for (const content::TrainingSummaryRow& r : *summary) {
            QJsonObject o;
            o[QStringLiteral("module")] = r.module;
            o[QStringLiteral("title")] =
                pack->module(r.module) ? pack->module(r.module)->titleIn(QStringLiteral("en")) : QString();
            o[QStringLiteral("sessions")] = r.sessions;
            o[QStringLiteral("people")] = r.people;
            o[QStringLiteral("female")] = r.female;
            o[QStringLiteral("male")] = r.male;
            o[QStringLiteral("other")] = r.other;
            o[QStringLiteral("mean_pre_score")] = r.meanPre ? QJsonValue(*r.meanPre) : QJsonValue();
            o[QStringLiteral("mean_post_score")] = r.meanPost ? QJsonValue(*r.meanPost) : QJsonValue();
            out.append(o);
        }
        ctx.json(out);
    } else {
        for (const content::TrainingSummaryRow& r : *summary)
            ctx.out(Text::tr("%1  %2 sessions  %3 people (%4 female, %5 male, %6 other)")
                        .arg(r.module.leftJustified(24))
                        .arg(r.sessions)
                        .arg(r.people)
                        .arg(r.female)
                        .arg(r.male)
                        .arg(r.other));
    }
    return ExitOk;
}

} // namespace corridor::cli

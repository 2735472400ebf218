#include "core/content/ContentPack.h"

#include "core/base/Cbor.h"
#include "core/content/LessonMarkdown.h"

#include <QCborArray>
#include <QCborMap>
#include <QRegularExpression>

namespace corridor::content {

namespace {

constexpr int MaxSections = 200;
constexpr int MaxModules = 100;
constexpr int MaxLessons = 100;
constexpr int MaxMinutes = 24 * 60;

QString languageName(const QString& code) {
    if (code == QLatin1String("en"))
        return ContentPack::tr("English");
    if (code == QLatin1String("km"))
        return ContentPack::tr("Khmer");
    if (code == QLatin1String("lo"))
        return ContentPack::tr("Lao");
    if (code == QLatin1String("my"))
        return ContentPack::tr("Myanmar");
    if (code == QLatin1String("th"))
        return ContentPack::tr("Thai");
    return code;
}

bool isId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

// Removes a "{{directory: Heading}}" line from a section's Markdown and gives its heading.
QString takeDirectoryLine(const QString& body, QString* heading) {
    static const QRegularExpression line(QStringLiteral("^\\{\\{directory:\\s*(.*?)\\s*\\}\\}\\s*$"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(body);
    if (!match.hasMatch())
        return body;
    *heading = match.captured(1);
    QString rest = body;
    rest.remove(match.capturedStart(), match.capturedLength());
    return rest.trimmed() + u'\n';
}

// Markdown special characters in a user-typed directory field are shown as typed.
QString escapedMarkdown(QString text) {
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>#|])"));
    return text.replace(special, QStringLiteral("\\\\1")).simplified();
}

QCborMap files(const QMap<QString, QString>& markdown) {
    QCborMap map;
    for (auto it = markdown.begin(); it != markdown.end(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

Error malformed(const QString& what) {
    return Error(ErrorCode::Corrupt, ContentPack::tr("The content pack is malformed: %1.").arg(what));
}

Result<QString> textAt(const QCborMap& map, const char* key, bool required = true) {
    const QCborValue value = map.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isUndefined() && !required)
        return QString();
    return malformed(ContentPack::tr("\"%1\" is missing or not text").arg(QLatin1String(key)));
}

Result<QString> idAt(const QCborMap& map) {
    auto id = textAt(map, "id");
    CORRIDOR_TRY(id);
    if (!isId(*id))
        return malformed(ContentPack::tr("\"%1\" is not a valid id").arg(id->left(64)));
    return id;
}

Result<QMap<QString, QString>> languageMap(const QCborValue& value, const char* what) {
    if (!value.isMap())
        return malformed(ContentPack::tr("\"%1\" is not a map of languages").arg(QLatin1String(what)));
    QMap<QString, QString> out;
    const QStringList known = packLanguages();
    for (auto it = value.toMap().constBegin(); it != value.toMap().constEnd(); ++it) {
        if (!it.key().isString() || !it.value().isString() || !known.contains(it.key().toString()))
            return malformed(ContentPack::tr("\"%1\" has an entry that is not one of the languages en, km, lo, my, th")
                                 .arg(QLatin1String(what)));
        out.insert(it.key().toString(), it.value().toString());
    }
    return out;
}

Result<QCborArray> arrayAt(const QCborMap& map, const char* key, int maxItems) {
    const QCborValue value = map.value(QLatin1String(key));
    if (!value.isArray())
        return malformed(ContentPack::tr("\"%1\" is missing or not a list").arg(QLatin1String(key)));
    if (value.toArray().size() > maxItems)
        return Error(ErrorCode::LimitExceeded, ContentPack::tr("The content pack has more than %1 entries in \"%2\".")
                                                   .arg(maxItems)
                                                   .arg(QLatin1String(key)));
    return value.toArray();
}

QString firstLanguageIn(const QMap<QString, QString>& values, const QString& language) {
    if (!values.value(language).isEmpty())
        return values.value(language);
    return values.value(QStringLiteral("en"));
}

} // namespace

QStringList packLanguages() {
    return {QStringLiteral("en"), QStringLiteral("km"), QStringLiteral("lo"), QStringLiteral("my"),
            QStringLiteral("th")};
}

LessonText LessonText::mergedOver(const LessonText& fallback) const {
    LessonText out = *this;
    if (out.title.isEmpty())
        out.title = fallback.title;
    if (out.objectives.isEmpty())
        out.objectives = fallback.objectives;
    if (out.facilitatorNotes.isEmpty())
        out.facilitatorNotes = fallback.facilitatorNotes;
    if (out.participantContent.isEmpty())
        out.participantContent = fallback.participantContent;
    if (out.quiz.isEmpty())
        out.quiz = fallback.quiz;
    return out;
}

QStringList LessonText::slides() const {
    QStringList slides;
    QStringList current;
    for (const QString& line : participantContent.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("### ")) && !QStringView(current.join(QString())).trimmed().isEmpty()) {
            slides << current.join(QLatin1Char('\n')).trimmed();
            current.clear();
        }
        current << line;
    }
    if (!QStringView(current.join(QString())).trimmed().isEmpty())
        slides << current.join(QLatin1Char('\n')).trimmed();
    return slides;
}

LessonText Lesson::in(const QString& language) const {
    const LessonText english = text.value(QStringLiteral("en"));
    if (language == QLatin1String("en") || !text.contains(language))
        return english;
    return text.value(language).mergedOver(english);
}

QString Module::titleIn(const QString& language) const {
    return firstLanguageIn(title, language);
}

QString BookletSection::titleIn(const QString& language) const {
    return firstLanguageIn(title, language);
}

QByteArray ContentPack::encode() const {
    QCborArray sections;
    for (const BookletSection& s : booklet)
        sections.append(QCborMap{{QStringLiteral("id"), s.id}, {QStringLiteral("files"), files(s.markdown)}});
    QCborArray modules;
    for (const Module& m : curriculum) {
        QCborArray lessons;
        for (const Lesson& l : m.lessons)
            lessons.append(QCborMap{{QStringLiteral("id"), l.id},
                                    {QStringLiteral("minutes"), l.minutes},
                                    {QStringLiteral("files"), files(l.markdown)}});
        modules.append(QCborMap{{QStringLiteral("id"), m.id},
                                {QStringLiteral("files"), files(m.markdown)},
                                {QStringLiteral("lessons"), lessons}});
    }
    const QCborMap pack{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("publisher"), publisher},
        {QStringLiteral("booklet"), QCborMap{{QStringLiteral("title"), files(bookletTitle)},
                                             {QStringLiteral("review"), files(bookletReview)},
                                             {QStringLiteral("sections"), sections}}},
        {QStringLiteral("curriculum"),
         QCborMap{{QStringLiteral("review"), files(curriculumReview)}, {QStringLiteral("modules"), modules}}},
    };
    return Cbor::encode(pack);
}

Result<ContentPack> ContentPack::decode(const QByteArray& bytes) {
    if (bytes.isEmpty())
        return Error(ErrorCode::Corrupt, tr("The content pack is empty."));
    if (bytes.size() > MaxBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The content pack is larger than %1 MB.").arg(MaxBytes / (1024 * 1024)));
    Cbor::Limits limits;
    limits.maxBytes = MaxBytes;
    limits.maxStringBytes = MaxFileBytes;
    limits.maxDepth = 8;
    auto decoded = Cbor::decode(bytes, limits);
    if (!decoded.ok())
        return decoded.error().prefixed(tr("Content pack"));
    if (!decoded->isMap())
        return malformed(tr("it is not a map"));
    const QCborMap root = decoded->toMap();
    const QCborValue format = root.value(QLatin1String("format"));
    if (!format.isInteger())
        return malformed(tr("it has no format number"));
    if (format.toInteger() != FormatVersion)
        return Error(ErrorCode::Unsupported,
                     tr("The content pack uses format %1; this version of Corridor reads format %2. Update Corridor "
                        "to use it.")
                         .arg(format.toInteger())
                         .arg(FormatVersion));

    ContentPack pack;
    auto id = idAt(root);
    CORRIDOR_TRY(id);
    pack.id = *id;
    const QCborValue version = root.value(QLatin1String("version"));
    if (!version.isInteger() || version.toInteger() < 1 || version.toInteger() > std::numeric_limits<int>::max())
        return malformed(tr("the version is not a positive whole number"));
    pack.version = int(version.toInteger());
    auto publisher = textAt(root, "publisher");
    CORRIDOR_TRY(publisher);
    pack.publisher = *publisher;

    const QCborMap booklet = root.value(QLatin1String("booklet")).toMap();
    auto bookletReview = languageMap(booklet.value(QLatin1String("review")), "review");
    CORRIDOR_TRY(bookletReview);
    pack.bookletReview = *bookletReview;
    auto bookletTitle = languageMap(booklet.value(QLatin1String("title")), "title");
    CORRIDOR_TRY(bookletTitle);
    pack.bookletTitle = *bookletTitle;
    auto sections = arrayAt(booklet, "sections", MaxSections);
    CORRIDOR_TRY(sections);
    for (const QCborValue& value : *sections) {
        const QCborMap map = value.toMap();
        BookletSection section;
        auto sectionId = idAt(map);
        CORRIDOR_TRY(sectionId);
        section.id = *sectionId;
        auto markdown = languageMap(map.value(QLatin1String("files")), "files");
        CORRIDOR_TRY(markdown);
        section.markdown = *markdown;
        pack.booklet << section;
    }

    const QCborMap curriculum = root.value(QLatin1String("curriculum")).toMap();
    auto curriculumReview = languageMap(curriculum.value(QLatin1String("review")), "review");
    CORRIDOR_TRY(curriculumReview);
    pack.curriculumReview = *curriculumReview;
    auto modules = arrayAt(curriculum, "modules", MaxModules);
    CORRIDOR_TRY(modules);
    for (const QCborValue& value : *modules) {
        const QCborMap map = value.toMap();
        Module module;
        auto moduleId = idAt(map);
        CORRIDOR_TRY(moduleId);
        module.id = *moduleId;
        auto markdown = languageMap(map.value(QLatin1String("files")), "files");
        CORRIDOR_TRY(markdown);
        module.markdown = *markdown;
        auto lessons = arrayAt(map, "lessons", MaxLessons);
        CORRIDOR_TRY(lessons);
        for (const QCborValue& lessonValue : *lessons) {
            const QCborMap lessonMap = lessonValue.toMap();
            Lesson lesson;
            auto lessonId = idAt(lessonMap);
            CORRIDOR_TRY(lessonId);
            lesson.id = *lessonId;
            const QCborValue minutes = lessonMap.value(QLatin1String("minutes"));
            if (!minutes.isInteger() || minutes.toInteger() < 1 || minutes.toInteger() > MaxMinutes)
                return malformed(tr("lesson %1 has no duration in minutes").arg(lesson.id));
            lesson.minutes = int(minutes.toInteger());
            auto lessonFiles = languageMap(lessonMap.value(QLatin1String("files")), "files");
            CORRIDOR_TRY(lessonFiles);
            lesson.markdown = *lessonFiles;
            module.lessons << lesson;
        }
        pack.curriculum << module;
    }
    CORRIDOR_TRY(pack.rebuildViews());
    return pack;
}

Status ContentPack::rebuildViews() {
    if (!isId(id))
        return malformed(tr("\"%1\" is not a valid pack id").arg(id.left(64)));
    if (booklet.isEmpty())
        return malformed(tr("the booklet has no sections"));
    for (const QString& language : packLanguages())
        if (bookletTitle.value(language).trimmed().isEmpty())
            return Error(ErrorCode::Corrupt, tr("The booklet has no %1 title.").arg(languageName(language)));
    QStringList seen;
    for (BookletSection& section : booklet) {
        if (seen.contains(section.id))
            return malformed(tr("the section %1 appears twice").arg(section.id));
        seen << section.id;
        section.title.clear();
        section.body.clear();
        section.directoryHeading.clear();
        for (const QString& language : packLanguages()) {
            if (!section.markdown.contains(language))
                return Error(ErrorCode::Corrupt,
                             tr("The booklet section \"%1\" has no %2 text.").arg(section.id, languageName(language)));
            auto titled = LessonMarkdown::titled(section.markdown.value(language));
            if (!titled.ok())
                return titled.error().prefixed(QStringLiteral("%1 (%2)").arg(section.id, language));
            section.title.insert(language, titled->title);
            QString heading;
            section.body.insert(language, takeDirectoryLine(titled->body, &heading));
            if (!heading.isEmpty())
                section.directoryHeading.insert(language, heading);
        }
    }
    seen.clear();
    for (Module& module : curriculum) {
        if (seen.contains(module.id))
            return malformed(tr("the module %1 appears twice").arg(module.id));
        seen << module.id;
        if (!module.markdown.contains(QStringLiteral("en")))
            return Error(ErrorCode::Corrupt, tr("The module \"%1\" has no English text.").arg(module.id));
        module.title.clear();
        module.intro.clear();
        for (auto it = module.markdown.cbegin(); it != module.markdown.cend(); ++it) {
            auto titled = LessonMarkdown::titled(it.value());
            if (!titled.ok())
                return titled.error().prefixed(QStringLiteral("%1 (%2)").arg(module.id, it.key()));
            module.title.insert(it.key(), titled->title);
            module.intro.insert(it.key(), titled->body);
        }
        QStringList lessonIds;
        for (Lesson& lesson : module.lessons) {
            if (lessonIds.contains(lesson.id))
                return malformed(tr("the lesson %1/%2 appears twice").arg(module.id, lesson.id));
            lessonIds << lesson.id;
            if (!lesson.markdown.contains(QStringLiteral("en")))
                return Error(ErrorCode::Corrupt,
                             tr("The lesson \"%1/%2\" has no English text.").arg(module.id, lesson.id));
            lesson.text.clear();
            for (auto it = lesson.markdown.cbegin(); it != lesson.markdown.cend(); ++it) {
                auto parsed = LessonMarkdown::lesson(it.value());
                if (!parsed.ok())
                    return parsed.error().prefixed(QStringLiteral("%1/%2 (%3)").arg(module.id, lesson.id, it.key()));
                lesson.text.insert(it.key(), *parsed);
            }
        }
    }
    return success();
}

ContentPack ContentPack::withDirectory(const QList<DirectoryEntry>& entries) const {
    QString list;
    for (const DirectoryEntry& e : entries) {
        if (e.phone.trimmed().isEmpty())
            continue;
        QString name = escapedMarkdown(e.name);
        if (!e.localName.trimmed().isEmpty() && e.localName.trimmed() != e.name.trimmed())
            name += QStringLiteral(" (%1)").arg(escapedMarkdown(e.localName));
        // A phone number is never broken across lines.
        list += QStringLiteral("- **%1**: %2").arg(name, escapedMarkdown(e.phone).replace(u' ', QChar(0x00A0)));
        if (!e.hours.trimmed().isEmpty())
            list += QStringLiteral(" (%1)").arg(escapedMarkdown(e.hours));
        list += u'\n';
    }
    ContentPack copy = *this;
    if (list.isEmpty())
        return copy;
    for (BookletSection& section : copy.booklet)
        for (auto it = section.directoryHeading.cbegin(); it != section.directoryHeading.cend(); ++it)
            section.body[it.key()] += QStringLiteral("\n## %1\n\n%2").arg(it.value(), list);
    return copy;
}

const BookletSection* ContentPack::section(const QString& sectionId) const {
    for (const BookletSection& s : booklet)
        if (s.id == sectionId)
            return &s;
    return nullptr;
}

const Module* ContentPack::module(const QString& moduleId) const {
    for (const Module& m : curriculum)
        if (m.id == moduleId)
            return &m;
    return nullptr;
}

int ContentPack::lessonCount() const {
    int count = 0;
    for (const Module& m : curriculum)
        count += int(m.lessons.size());
    return count;
}

} // namespace corridor::content

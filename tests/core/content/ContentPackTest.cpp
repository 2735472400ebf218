// The built-in content pack and its format: every booklet section in all five languages,
// the lesson outline, and encoded packs that are empty, truncated, oversized or wrong.
#include "core/base/Cbor.h"
#include "core/content/ContentLibrary.h"
#include "core/content/ContentSource.h"
#include "core/content/LessonMarkdown.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::content;

namespace {

QJsonObject manifest(const char* relative) {
    QFile file(QDir(QStringLiteral(CORRIDOR_CONTENT_DIR)).filePath(QString::fromLatin1(relative)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const char* const GoodLesson = R"(# Reaching migrants

## Objectives
- Name three places where migrants
  live and work.
- Plan one visit.

## Facilitator notes
Start with a map.

## Participant content
### Where people are
- Farms, factories, markets.

### Going there
Go in pairs.

## Quiz
### Who should go on an outreach visit?
- [ ] One volunteer alone
- [x] Two volunteers together
- [ ] Nobody
> Why: pairs are safer
> and people trust them more.
)";

} // namespace

TEST_CASE("Every booklet section of the manifest exists in all five languages", "[content]") {
    const QJsonArray sections = manifest("booklet/manifest.json").value(QLatin1String("sections")).toArray();
    REQUIRE(sections.size() >= 9);
    const QDir booklet(QStringLiteral(CORRIDOR_CONTENT_DIR "/booklet"));
    for (const QJsonValue& id : sections)
        for (const QString& language : packLanguages()) {
            INFO(id.toString().toStdString() << " in " << language.toStdString());
            CHECK(QFile::exists(booklet.filePath(QStringLiteral("%1.%2.md").arg(id.toString(), language))));
        }

    auto pack = ContentLibrary::builtIn();
    REQUIRE(pack.ok());
    REQUIRE(pack->booklet.size() == sections.size());
    for (const BookletSection& section : pack->booklet) {
        CHECK(section.languages() == packLanguages());
        for (const QString& language : packLanguages()) {
            INFO(section.id.toStdString() << " in " << language.toStdString());
            CHECK_FALSE(section.title.value(language).isEmpty());
            CHECK(section.body.value(language).size() > 40);
        }
    }
}

TEST_CASE("Every module and lesson has its title and objectives in all five languages, and a quiz", "[content]") {
    auto pack = ContentLibrary::builtIn();
    REQUIRE(pack.ok());
    const QJsonArray modules = manifest("curriculum/manifest.json").value(QLatin1String("modules")).toArray();
    REQUIRE(pack->curriculum.size() == modules.size());
    REQUIRE(pack->curriculum.size() == 10);
    for (const Module& module : pack->curriculum) {
        REQUIRE(module.lessons.size() >= 2);
        for (const QString& language : packLanguages()) {
            INFO(module.id.toStdString() << " in " << language.toStdString());
            CHECK_FALSE(module.title.value(language).isEmpty());
        }
        for (const Lesson& lesson : module.lessons) {
            const LessonText english = lesson.in(QStringLiteral("en"));
            INFO(module.id.toStdString() << "/" << lesson.id.toStdString());
            CHECK(lesson.minutes > 0);
            CHECK_FALSE(english.facilitatorNotes.isEmpty());
            CHECK(english.slides().size() >= 2);
            REQUIRE(english.quiz.size() >= 3);
            for (const QuizQuestion& q : english.quiz) {
                CHECK(q.correct >= 0);
                CHECK(q.correct < q.options.size());
                CHECK_FALSE(q.why.isEmpty());
            }
            for (const QString& language : packLanguages()) {
                INFO(language.toStdString());
                REQUIRE(lesson.text.contains(language));
                CHECK_FALSE(lesson.text.value(language).title.isEmpty());
                CHECK(lesson.text.value(language).objectives.size() == english.objectives.size());
                // A translation without its own notes falls back to English, part by part.
                CHECK_FALSE(lesson.in(language).facilitatorNotes.isEmpty());
            }
        }
    }
}

TEST_CASE("The pack built into the app is the pack the source folder makes", "[content]") {
    auto source = ContentSource::read(QStringLiteral(CORRIDOR_CONTENT_DIR));
    REQUIRE(source.ok());
    auto builtIn = ContentLibrary::builtIn();
    REQUIRE(builtIn.ok());
    CHECK(source->encode() == builtIn->encode());
    // Deterministic: decoding and encoding again gives the same bytes.
    auto again = ContentPack::decode(builtIn->encode());
    REQUIRE(again.ok());
    CHECK(again->encode() == builtIn->encode());
}

TEST_CASE("A lesson file's outline: objectives, notes, slides and a quiz with one right answer", "[content]") {
    auto lesson = LessonMarkdown::lesson(QString::fromUtf8(GoodLesson));
    REQUIRE(lesson.ok());
    CHECK(lesson->title == QStringLiteral("Reaching migrants"));
    CHECK(lesson->objectives == QStringList{QStringLiteral("Name three places where migrants live and work."),
                                            QStringLiteral("Plan one visit.")});
    CHECK(lesson->facilitatorNotes == QStringLiteral("Start with a map."));
    CHECK(lesson->slides().size() == 2);
    CHECK(lesson->slides().at(1).startsWith(QStringLiteral("### Going there")));
    REQUIRE(lesson->quiz.size() == 1);
    CHECK(lesson->quiz[0].options.size() == 3);
    CHECK(lesson->quiz[0].correct == 1);
    CHECK(lesson->quiz[0].why == QStringLiteral("pairs are safer and people trust them more."));

    const QString good = QString::fromUtf8(GoodLesson);
    QString twoRight = good;
    twoRight.replace(QStringLiteral("- [ ] Nobody"), QStringLiteral("- [x] Nobody"));
    CHECK(LessonMarkdown::lesson(twoRight).error().message().contains(QStringLiteral("more than one right answer")));
    QString noneRight = good;
    noneRight.replace(QStringLiteral("- [x] Two"), QStringLiteral("- [ ] Two"));
    CHECK_FALSE(LessonMarkdown::lesson(noneRight).ok());
    QString unknownPart = good;
    unknownPart.replace(QStringLiteral("## Facilitator notes"), QStringLiteral("## Notes for you"));
    CHECK(LessonMarkdown::lesson(unknownPart).error().message().contains(QStringLiteral("Notes for you")));
    CHECK_FALSE(LessonMarkdown::lesson(QString()).ok());
    CHECK_FALSE(LessonMarkdown::lesson(QStringLiteral("Reaching migrants\n## Objectives\n- x")).ok());
    CHECK_FALSE(LessonMarkdown::lesson(QStringLiteral("# \n")).ok());
    CHECK_FALSE(LessonMarkdown::lesson(QStringLiteral("# T\nstray text\n## Objectives\n- x")).ok());
    CHECK_FALSE(LessonMarkdown::lesson(QStringLiteral("# T\n## Quiz\n- [x] answer without a question")).ok());
    CHECK_FALSE(LessonMarkdown::lesson(QStringLiteral("# T\n## Quiz\n### Q?\n- [x] only one answer")).ok());

    // A translation with only a title and objectives takes the rest from English.
    auto partial = LessonMarkdown::lesson(QStringLiteral("# ចុះទៅជួបជនចំណាកស្រុក\n\n## Objectives\n- មួយ\n- ពីរ\n"));
    REQUIRE(partial.ok());
    const LessonText merged = partial->mergedOver(*lesson);
    CHECK(merged.title == QStringLiteral("ចុះទៅជួបជនចំណាកស្រុក"));
    CHECK(merged.objectives.size() == 2);
    CHECK(merged.quiz.size() == 1);
    CHECK(merged.facilitatorNotes == lesson->facilitatorNotes);
}

TEST_CASE("Encoded packs that are empty, truncated, oversized or malformed are refused", "[content]") {
    auto builtIn = ContentLibrary::builtIn();
    REQUIRE(builtIn.ok());
    const QByteArray good = builtIn->encode();

    CHECK(ContentPack::decode(QByteArray()).error().code() == ErrorCode::Corrupt);
    CHECK_FALSE(ContentPack::decode(good.left(good.size() / 2)).ok());
    CHECK_FALSE(ContentPack::decode(good.left(good.size() - 1)).ok());
    CHECK(ContentPack::decode(QByteArray(ContentPack::MaxBytes + 1, 'a')).error().code() == ErrorCode::LimitExceeded);
    CHECK_FALSE(ContentPack::decode(QByteArray("\xff\x00\x13", 3)).ok());

    const auto reencoded = [&](const std::function<void(QCborMap&)>& change) {
        QCborMap root =
            Cbor::decode(good, {ContentPack::MaxBytes, 8, 100000, ContentPack::MaxFileBytes, true})->toMap();
        change(root);
        return ContentPack::decode(Cbor::encode(root));
    };
    auto newer = reencoded([](QCborMap& root) { root.insert(QStringLiteral("format"), 2); });
    CHECK(newer.error().code() == ErrorCode::Unsupported);
    CHECK(reencoded([](QCborMap& root) { root.remove(QStringLiteral("version")); }).error().code() ==
          ErrorCode::Corrupt);
    CHECK_FALSE(reencoded([](QCborMap& root) { root.insert(QStringLiteral("version"), -3); }).ok());
    CHECK_FALSE(reencoded([](QCborMap& root) { root.insert(QStringLiteral("id"), QStringLiteral("../../etc")); }).ok());

    // A section that lost its Khmer text, or gained a language nobody reads.
    const auto editFirstSection = [&](const std::function<void(QCborMap&)>& change) {
        return reencoded([&](QCborMap& root) {
            QCborMap booklet = root.value(QStringLiteral("booklet")).toMap();
            QCborArray sections = booklet.value(QStringLiteral("sections")).toArray();
            QCborMap first = sections.at(0).toMap();
            QCborMap files = first.value(QStringLiteral("files")).toMap();
            change(files);
            first.insert(QStringLiteral("files"), files);
            sections[0] = first;
            booklet.insert(QStringLiteral("sections"), sections);
            root.insert(QStringLiteral("booklet"), booklet);
        });
    };
    auto noKhmer = editFirstSection([](QCborMap& files) { files.remove(QStringLiteral("km")); });
    REQUIRE_FALSE(noKhmer.ok());
    CHECK(noKhmer.error().message().contains(QStringLiteral("Khmer")));
    CHECK_FALSE(
        editFirstSection([](QCborMap& files) { files.insert(QStringLiteral("fr"), QStringLiteral("# Avant")); }).ok());
    CHECK_FALSE(
        editFirstSection([](QCborMap& files) { files.insert(QStringLiteral("th"), QStringLiteral("no title")); }).ok());
    CHECK(editFirstSection([](QCborMap& files) {
              files.insert(QStringLiteral("en"), QString(ContentPack::MaxFileBytes + 1, QLatin1Char('a')));
          })
              .error()
              .code() == ErrorCode::LimitExceeded);
}

TEST_CASE("The contact pages carry the branch's checked phone numbers, and nothing when there are none", "[content]") {
    auto pack = ContentLibrary::builtIn();
    REQUIRE(pack.ok());
    const BookletSection* contacts = pack->section(QStringLiteral("red-cross-contacts"));
    REQUIRE(contacts);
    for (const QString& language : packLanguages()) {
        INFO(language.toStdString());
        CHECK_FALSE(contacts->directoryHeading.value(language).isEmpty());
        CHECK_FALSE(contacts->body.value(language).contains(QStringLiteral("{{")));
    }

    SECTION("no phone numbers: the pages stay as written") {
        const ContentPack same = pack->withDirectory({{QStringLiteral("Thai Red Cross Society"), {}, {}, {}}});
        CHECK(same.section(QStringLiteral("red-cross-contacts"))->body == contacts->body);
    }
    SECTION("phone numbers are listed under the heading in every language, typed text shown as typed") {
        const ContentPack withPhones =
            pack->withDirectory({{QStringLiteral("Mae Tao Clinic"), QStringLiteral("แม่ตาว"),
                                  QStringLiteral("055 000 000"), QStringLiteral("Mon-Fri")},
                                 {QStringLiteral("*Bold* clinic"), {}, QStringLiteral("[1]"), {}},
                                 {QStringLiteral("No phone"), {}, QStringLiteral("  "), {}}});
        const BookletSection* section = withPhones.section(QStringLiteral("red-cross-contacts"));
        for (const QString& language : packLanguages()) {
            const QString body = section->body.value(language);
            INFO(body.toStdString());
            CHECK(body.contains(QStringLiteral("## ") + contacts->directoryHeading.value(language)));
            CHECK(body.contains(QStringLiteral("- **Mae Tao Clinic (แม่ตาว)**: 055\u00A0000\u00A0000 (Mon-Fri)")));
            CHECK(body.contains(QStringLiteral("- **\\*Bold\\* clinic**: \\[1\\]")));
            CHECK_FALSE(body.contains(QStringLiteral("No phone")));
        }
        // Other sections have no directory line and do not change.
        CHECK(withPhones.section(QStringLiteral("hotlines"))->body == pack->section(QStringLiteral("hotlines"))->body);
    }
}

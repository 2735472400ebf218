// Content through corridor-cli in the forms the acceptance checks use: the pack's sections
// and curriculum as JSON, the booklet as a PDF in every script, signed pack updates with
// bad files refused, and training records with their summary.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString& program, const QStringList& args, const QString& workDir = QString()) {
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

class Vault {
public:
    Vault(const QTemporaryDir& dir, const QString& name, const char* role, const char* org = "TRCS")
        : m_vault(dir.filePath(name))
        , m_pass(dir.filePath(name + QStringLiteral(".pass"))) {
        QFile f(m_pass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a passphrase for " + name.toUtf8() + '\n');
        f.close();
        ok({QStringLiteral("init"), QStringLiteral("--user"), name, QStringLiteral("--role"), QString::fromLatin1(role),
            QStringLiteral("--org"), QString::fromLatin1(org), QStringLiteral("--branch"), QStringLiteral("Border"),
            QStringLiteral("--kdf"), QStringLiteral("minimum")});
    }
    Run run(const QStringList& args) const {
        return runProgram(QStringLiteral(CORRIDOR_CLI),
                          QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_pass} +
                              args);
    }
    QString ok(const QStringList& args) const {
        const Run r = run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QString::fromUtf8(r.out).trimmed();
    }
    QString refused(const QStringList& args) const {
        const Run r = run(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 1);
        return QString::fromUtf8(r.err);
    }

private:
    QString m_vault;
    QString m_pass;
};

QJsonDocument json(const QString& text) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc;
}

int packVersion(const Vault& v) {
    return json(v.ok({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--json")}))
        .array()
        .at(0)[QStringLiteral("version")]
        .toInt();
}

// A copy of the authored content with another version number.
QString contentCopy(const QTemporaryDir& dir, const QString& name, int version) {
    const QString target = dir.filePath(name);
    const Run copy =
        runProgram(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral(CORRIDOR_CONTENT_DIR), target});
    REQUIRE(copy.exitCode == 0);
    QFile pack(target + QStringLiteral("/pack.json"));
    REQUIRE(pack.open(QIODevice::WriteOnly | QIODevice::Truncate));
    pack.write(QStringLiteral(R"({"id": "corridor.content", "version": %1, "publisher": "Test branch"})")
                   .arg(version)
                   .toUtf8());
    return target;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

bool hasScript(const QString& text, char16_t first, char16_t last) {
    return std::any_of(text.begin(), text.end(), [&](QChar c) { return c.unicode() >= first && c.unicode() <= last; });
}

} // namespace

TEST_CASE("content list and curriculum list describe the built-in pack", "[cli][content]") {
    QTemporaryDir dir;
    const Run list = runProgram(QStringLiteral(CORRIDOR_CLI),
                                {QStringLiteral("--vault"), dir.filePath(QStringLiteral("none")),
                                 QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray packs = json(QString::fromUtf8(list.out)).array();
    REQUIRE(packs.size() == 1);
    CHECK(packs[0][QStringLiteral("version")].toInt() >= 1);
    const QJsonArray sections = packs[0][QStringLiteral("sections")].toArray();
    REQUIRE(sections.size() >= 9);
    for (const QJsonValue& s : sections) {
        CHECK_FALSE(s[QStringLiteral("id")].toString().isEmpty());
        CHECK_FALSE(s[QStringLiteral("title")].toString().isEmpty());
        CHECK(s[QStringLiteral("languages")].toArray() == QJsonArray{QStringLiteral("en"), QStringLiteral("km"),
                                                                     QStringLiteral("lo"), QStringLiteral("my"),
                                                                     QStringLiteral("th")});
    }

    const Run curriculum = runProgram(QStringLiteral(CORRIDOR_CLI),
                                      {QStringLiteral("--vault"), dir.filePath(QStringLiteral("none")),
                                       QStringLiteral("curriculum"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(curriculum.exitCode == 0);
    const QJsonArray modules = json(QString::fromUtf8(curriculum.out)).array();
    REQUIRE(modules.size() == 10);
    for (const QJsonValue& m : modules) {
        CHECK_FALSE(m[QStringLiteral("title")].toString().isEmpty());
        const QJsonArray lessons = m[QStringLiteral("lessons")].toArray();
        REQUIRE(lessons.size() >= 2);
        for (const QJsonValue& l : lessons) {
            CHECK_FALSE(l[QStringLiteral("id")].toString().isEmpty());
            const QJsonArray quiz = l[QStringLiteral("quiz")].toArray();
            REQUIRE(quiz.size() >= 3);
            for (const QJsonValue& q : quiz) {
                const int answer = q[QStringLiteral("answer")].toInt(-1);
                CHECK(answer >= 0);
                CHECK(answer < q[QStringLiteral("options")].toArray().size());
                CHECK_FALSE(q[QStringLiteral("why")].toString().isEmpty());
            }
        }
    }
}

TEST_CASE("The booklet PDF holds each script's text and embeds fonts that cover it", "[cli][content][pdf]") {
    QTemporaryDir dir;
    struct Script {
        const char* lang;
        char16_t first, last;
        const char* font;
    };
    for (const Script& s : {Script{"km", 0x1780, 0x17FF, "Khmer"}, Script{"lo", 0x0E80, 0x0EFF, "Lao"},
                            Script{"my", 0x1000, 0x109F, "Myanmar"}, Script{"th", 0x0E00, 0x0E7F, "Thai"}}) {
        const QString lang = QString::fromLatin1(s.lang);
        INFO(s.lang);
        const QString pdf = dir.filePath(lang + QStringLiteral(",en.pdf"));
        const Run r = runProgram(QStringLiteral(CORRIDOR_CLI),
                                 {QStringLiteral("--vault"), dir.filePath(QStringLiteral("none")),
                                  QStringLiteral("content"), QStringLiteral("export-booklet"), QStringLiteral("--lang"),
                                  lang + QStringLiteral(",en"), QStringLiteral("--pdf"), pdf});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const Run text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        const QString extracted = QString::fromUtf8(text.out);
        CHECK(hasScript(extracted, s.first, s.last));
        CHECK(extracted.contains(QStringLiteral("Know before you go")));
        CHECK(extracted.contains(QStringLiteral("1694"))); // the hotline, in Latin digits
        const Run fonts = runProgram(QStringLiteral("pdffonts"), {pdf});
        REQUIRE(fonts.exitCode == 0);
        bool embedded = false;
        for (const QByteArray& line : fonts.out.split('\n'))
            embedded = embedded || (line.contains(s.font) && line.contains(" yes "));
        CHECK(embedded);
        const Run info = runProgram(QStringLiteral("pdfinfo"), {pdf});
        CHECK(info.out.contains("Pages:"));
        CHECK(info.out.contains("(A5)"));
    }

    // Bad language lists change nothing and say why.
    for (const char* bad : {"fr", "km,en,th", "km,km", ""}) {
        const QString pdf = dir.filePath(QStringLiteral("bad.pdf"));
        const Run r = runProgram(QStringLiteral(CORRIDOR_CLI),
                                 {QStringLiteral("--vault"), dir.filePath(QStringLiteral("none")),
                                  QStringLiteral("content"), QStringLiteral("export-booklet"), QStringLiteral("--lang"),
                                  QString::fromLatin1(bad), QStringLiteral("--pdf"), pdf});
        INFO(bad);
        CHECK(r.exitCode == 1);
        CHECK_FALSE(QFile::exists(pdf));
    }
    const Run noFolder =
        runProgram(QStringLiteral(CORRIDOR_CLI),
                   {QStringLiteral("--vault"), dir.filePath(QStringLiteral("none")), QStringLiteral("content"),
                    QStringLiteral("export-booklet"), QStringLiteral("--lang"), QStringLiteral("km"),
                    QStringLiteral("--pdf"), dir.filePath(QStringLiteral("missing/b.pdf"))});
    CHECK(noFolder.exitCode == 1);
}

TEST_CASE("A newer pack signed by a trusted publisher replaces the built-in one, and bad packs change nothing",
          "[cli][content][pack]") {
    QTemporaryDir dir;
    Vault coordinator(dir, QStringLiteral("Somchai"), "coordinator");
    const int builtIn = packVersion(coordinator);

    const QString newer = dir.filePath(QStringLiteral("v%1.corridor-pack").arg(builtIn + 1));
    coordinator.ok({QStringLiteral("content"), QStringLiteral("build"), QStringLiteral("--source"),
                    contentCopy(dir, QStringLiteral("src-new"), builtIn + 1), QStringLiteral("--out"), newer});
    const QByteArray good = readFile(newer);

    // Bad files first: each refused with exit 1, the version unchanged.
    const auto refusedFile = [&](const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        writeFile(path, bytes);
        const QString err = coordinator.refused({QStringLiteral("content"), QStringLiteral("import"), path});
        CHECK(err.startsWith(QStringLiteral("error: ")));
        CHECK(packVersion(coordinator) == builtIn);
        return err;
    };
    refusedFile("empty.corridor-pack", QByteArray());
    refusedFile("truncated.corridor-pack", good.left(good.size() / 2));
    refusedFile("junk.corridor-pack", QByteArray(4096, 'x'));
    refusedFile("huge.corridor-pack", QByteArray(18 * 1024 * 1024, '\0'));
    // A byte of the pack itself (past the 512-byte tar header) and a byte of the signature.
    QByteArray tampered = good;
    tampered[1000] = char(tampered[1000] ^ 0x20);
    CHECK(refusedFile("tampered.corridor-pack", tampered).contains(QStringLiteral("signature")));
    QByteArray badSignature = good;
    const qsizetype sig = badSignature.indexOf("pack.cbor.minisig");
    REQUIRE(sig > 0);
    badSignature[sig + 512 + 100] = char(badSignature[sig + 512 + 100] ^ 0x01);
    refusedFile("badsig.corridor-pack", badSignature);

    // Unsigned: the pack without its signature, as stock tar would make it.
    const QString unpacked = dir.filePath(QStringLiteral("unpacked"));
    QDir().mkpath(unpacked);
    REQUIRE(
        runProgram(QStringLiteral("tar"), {QStringLiteral("-xf"), newer, QStringLiteral("-C"), unpacked}).exitCode ==
        0);
    REQUIRE(QFile::exists(unpacked + QStringLiteral("/pack.cbor.minisig")));
    REQUIRE(runProgram(QStringLiteral("tar"),
                       {QStringLiteral("--format=ustar"), QStringLiteral("-cf"),
                        dir.filePath(QStringLiteral("unsigned.corridor-pack")), QStringLiteral("pack.cbor")},
                       unpacked)
                .exitCode == 0);
    CHECK_FALSE(coordinator
                    .refused({QStringLiteral("content"), QStringLiteral("import"),
                              dir.filePath(QStringLiteral("unsigned.corridor-pack"))})
                    .isEmpty());
    CHECK(packVersion(coordinator) == builtIn);

    // A publisher this laptop does not know.
    Vault stranger(dir, QStringLiteral("Mallory"), "coordinator", "CRC");
    const QString foreign = dir.filePath(QStringLiteral("foreign.corridor-pack"));
    stranger.ok({QStringLiteral("content"), QStringLiteral("build"), QStringLiteral("--source"),
                 contentCopy(dir, QStringLiteral("src-foreign"), builtIn + 5), QStringLiteral("--out"), foreign});
    CHECK(coordinator.refused({QStringLiteral("content"), QStringLiteral("import"), foreign})
              .contains(QStringLiteral("not a trusted publisher")));

    // A volunteer publishes nothing.
    Vault volunteer(dir, QStringLiteral("Dara"), "volunteer");
    volunteer.refused({QStringLiteral("content"), QStringLiteral("build"), QStringLiteral("--source"),
                       QStringLiteral(CORRIDOR_CONTENT_DIR), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("v.corridor-pack"))});

    // The good pack: imported once, then the same or an older version is refused.
    coordinator.ok({QStringLiteral("content"), QStringLiteral("import"), newer});
    CHECK(packVersion(coordinator) == builtIn + 1);
    const QJsonObject listed =
        json(coordinator.ok({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--json")}))
            .array()[0]
            .toObject();
    CHECK(listed[QStringLiteral("publisher")].toString() == QStringLiteral("Test branch"));
    CHECK(listed[QStringLiteral("source")].toString() != QStringLiteral("built-in"));
    CHECK(coordinator.refused({QStringLiteral("content"), QStringLiteral("import"), newer})
              .contains(QStringLiteral("already has version")));
    const QString same = dir.filePath(QStringLiteral("same.corridor-pack"));
    coordinator.ok({QStringLiteral("content"), QStringLiteral("build"), QStringLiteral("--source"),
                    QStringLiteral(CORRIDOR_CONTENT_DIR), QStringLiteral("--out"), same});
    coordinator.refused({QStringLiteral("content"), QStringLiteral("import"), same});
    CHECK(packVersion(coordinator) == builtIn + 1);
}

TEST_CASE("Training sessions are recorded, listed and summed per module by sex", "[cli][training]") {
    QTemporaryDir dir;
    Vault trainer(dir, QStringLiteral("Malee"), "trainer");
    const QString attendees = dir.filePath(QStringLiteral("attendance.csv"));
    writeFile(attendees, "name,sex,role,pre,post\nNoy,female,volunteer,40,85\nSok,male,staff,55,90\n"
                         "Aye,other,community,,\n");
    const QString first =
        trainer.ok({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--modules"),
                    QStringLiteral("m02-health-hiv,m06-referral-pathway"), QStringLiteral("--date"),
                    QStringLiteral("2026-03-10"), QStringLiteral("--place"), QStringLiteral("Mae Sot"),
                    QStringLiteral("--trainer"), QStringLiteral("Malee"), QStringLiteral("--attendees"), attendees});
    CHECK_FALSE(first.isEmpty());
    trainer.ok({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--modules"),
                QStringLiteral("m02-health-hiv"), QStringLiteral("--date"), QStringLiteral("2026-03-12"),
                QStringLiteral("--place"), QStringLiteral("Aranyaprathet"), QStringLiteral("--attendee"),
                QStringLiteral("Noy,female,volunteer,70,95"), QStringLiteral("--attendee"),
                QStringLiteral("Lwin,female,volunteer,30,60")});

    const auto list = [&] {
        return json(trainer.ok({QStringLiteral("training"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    };
    REQUIRE(list().size() == 2);
    CHECK(list()[0][QStringLiteral("date")].toString() == QStringLiteral("2026-03-12"));
    CHECK(list()[1][QStringLiteral("attendees")].toArray().size() == 3);

    const QJsonArray summary =
        json(trainer.ok({QStringLiteral("training"), QStringLiteral("summary"), QStringLiteral("--json")})).array();
    REQUIRE(summary.size() == 10);
    QJsonObject health, referral, stigma;
    for (const QJsonValue& row : summary) {
        const QString id = row[QStringLiteral("module")].toString();
        if (id == QLatin1String("m02-health-hiv"))
            health = row.toObject();
        else if (id == QLatin1String("m06-referral-pathway"))
            referral = row.toObject();
        else if (id == QLatin1String("m03-stigma"))
            stigma = row.toObject();
    }
    CHECK(health[QStringLiteral("sessions")].toInt() == 2);
    CHECK(health[QStringLiteral("people")].toInt() == 4); // Noy came twice and counts once
    CHECK(health[QStringLiteral("female")].toInt() == 2);
    CHECK(health[QStringLiteral("male")].toInt() == 1);
    CHECK(health[QStringLiteral("other")].toInt() == 1);
    CHECK(health[QStringLiteral("mean_pre_score")].toDouble() == Approx((40 + 55 + 70 + 30) / 4.0));
    CHECK(referral[QStringLiteral("people")].toInt() == 3);
    CHECK(stigma[QStringLiteral("people")].toInt() == 0);
    CHECK(stigma[QStringLiteral("mean_post_score")].isNull());

    // Bad records are refused and change nothing.
    const QStringList base{QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--place"),
                           QStringLiteral("Mae Sot")};
    for (const QStringList& bad :
         {QStringList{QStringLiteral("--modules"), QStringLiteral("m99-nothing"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-10"), QStringLiteral("--attendee"), QStringLiteral("Noy,female")},
          QStringList{QStringLiteral("--modules"), QStringLiteral("m02-health-hiv"), QStringLiteral("--date"),
                      QStringLiteral("2099-01-01"), QStringLiteral("--attendee"), QStringLiteral("Noy,female")},
          QStringList{QStringLiteral("--modules"), QStringLiteral("m02-health-hiv"), QStringLiteral("--date"),
                      QStringLiteral("2026-13-40"), QStringLiteral("--attendee"), QStringLiteral("Noy,female")},
          QStringList{QStringLiteral("--modules"), QStringLiteral("m02-health-hiv"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-10"), QStringLiteral("--attendee"), QStringLiteral("Noy,robot")},
          QStringList{QStringLiteral("--modules"), QStringLiteral("m02-health-hiv"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-10"), QStringLiteral("--attendee"),
                      QStringLiteral("Noy,female,volunteer,150")},
          QStringList{QStringLiteral("--modules"), QStringLiteral("m02-health-hiv"), QStringLiteral("--date"),
                      QStringLiteral("2026-03-10")}})
        trainer.refused(base + bad);
    CHECK(list().size() == 2);

    Vault volunteer(dir, QStringLiteral("Dara"), "volunteer");
    CHECK(volunteer
              .refused({QStringLiteral("training"), QStringLiteral("add"), QStringLiteral("--modules"),
                        QStringLiteral("m02-health-hiv"), QStringLiteral("--date"), QStringLiteral("2026-03-10"),
                        QStringLiteral("--place"), QStringLiteral("Mae Sot"), QStringLiteral("--attendee"),
                        QStringLiteral("Noy,female")})
              .contains(QStringLiteral("trainer")));
}

TEST_CASE("The booklet's contact pages carry the phone numbers the branch checked", "[cli][content][pdf]") {
    QTemporaryDir dir;
    const Vault v(dir, QStringLiteral("Somchai"), "coordinator");
    const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
    const auto exported = [&](const char* lang) {
        v.ok({QStringLiteral("content"), QStringLiteral("export-booklet"), QStringLiteral("--lang"),
              QString::fromLatin1(lang), QStringLiteral("--pdf"), pdf});
        const Run text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        // Lines are broken where the page ends them; Thai words are split by U+200B.
        return QString::fromUtf8(text.out).remove(QChar(0x200B)).simplified();
    };
    // The built-in directory has no phone numbers: no list, no empty heading.
    const QString before = exported("en");
    CHECK_FALSE(before.contains(QStringLiteral("Phone numbers your Red Cross branch checked")));
    CHECK_FALSE(before.contains(QStringLiteral("{{")));

    v.ok({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("trcs-hq"), QStringLiteral("--phone"),
          QStringLiteral("+66 2 000 0000"), QStringLiteral("--hours"), QStringLiteral("Mon-Fri")});
    const QString english = exported("en");
    CHECK(english.contains(QStringLiteral("Phone numbers your Red Cross branch checked")));
    CHECK(english.contains(QStringLiteral("+66 2 000 0000 (Mon-Fri)")));
    const QString thai = exported("th").remove(u' ');
    // pdftotext drops some Thai tone marks; the words around them are enough.
    CHECK(thai.contains(QStringLiteral("สาขากาชาดของคุณตรวจสอบแล้ว")));
    CHECK(thai.contains(QStringLiteral("+6620000000")));
}

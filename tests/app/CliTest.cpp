// corridor-cli as a volunteer's script would use it: real processes on a real vault folder.
#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

class Cli {
public:
    Cli() {
        REQUIRE(m_dir.isValid());
        writeFile(QStringLiteral("pass"), "correct horse battery staple\n");
    }
    QString vault() const { return m_dir.filePath(QStringLiteral("vault")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& bytes) const {
        QFile f(file(name));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    Run run(const QStringList& args, const QString& passphraseFile = QStringLiteral("pass"),
            const QByteArray& stdinData = {}) const {
        QProcess p;
        QStringList all{QStringLiteral("--vault"), vault()};
        if (!passphraseFile.isEmpty())
            all << QStringLiteral("--passphrase-file")
                << (passphraseFile == u'-' ? passphraseFile : file(passphraseFile));
        all << args;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CORRIDOR_CLI), all);
        REQUIRE(p.waitForStarted());
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run init(const QString& role = QStringLiteral("coordinator")) const {
        return run({QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("Dara"), QStringLiteral("--role"),
                    role, QStringLiteral("--org"), QStringLiteral("CRC"), QStringLiteral("--branch"),
                    QStringLiteral("Banteay Meanchey"), QStringLiteral("--kdf"), QStringLiteral("minimum")});
    }

private:
    QTemporaryDir m_dir;
};

QJsonDocument json(const Run& r) {
    QJsonParseError error;
    auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("init prints the recovery key once and refuses to run twice", "[cli]") {
    Cli cli;
    const Run r = cli.init();
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.startsWith(QStringLiteral("recovery key: ")));
    CHECK(r.out.trimmed().split(u'\n').size() == 1);
    const Run again = cli.init();
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("case add prints the id alone - list - show and search find it", "[cli]") {
    Cli cli;
    REQUIRE(cli.init().exitCode == 0);
    const Run added =
        cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("SODA90F01"),
                 QStringLiteral("--name"), QStringLiteral("សុខ ដារ៉ា"), QStringLiteral("--sex"), QStringLiteral("female"),
                 QStringLiteral("--birth-year"), QStringLiteral("1990"), QStringLiteral("--phone"),
                 QStringLiteral("081-234-5678"), QStringLiteral("--nationality"), QStringLiteral("KH"),
                 QStringLiteral("--consent"), QStringLiteral("keep,contact,share-partner")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    CHECK(id.size() == 36);
    CHECK(added.out == id + u'\n');

    const QJsonArray list =
        json(cli.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(list.size() == 1);
    CHECK(list.at(0).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(list.at(0).toObject().value(QStringLiteral("uic")).toString() == QStringLiteral("SODA90F01"));
    CHECK(list.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("សុខ ដារ៉ា"));

    const QJsonObject shown =
        json(cli.run({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")})).object();
    CHECK(shown.value(QStringLiteral("birth_year")).toInt() == 1990);
    CHECK(shown.value(QStringLiteral("consent")).toObject().value(QStringLiteral("share_partner")).toBool());

    const QJsonArray search = json(cli.run({QStringLiteral("case"), QStringLiteral("search"), QStringLiteral("ដារ"),
                                            QStringLiteral("--json")}))
                                  .array();
    REQUIRE(search.size() == 1);
    CHECK(search.at(0).toObject().value(QStringLiteral("id")).toString() == id);

    REQUIRE(cli.run({QStringLiteral("case"), QStringLiteral("edit"), id.left(8), QStringLiteral("--name"),
                     QStringLiteral("Sok Dara"), QStringLiteral("--phone"), QString()})
                .exitCode == 0);
    const QJsonObject edited = json(cli.run({QStringLiteral("case"), QStringLiteral("show"),
                                             QStringLiteral("SODA90F01"), QStringLiteral("--json")}))
                                   .object();
    CHECK(edited.value(QStringLiteral("name")).toString() == QStringLiteral("Sok Dara"));
    CHECK(edited.value(QStringLiteral("phone")).isNull());
}

TEST_CASE("No file in the vault folder holds a plaintext field - and sqlcipher cannot read it without the key",
          "[cli][encryption]") {
    Cli cli;
    REQUIRE(cli.init().exitCode == 0);
    const QByteArray distinctive = "Zyxwvutsrq Quokkaberry";
    REQUIRE(cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("QQZZ77X"),
                     QStringLiteral("--name"), QString::fromUtf8(distinctive), QStringLiteral("--phone"),
                     QStringLiteral("0999887766"), QStringLiteral("--location"), QStringLiteral("Kalasinburi"),
                     QStringLiteral("--notes"), QStringLiteral("Needle in a haystack")})
                .exitCode == 0);
    for (const QByteArray& needle :
         {distinctive, QByteArray("Quokkaberry"), QByteArray("QQZZ77X"), QByteArray("0999887766"),
          QByteArray("Kalasinburi"), QByteArray("haystack"), QByteArray("Banteay")}) {
        // (The user name "Dara" is not looked for: four bytes occur by chance in encrypted pages.)
        QDirIterator it(cli.vault(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile f(it.next());
            REQUIRE(f.open(QIODevice::ReadOnly));
            INFO(f.fileName().toStdString() << " contains " << needle.toStdString());
            CHECK_FALSE(f.readAll().contains(needle));
        }
    }
    const QString sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (!sqlcipher.isEmpty()) {
        QProcess p;
        p.start(sqlcipher, {cli.vault() + QStringLiteral("/vault.db"), QStringLiteral("SELECT * FROM clients;")});
        REQUIRE(p.waitForFinished(30000));
        const QByteArray output = p.readAllStandardOutput() + p.readAllStandardError();
        CHECK(output.contains("not a database"));
        CHECK_FALSE(output.contains("Quokkaberry"));
    }
}

TEST_CASE("Exit codes: 1 with one line for user errors - 2 for usage errors", "[cli][bad-input]") {
    Cli cli;
    CHECK(cli.run({}).exitCode == 2);
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
    const Run noVault = cli.run({QStringLiteral("case"), QStringLiteral("list")});
    CHECK(noVault.exitCode == 1);
    CHECK(noVault.err.trimmed().split(u'\n').size() == 1);
    REQUIRE(cli.init().exitCode == 0);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("add")}).exitCode == 2); // no --uic
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--bogus"), QStringLiteral("1")})
              .exitCode == 2);
    const Run badYear = cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"),
                                 QStringLiteral("A1"), QStringLiteral("--birth-year"), QStringLiteral("1850")});
    CHECK(badYear.exitCode == 1);
    CHECK(badYear.err.contains(QStringLiteral("birth year")));
    cli.writeFile(QStringLiteral("wrong"), "not it\n");
    const Run wrong = cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("wrong"));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("passphrase is not correct")));
    cli.writeFile(QStringLiteral("empty"), "");
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("empty")).exitCode == 1);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("missing-file")).exitCode == 1);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("nobody")}).exitCode == 1);
}

TEST_CASE("The passphrase can come from standard input", "[cli]") {
    Cli cli;
    REQUIRE(cli.init().exitCode == 0);
    const Run r = cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("-"),
                          "correct horse battery staple\n");
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("passwd and recover replace a passphrase", "[cli]") {
    Cli cli;
    const Run created = cli.init();
    REQUIRE(created.exitCode == 0);
    const QString key = created.out.trimmed().mid(QStringLiteral("recovery key: ").size());
    cli.writeFile(QStringLiteral("new"), "a brand new passphrase\n");
    REQUIRE(cli.run({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), cli.file(QStringLiteral("new")),
                     QStringLiteral("--kdf"), QStringLiteral("minimum")})
                .exitCode == 0);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list")}).exitCode == 1);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("new")).exitCode == 0);

    cli.writeFile(QStringLiteral("key"), key.toUtf8() + '\n');
    cli.writeFile(QStringLiteral("after"), "after recovery\n");
    const Run recovered =
        cli.run({QStringLiteral("recover"), QStringLiteral("--recovery-key-file"), cli.file(QStringLiteral("key")),
                 QStringLiteral("--new-passphrase-file"), cli.file(QStringLiteral("after")), QStringLiteral("--kdf"),
                 QStringLiteral("minimum")},
                QString());
    INFO(recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(cli.run({QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("after")).exitCode == 0);
    cli.writeFile(QStringLiteral("badkey"), "AAAA-BBBB\n");
    CHECK(cli.run({QStringLiteral("recover"), QStringLiteral("--recovery-key-file"), cli.file(QStringLiteral("badkey")),
                   QStringLiteral("--new-passphrase-file"), cli.file(QStringLiteral("after"))},
                  QString())
              .exitCode == 1);
}

TEST_CASE("Encounters plan follow-ups that show in followup due", "[cli]") {
    Cli cli;
    REQUIRE(cli.init(QStringLiteral("volunteer")).exitCode == 0);
    const QString id =
        cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("F1")})
            .out.trimmed();
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    const Run e = cli.run({QStringLiteral("encounter"), QStringLiteral("add"), QStringLiteral("--case"), id,
                           QStringLiteral("--date"), QDate::currentDate().addDays(-10).toString(Qt::ISODate),
                           QStringLiteral("--kind"), QStringLiteral("phone"), QStringLiteral("--services"),
                           QStringLiteral("adherence,pss"), QStringLiteral("--next-followup"), yesterday});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    const QJsonArray due =
        json(cli.run({QStringLiteral("followup"), QStringLiteral("due"), QStringLiteral("--json")})).array();
    REQUIRE(due.size() == 1);
    CHECK(due.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    CHECK(due.at(0).toObject().value(QStringLiteral("uic")).toString() == QStringLiteral("F1"));
    const Run bad = cli.run({QStringLiteral("encounter"), QStringLiteral("add"), QStringLiteral("--case"), id,
                             QStringLiteral("--date"), QStringLiteral("yesterday")});
    CHECK(bad.exitCode == 1);
}

TEST_CASE("demo fills the vault with case files in all five scripts", "[cli]") {
    Cli cli;
    REQUIRE(cli.init().exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("60")}).exitCode == 0);
    const QJsonArray list =
        json(cli.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    CHECK(list.size() == 60);
    CHECK(cli.run({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("zero")}).exitCode == 2);
}

TEST_CASE("Coordinators read the audit log - check verifies the vault", "[cli]") {
    Cli cli;
    REQUIRE(cli.init().exitCode == 0);
    const QString id =
        cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("AU1")})
            .out.trimmed();
    REQUIRE(cli.run({QStringLiteral("case"), QStringLiteral("show"), id}).exitCode == 0);
    const QJsonArray audit =
        json(cli.run({QStringLiteral("audit"), QStringLiteral("--case"), id, QStringLiteral("--json")})).array();
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("view"));
    const Run check = cli.run({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
}

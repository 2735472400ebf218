// Sync through corridor-cli as a coordinator and a volunteer would, checked with the stock
// tools an auditor would use: tar, minisign, age.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class Device {
public:
    Device(const QTemporaryDir& dir, const QString& name)
        : m_vault(dir.filePath(name))
        , m_pass(dir.filePath(name + QStringLiteral(".pass"))) {
        QFile f(m_pass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a passphrase for " + name.toUtf8() + '\n');
    }
    Run run(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral(CORRIDOR_CLI),
                QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_pass} + args);
        REQUIRE(p.waitForFinished(300000));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QProcess* start(const QStringList& args) const {
        auto* p = new QProcess;
        p->start(QStringLiteral(CORRIDOR_CLI),
                 QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_pass} + args);
        return p;
    }

private:
    QString m_vault;
    QString m_pass;
};

Run tool(const char* name, const QStringList& args, const QString& cwd = {}) {
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        FAIL(std::string("missing stock tool: ") + name);
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(path, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const Run& r) {
    INFO(r.out.toStdString() << r.err.toStdString());
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out, &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

void init(const Device& d, const char* user, const char* role) {
    const Run r =
        d.run({QStringLiteral("init"), QStringLiteral("--user"), QString::fromLatin1(user), QStringLiteral("--role"),
               QString::fromLatin1(role), QStringLiteral("--org"), QStringLiteral("CRC"), QStringLiteral("--branch"),
               QStringLiteral("Battambang"), QStringLiteral("--kdf"), QStringLiteral("minimum")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

// Cards exchanged both ways (the coordinator reads the volunteer's card from a picture of its QR code).
std::pair<QString, QString> enrolPair(const QTemporaryDir& dir, const Device& coordinator, const Device& volunteer) {
    REQUIRE(volunteer
                .run({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("v.card")), QStringLiteral("--png"),
                      dir.filePath(QStringLiteral("v.png"))})
                .exitCode == 0);
    REQUIRE(coordinator
                .run({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("c.card"))})
                .exitCode == 0);
    const Run enrolV =
        coordinator.run({QStringLiteral("device"), QStringLiteral("enrol"), dir.filePath(QStringLiteral("v.png"))});
    INFO(enrolV.err.toStdString());
    REQUIRE(enrolV.exitCode == 0);
    const Run enrolC =
        volunteer.run({QStringLiteral("device"), QStringLiteral("enrol"), dir.filePath(QStringLiteral("c.card"))});
    INFO(enrolC.err.toStdString());
    REQUIRE(enrolC.exitCode == 0);
    const QString v = QString::fromLatin1(enrolV.out.trimmed());
    const QString c = QString::fromLatin1(enrolC.out.trimmed());
    CHECK(QString::fromLatin1(volunteer.run({QStringLiteral("device"), QStringLiteral("id")}).out.trimmed()) == v);
    return {c, v};
}

} // namespace

TEST_CASE("Bundles between a volunteer and a coordinator, checked with stock tar, minisign and age", "[cli][sync]") {
    QTemporaryDir dir;
    const Device coordinator(dir, QStringLiteral("coordinator"));
    const Device volunteer(dir, QStringLiteral("volunteer"));
    init(coordinator, "Sophea", "coordinator");
    init(volunteer, "Dara", "volunteer");
    const auto [c, v] = enrolPair(dir, coordinator, volunteer);

    REQUIRE(volunteer
                .run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("BUN01"),
                      QStringLiteral("--name"), QStringLiteral("Zyxwvu Bundleperson")})
                .exitCode == 0);
    const QString bundle = dir.filePath(QStringLiteral("to-coordinator.corridor"));
    const Run exported = volunteer.run({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--peer"), c,
                                        QStringLiteral("--out"), bundle});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);

    // An auditor opens it with stock tools.
    const QString unpacked = dir.filePath(QStringLiteral("unpacked"));
    QDir().mkpath(unpacked);
    REQUIRE(tool("tar", {QStringLiteral("-xf"), bundle, QStringLiteral("-C"), unpacked}).exitCode == 0);
    CHECK(QDir(unpacked).entryList(QDir::Files) ==
          QStringList({QStringLiteral("payload.age"), QStringLiteral("payload.age.minisig")}));
    REQUIRE(volunteer
                .run({QStringLiteral("device"), QStringLiteral("pubkey"), QStringLiteral("--minisign"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("volunteer.pub"))})
                .exitCode == 0);
    const Run verified =
        tool("minisign", {QStringLiteral("-V"), QStringLiteral("-p"), dir.filePath(QStringLiteral("volunteer.pub")),
                          QStringLiteral("-m"), unpacked + QStringLiteral("/payload.age")});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains("corridor-bundle v1"));
    const Run identity = coordinator.run({QStringLiteral("device"), QStringLiteral("age-identity"),
                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("coordinator.agekey"))});
    REQUIRE(identity.exitCode == 0);
    CHECK(identity.err.contains("WARNING"));
    const Run decrypted =
        tool("age", {QStringLiteral("-d"), QStringLiteral("-i"), dir.filePath(QStringLiteral("coordinator.agekey")),
                     unpacked + QStringLiteral("/payload.age")});
    INFO(decrypted.err.toStdString());
    CHECK(decrypted.exitCode == 0);
    CHECK(decrypted.out.size() > 100);
    QFile raw(bundle);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("Bundleperson")); // encrypted in transit

    const Run inspected =
        coordinator.run({QStringLiteral("bundle"), QStringLiteral("inspect"), bundle, QStringLiteral("--json")});
    CHECK(json(inspected).value(QStringLiteral("exporter")).toString() == v);

    const QJsonObject first =
        json(coordinator.run({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")}));
    CHECK(first.value(QStringLiteral("new")).toInt() > 0);
    CHECK(first.value(QStringLiteral("refused")).toInt() == 0);
    const Run again =
        coordinator.run({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK(json(again).value(QStringLiteral("new")).toInt() == 0);
    CHECK(json(again).value(QStringLiteral("seen")).toInt() == first.value(QStringLiteral("new")).toInt());

    // Back to the volunteer; both vaults then print the same canonical dump.
    const QString back = dir.filePath(QStringLiteral("to-volunteer.corridor"));
    REQUIRE(coordinator
                .run({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--peer"), v,
                      QStringLiteral("--out"), back})
                .exitCode == 0);
    REQUIRE(volunteer.run({QStringLiteral("bundle"), QStringLiteral("import"), back}).exitCode == 0);
    const Run dumpC = coordinator.run({QStringLiteral("dump"), QStringLiteral("--canonical")});
    const Run dumpV = volunteer.run({QStringLiteral("dump"), QStringLiteral("--canonical")});
    REQUIRE(dumpC.exitCode == 0);
    CHECK(dumpC.out == dumpV.out);
    CHECK(dumpC.out.size() > 100);

    // A flipped byte: refused, exit 1.
    QFile tamperedFile(dir.filePath(QStringLiteral("tampered.corridor")));
    REQUIRE(QFile::copy(back, tamperedFile.fileName()));
    REQUIRE(tamperedFile.open(QIODevice::ReadWrite));
    tamperedFile.seek(700);
    char byte = 0;
    tamperedFile.getChar(&byte);
    tamperedFile.seek(700);
    tamperedFile.putChar(char(byte ^ 1));
    tamperedFile.close();
    const Run refused = volunteer.run(
        {QStringLiteral("bundle"), QStringLiteral("import"), tamperedFile.fileName(), QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(json(refused).value(QStringLiteral("refused")).toInt() >= 1);

    const Run devices = coordinator.run({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(devices.out).array().size() == 2);
    const Run history = coordinator.run(
        {QStringLiteral("case"), QStringLiteral("history"), QStringLiteral("BUN01"), QStringLiteral("--json")});
    CHECK(history.exitCode == 0);
    CHECK(QJsonDocument::fromJson(history.out).array().first().toObject().value(QStringLiteral("device")).toString() ==
          v);
    CHECK(coordinator.run({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode ==
          0);
    CHECK(coordinator
              .run({QStringLiteral("case"), QStringLiteral("erase"), QStringLiteral("BUN01"),
                    QStringLiteral("--reason"), QStringLiteral("entered by mistake")})
              .exitCode == 0);
    CHECK(coordinator.run({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("BUN01")}).exitCode == 1);
}

TEST_CASE("Killing the process in the middle of an import leaves a vault that opens, and importing again completes it",
          "[cli][sync][crash]") {
    QTemporaryDir dir;
    const Device coordinator(dir, QStringLiteral("coordinator"));
    const Device volunteer(dir, QStringLiteral("volunteer"));
    init(coordinator, "Sophea", "coordinator");
    init(volunteer, "Dara", "volunteer");
    const auto [c, v] = enrolPair(dir, coordinator, volunteer);
    REQUIRE(volunteer.run({QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("2500")}).exitCode == 0);
    const QString bundle = dir.filePath(QStringLiteral("big.corridor"));
    REQUIRE(volunteer
                .run({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--peer"), c,
                      QStringLiteral("--out"), bundle})
                .exitCode == 0);

    bool killedMidway = false;
    for (int delayMs : {400, 700, 1000, 1500}) {
        std::unique_ptr<QProcess> import(
            coordinator.start({QStringLiteral("bundle"), QStringLiteral("import"), bundle}));
        REQUIRE(import->waitForStarted());
        QThread::msleep(static_cast<unsigned long>(delayMs));
        if (import->state() == QProcess::Running) {
            ::kill(pid_t(import->processId()), SIGKILL);
            import->waitForFinished();
            killedMidway = import->exitStatus() == QProcess::CrashExit;
        } else {
            import->waitForFinished();
        }
        if (killedMidway)
            break;
    }
    CHECK(killedMidway);
    // The vault opens and is consistent …
    const Run check = coordinator.run({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    // … and importing again completes the job.
    const Run again =
        coordinator.run({QStringLiteral("bundle"), QStringLiteral("import"), bundle, QStringLiteral("--json")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const Run list = coordinator.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"),
                                      QStringLiteral("5000"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(list.out).array().size() == 2500);
}

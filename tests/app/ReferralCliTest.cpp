// Referrals through corridor-cli in the exact forms the acceptance checks use: a Thai
// coordinator refers a client to the Lao Red Cross, the Lao side records the arrival.
#include <catch2/catch.hpp>

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

class Vault {
public:
    Vault(const QTemporaryDir& dir, const QString& name, const char* org)
        : m_vault(dir.filePath(name))
        , m_pass(dir.filePath(name + QStringLiteral(".pass"))) {
        QFile f(m_pass);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a passphrase for " + name.toUtf8() + '\n');
        f.close();
        const Run r = run({QStringLiteral("init"), QStringLiteral("--user"), name, QStringLiteral("--role"),
                           QStringLiteral("coordinator"), QStringLiteral("--org"), QString::fromLatin1(org),
                           QStringLiteral("--branch"), QStringLiteral("Border"), QStringLiteral("--kdf"),
                           QStringLiteral("minimum")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    Run run(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral(CORRIDOR_CLI),
                QStringList{QStringLiteral("--vault"), m_vault, QStringLiteral("--passphrase-file"), m_pass} + args);
        REQUIRE(p.waitForFinished(120000));
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString ok(const QStringList& args) const {
        const Run r = run(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QString::fromUtf8(r.out).trimmed();
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

} // namespace

TEST_CASE("A referral crosses to the partner and its arrival comes back", "[cli][referrals]") {
    QTemporaryDir dir;
    Vault thai(dir, QStringLiteral("Somchai"), "TRCS");
    Vault lao(dir, QStringLiteral("Khamla"), "LRC");

    const auto sites = json(thai.ok({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--country"),
                                     QStringLiteral("LA"), QStringLiteral("--json")}))
                           .array();
    REQUIRE_FALSE(sites.isEmpty());
    for (const QJsonValue& s : sites) {
        CHECK(s[QStringLiteral("org")].toString() == QStringLiteral("LRC"));
        CHECK_FALSE(s[QStringLiteral("id")].toString().isEmpty());
        CHECK_FALSE(s[QStringLiteral("name")].toString().isEmpty());
    }

    const QString noConsent = thai.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"),
                                       QStringLiteral("NOCON01"), QStringLiteral("--consent"), QStringLiteral("keep")});
    const Run refused = thai.run({QStringLiteral("referral"), QStringLiteral("create"), QStringLiteral("--case"),
                                  noConsent, QStringLiteral("--to-site"), QStringLiteral("lrc-hq"),
                                  QStringLiteral("--reason"), QStringLiteral("art")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("consent"));

    const QString id = thai.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"),
                                QStringLiteral("NOI90F01"), QStringLiteral("--name"), QStringLiteral("Noi"),
                                QStringLiteral("--consent"), QStringLiteral("keep,contact,share-partner")});
    const QString code = thai.ok({QStringLiteral("referral"), QStringLiteral("create"), QStringLiteral("--case"), id,
                                  QStringLiteral("--to-site"), QStringLiteral("lrc-hq"), QStringLiteral("--reason"),
                                  QStringLiteral("art"), QStringLiteral("--visit-before"), QStringLiteral("2026-12-15"),
                                  QStringLiteral("--langs"), QStringLiteral("th,lo")});
    REQUIRE(code.size() == 13);

    // The coordinators exchange cards: each registers the other as a partner.
    const QString thaiCard = dir.filePath(QStringLiteral("thai.card"));
    const QString laoCard = dir.filePath(QStringLiteral("lao.card"));
    thai.ok({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"), thaiCard});
    lao.ok({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"), laoCard});
    const QString laoId = thai.ok({QStringLiteral("device"), QStringLiteral("enrol"), laoCard});
    const QString thaiId = lao.ok({QStringLiteral("device"), QStringLiteral("enrol"), thaiCard});

    const QString there = dir.filePath(QStringLiteral("to-lao.corridor"));
    thai.ok({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--peer"), laoId,
             QStringLiteral("--out"), there});
    lao.ok({QStringLiteral("bundle"), QStringLiteral("import"), there});
    const auto shown =
        json(lao.ok({QStringLiteral("referral"), QStringLiteral("show"), code.toLower(), QStringLiteral("--json")}))
            .object();
    CHECK(shown[QStringLiteral("code")].toString() == code);
    CHECK(shown[QStringLiteral("uic")].toString() == QStringLiteral("NOI90F01"));
    CHECK(shown[QStringLiteral("to_site")].toString() == QStringLiteral("lrc-hq"));
    CHECK(shown[QStringLiteral("status")].toString() == QStringLiteral("created"));
    // The partner holds the referral, never the case files.
    CHECK(json(lao.ok({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")})).array().isEmpty());

    lao.ok({QStringLiteral("referral"), QStringLiteral("status"), code, QStringLiteral("arrived"),
            QStringLiteral("--note"), QStringLiteral("came to the clinic")});
    const QString back = dir.filePath(QStringLiteral("to-thai.corridor"));
    lao.ok({QStringLiteral("bundle"), QStringLiteral("export"), QStringLiteral("--peer"), thaiId,
            QStringLiteral("--out"), back});
    thai.ok({QStringLiteral("bundle"), QStringLiteral("import"), back});
    const auto list =
        json(thai.ok({QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--json")})).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first()[QStringLiteral("status")].toString() == QStringLiteral("arrived"));

    // Mistakes: a typo in the code, an unknown step.
    QString typo = code;
    typo[0] = typo[0] == u'A' ? u'B' : u'A';
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("show"), typo}).exitCode == 1);
    CHECK(
        thai.run({QStringLiteral("referral"), QStringLiteral("status"), code, QStringLiteral("teleported")}).exitCode ==
        1);
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("create"), QStringLiteral("--case"), id}).exitCode == 2);
}

TEST_CASE("A slip printed on one side is scanned on the other, once, and bad pictures change nothing",
          "[cli][referrals][slip]") {
    QTemporaryDir dir;
    Vault thai(dir, QStringLiteral("Somchai"), "TRCS");
    Vault lao(dir, QStringLiteral("Khamla"), "LRC");
    const QString thaiCard = dir.filePath(QStringLiteral("thai.card"));
    const QString laoCard = dir.filePath(QStringLiteral("lao.card"));
    thai.ok({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"), thaiCard});
    lao.ok({QStringLiteral("device"), QStringLiteral("card"), QStringLiteral("--out"), laoCard});
    thai.ok({QStringLiteral("device"), QStringLiteral("enrol"), laoCard});
    lao.ok({QStringLiteral("device"), QStringLiteral("enrol"), thaiCard});

    const QString id = thai.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"),
                                QStringLiteral("NOI90F01"), QStringLiteral("--name"), QStringLiteral("Noi"),
                                QStringLiteral("--consent"), QStringLiteral("keep,contact,share-partner")});
    const QString code = thai.ok({QStringLiteral("referral"), QStringLiteral("create"), QStringLiteral("--case"), id,
                                  QStringLiteral("--to-site"), QStringLiteral("lrc-hq"), QStringLiteral("--reason"),
                                  QStringLiteral("art"), QStringLiteral("--visit-before"), QStringLiteral("2026-12-15"),
                                  QStringLiteral("--regimen"), QStringLiteral("TDF + 3TC + DTG"),
                                  QStringLiteral("--langs"), QStringLiteral("th,lo")});
    const QString png = dir.filePath(QStringLiteral("slip.png"));
    const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
    thai.ok({QStringLiteral("referral"), QStringLiteral("slip"), code, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--png"), png, QStringLiteral("--langs"), QStringLiteral("th,lo,en"),
             QStringLiteral("--clinician-page")});
    CHECK(QFile(pdf).size() > 1000);
    CHECK(QFile(png).size() > 1000);

    const auto scanned =
        json(lao.ok({QStringLiteral("referral"), QStringLiteral("scan"), png, QStringLiteral("--json")})).object();
    CHECK(scanned[QStringLiteral("code")].toString() == code);
    CHECK(scanned[QStringLiteral("uic")].toString() == QStringLiteral("NOI90F01"));
    CHECK(scanned[QStringLiteral("to_site")].toString() == QStringLiteral("lrc-hq"));
    CHECK(scanned[QStringLiteral("status")].toString() == QStringLiteral("received"));
    CHECK(scanned[QStringLiteral("regimen")].toString() == QStringLiteral("TDF + 3TC + DTG"));
    CHECK(scanned[QStringLiteral("created_here")].toBool());
    const auto again =
        json(lao.ok({QStringLiteral("referral"), QStringLiteral("scan"), png, QStringLiteral("--json")})).object();
    CHECK_FALSE(again[QStringLiteral("created_here")].toBool());
    CHECK(json(lao.ok({QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--json")})).array().size() ==
          1);

    // Nothing valid in the picture: exit 1 with a message, and nothing added.
    QFile empty(dir.filePath(QStringLiteral("empty.jpg")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile text(dir.filePath(QStringLiteral("notes.png")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("this is not a picture");
    text.close();
    for (const QString& bad : {empty.fileName(), text.fileName(), dir.filePath(QStringLiteral("missing.png")),
                               thaiCard /* a device card, not a slip */}) {
        const Run r = lao.run({QStringLiteral("referral"), QStringLiteral("scan"), bad});
        INFO(bad.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith("error: "));
    }
    CHECK(json(lao.ok({QStringLiteral("referral"), QStringLiteral("list"), QStringLiteral("--json")})).array().size() ==
          1);
    // The sender's own copy, scanned back home, adds nothing and records no "received".
    const auto home =
        json(thai.ok({QStringLiteral("referral"), QStringLiteral("scan"), png, QStringLiteral("--json")})).object();
    CHECK_FALSE(home[QStringLiteral("created_here")].toBool());
    CHECK_FALSE(home[QStringLiteral("received_recorded")].toBool());

    // Usage mistakes.
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("slip"), code}).exitCode == 2);
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("slip"), code, QStringLiteral("--png"), png,
                    QStringLiteral("--langs"), QStringLiteral("th")})
              .exitCode == 1);
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("slip"), code, QStringLiteral("--png"),
                    dir.filePath(QStringLiteral("no/such/folder/slip.png"))})
              .exitCode == 1);
    CHECK(thai.run({QStringLiteral("referral"), QStringLiteral("scan")}).exitCode == 2);
}

TEST_CASE("Sites are added and corrected from the command line, and bad ones are refused", "[cli][referrals][sites]") {
    QTemporaryDir dir;
    Vault thai(dir, QStringLiteral("Somchai"), "TRCS");
    const QString id =
        thai.ok({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Mae Sot hospital ART clinic"), QStringLiteral("--org"), QStringLiteral("moph"),
                 QStringLiteral("--country"), QStringLiteral("th"), QStringLiteral("--languages"),
                 QStringLiteral("th,my"), QStringLiteral("--services"), QStringLiteral("ART, HIV testing")});
    CHECK(id.startsWith(QStringLiteral("site-")));
    thai.ok({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("trcs-hq"), QStringLiteral("--hours"),
             QStringLiteral("Mon-Fri 8:30-16:30")});
    const auto sites = json(thai.ok({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--country"),
                                     QStringLiteral("TH"), QStringLiteral("--json")}))
                           .array();
    bool added = false;
    bool edited = false;
    for (const QJsonValue& s : sites) {
        if (s[QStringLiteral("id")].toString() == id) {
            added = s[QStringLiteral("source")].toString() == QStringLiteral("added") &&
                    s[QStringLiteral("org")].toString() == QStringLiteral("MOPH") &&
                    s[QStringLiteral("services")].toArray().size() == 2;
        }
        if (s[QStringLiteral("id")].toString() == QStringLiteral("trcs-hq"))
            edited = s[QStringLiteral("source")].toString() == QStringLiteral("edited") &&
                     s[QStringLiteral("hours")].toString() == QStringLiteral("Mon-Fri 8:30-16:30") &&
                     s[QStringLiteral("name")].toString() == QStringLiteral("Thai Red Cross Society (headquarters)");
    }
    CHECK(added);
    CHECK(edited);
    const QString patient =
        thai.ok({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--uic"), QStringLiteral("SITE01"),
                 QStringLiteral("--consent"), QStringLiteral("keep,share-partner")});
    thai.ok({QStringLiteral("referral"), QStringLiteral("create"), QStringLiteral("--case"), patient,
             QStringLiteral("--to-site"), id, QStringLiteral("--reason"), QStringLiteral("testing"),
             QStringLiteral("--viral-load-date"), QStringLiteral("2026-06-01"), QStringLiteral("--viral-load-result"),
             QStringLiteral("<50")});

    const auto listed = [&] {
        return json(thai.ok({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")})).array().size();
    };
    const qsizetype before = listed();
    CHECK(thai.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                    QStringLiteral("--org"), QStringLiteral("IOM"), QStringLiteral("--country"),
                    QStringLiteral("Thailand")})
              .exitCode == 1);
    CHECK(thai.run({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("nowhere"),
                    QStringLiteral("--phone"), QStringLiteral("1")})
              .exitCode == 1);
    CHECK(thai.run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X")})
              .exitCode == 2);
    CHECK(listed() == before);
}

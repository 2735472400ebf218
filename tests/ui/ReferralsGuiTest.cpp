// The referral screens driven as a volunteer would: writing a referral from a case file,
// the board with its filters and overdue steps, the slip preview, and receiving a slip on
// the other side of the border from a picture or a typed code.
#include "core/render/ReferralSlip.h"
#include "core/session/Organisations.h"
#include "tests/support/SyncFixture.h"
#include "tests/ui/GuiTestSupport.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/ReferralDialog.h"
#include "ui/ReferralsPanel.h"
#include "ui/ScanSlipDialog.h"
#include "ui/SitesDialog.h"
#include "ui/SlipDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

QString client(TempVault& v, bool sharePartner) {
    cases::Client c;
    c.uic = sharePartner ? QStringLiteral("NOSO0101851") : QStringLiteral("KEEP0202902");
    c.name = QStringLiteral("ນ້ອຍ");
    c.languages = {QStringLiteral("lo")};
    c.consent.keepRecords = true;
    c.consent.shareWithPartner = sharePartner;
    c.consent.date = v.clock().today();
    auto added = v.session().cases().addClient(c);
    REQUIRE(added.ok());
    return added->id;
}

bool bannerShown(QWidget* w) {
    auto* banner = w->findChild<ui::MessageBanner*>();
    return banner && !banner->isHidden() && !banner->text().isEmpty();
}

} // namespace

TEST_CASE("A referral written from a case file shows on the board with its next step and overdue state",
          "[gui][referrals]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault thai(records::Role::Coordinator, QStringLiteral("Somchai"), QStringLiteral("TRCS"));
    TempVault lao(records::Role::Coordinator, QStringLiteral("Khamla"), QStringLiteral("LRC"));
    registerPartners(thai, lao);

    // Without the client's consent to share with a partner, the dialog refuses and says why.
    {
        ui::ReferralDialog dialog(thai.session(), client(thai, false));
        dialog.show();
        auto* site = child<QComboBox>(&dialog, "siteCombo");
        site->setCurrentIndex(site->findData(QStringLiteral("lrc-hq")));
        child<QPushButton>(&dialog, "createReferralButton")->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(bannerShown(&dialog));
        CHECK(thai.session().referrals().list()->isEmpty());
    }
    ui::ReferralDialog dialog(thai.session(), client(thai, true));
    auto* site = child<QComboBox>(&dialog, "siteCombo");
    site->setCurrentIndex(site->findData(QStringLiteral("lrc-hq")));
    // The slip languages follow the site and the client: Lao first.
    CHECK(child<QComboBox>(&dialog, "slipLanguage0")->currentData().toString() == QStringLiteral("lo"));
    // The same language twice is refused.
    auto* second = child<QComboBox>(&dialog, "slipLanguage1");
    const int before = second->currentIndex();
    second->setCurrentIndex(second->findData(QStringLiteral("lo")));
    child<QPushButton>(&dialog, "createReferralButton")->click();
    CHECK(dialog.result() != QDialog::Accepted);
    second->setCurrentIndex(before);
    child<QCheckBox>(&dialog, "reason_documents")->setChecked(true);
    child<QLineEdit>(&dialog, "regimenEdit")->setText(QStringLiteral("TDF + 3TC + DTG"));
    child<QPushButton>(&dialog, "createReferralButton")->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const referrals::Referral created = dialog.created();
    CHECK(created.reasons == QStringList{QStringLiteral("art"), QStringLiteral("documents")});
    CHECK(created.regimen == QStringLiteral("TDF + 3TC + DTG"));
    CHECK(created.visitBefore == thai.clock().today().addDays(30));

    ui::ReferralsPanel panel;
    panel.setSession(&thai.session());
    auto* table = child<QTableWidget>(&panel, "referralsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == created.code);
    CHECK(table->item(0, 5)->text().contains(thai.clock().today().addDays(2).toString(Qt::ISODate)));
    table->selectRow(0);
    CHECK(child<QListWidget>(&panel, "timelineList")->count() == 2); // created, then what is expected

    // Sent, then the visit date passes: overdue, on the board and through its filter.
    REQUIRE(thai.session().referrals().addEvent(created.code, QStringLiteral("sent"), QString()).ok());
    int overdue = -1;
    QObject::connect(&panel, &ui::ReferralsPanel::overdueChanged, [&](int n) { overdue = n; });
    panel.reload();
    CHECK(overdue == 0);
    thai.clock().advanceDays(31);
    panel.reload();
    CHECK(overdue == 1);
    panel.showOverdueOnly();
    CHECK(table->rowCount() == 1);
    REQUIRE(
        thai.session().referrals().addEvent(created.code, QStringLiteral("arrived"), QStringLiteral("at clinic")).ok());
    panel.reload();
    CHECK(overdue == 0);
    CHECK(table->rowCount() == 0);
    child<QCheckBox>(&panel, "overdueFilter")->setChecked(false);
    auto* status = child<QComboBox>(&panel, "statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("arrived")));
    CHECK(table->rowCount() == 1);
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    CHECK(table->rowCount() == 0);
}

TEST_CASE("The slip preview follows the languages chosen, and a slip is received from a picture or its code",
          "[gui][referrals][slip]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault thai(records::Role::Coordinator, QStringLiteral("Somchai"), QStringLiteral("TRCS"));
    TempVault lao(records::Role::Coordinator, QStringLiteral("Khamla"), QStringLiteral("LRC"));
    registerPartners(thai, lao);
    referrals::ReferralService::Request request;
    request.clientId = client(thai, true);
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art")};
    auto created = thai.session().referrals().create(request);
    REQUIRE(created.ok());

    ui::SlipDialog slip(thai.session(), *created);
    slip.show();
    auto* preview = child<QLabel>(&slip, "slipPreview");
    REQUIRE_FALSE(preview->pixmap().isNull());
    CHECK_FALSE(bannerShown(&slip)); // the receiving side's key is here: the slip has its QR code
    child<QComboBox>(&slip, "slipLanguage1")
        ->setCurrentIndex(child<QComboBox>(&slip, "slipLanguage1")
                              ->findData(child<QComboBox>(&slip, "slipLanguage0")->currentData()));
    CHECK(preview->pixmap().isNull()); // the same language twice: the preview says so instead
    CHECK_FALSE(preview->text().isEmpty());

    // The picture a volunteer sends in a chat app, received across the border.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("slip.png"));
    auto content = render::ReferralSlip::contentFor(*created, *thai.session().sites().find(created->toSite),
                                                    *thai.session().slips().codeFor(*created),
                                                    session::Organisations::name(QStringLiteral("TRCS")), {}, false);
    REQUIRE(content.ok());
    REQUIRE(render::ReferralSlip::writePng(png, *content).ok());
    ui::ScanSlipDialog scan(lao.session());
    scan.show();
    CHECK(scan.scanPicture(png));
    CHECK(scan.code() == created->code);
    auto* result = child<QLabel>(&scan, "scanResultLabel");
    CHECK(result->text().contains(QStringLiteral("added")));
    CHECK(scan.scanPicture(png));
    CHECK(result->text().contains(QStringLiteral("already here")));
    CHECK(lao.session().referrals().list()->size() == 1);

    // A picture without a code, a missing file, a typo in the code: clear messages, nothing added.
    QImage blank(600, 400, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
    REQUIRE(blank.save(blankPath));
    CHECK_FALSE(scan.scanPicture(blankPath));
    CHECK(bannerShown(&scan));
    CHECK_FALSE(scan.scanPicture(dir.filePath(QStringLiteral("missing.jpg"))));
    QString typo = created->code;
    typo[0] = typo.at(0) == u'7' ? u'8' : u'7';
    CHECK_FALSE(scan.findTyped(typo));
    CHECK(scan.findTyped(created->code.toLower()));
    CHECK(lao.session().referrals().list()->size() == 1);
}

TEST_CASE("The site directory dialog corrects a built-in site and adds one, and the referral dialog offers it",
          "[gui][referrals][sites]") {
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    TempVault thai(records::Role::Volunteer, QStringLiteral("Dara"), QStringLiteral("TRCS"));
    ui::SitesDialog dialog(thai.session());
    dialog.show();
    auto* table = child<QTableWidget>(&dialog, "sitesTable");
    const int builtIn = table->rowCount();
    REQUIRE(builtIn >= 6);

    dialog.selectSite(QStringLiteral("lrc-hq"));
    child<QLineEdit>(&dialog, "sitePhoneEdit")->setText(QStringLiteral("+856 21 000 000"));
    REQUIRE(dialog.saveSite());
    CHECK(thai.session().sites().find(QStringLiteral("lrc-hq"))->phone == QStringLiteral("+856 21 000 000"));
    CHECK(table->rowCount() == builtIn);

    dialog.newSite();
    child<QLineEdit>(&dialog, "siteNameEdit")->setText(QStringLiteral("Myawaddy township hospital"));
    child<QLineEdit>(&dialog, "siteOrgEdit")->setText(QStringLiteral("moh-mm"));
    child<QLineEdit>(&dialog, "siteCountryEdit")->setText(QStringLiteral("Myanmar"));
    CHECK_FALSE(dialog.saveSite()); // the country is a two-letter code
    CHECK(bannerShown(&dialog));
    CHECK(table->rowCount() == builtIn);
    child<QLineEdit>(&dialog, "siteCountryEdit")->setText(QStringLiteral("mm"));
    REQUIRE(dialog.saveSite());
    CHECK(table->rowCount() == builtIn + 1);

    cases::Client c;
    c.uic = QStringLiteral("SITE0101851");
    auto person = thai.session().cases().addClient(c);
    REQUIRE(person.ok());
    ui::ReferralDialog refer(thai.session(), person->id);
    auto* sites = child<QComboBox>(&refer, "siteCombo");
    bool offered = false;
    for (int i = 0; i < sites->count(); ++i)
        offered = offered || sites->itemText(i).contains(QStringLiteral("Myawaddy"));
    CHECK(offered);
}

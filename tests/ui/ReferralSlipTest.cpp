// The referral slip on paper and as a picture: its QR code survives printing, PDF, photos
// and chat-app compression, reads with an independent decoder, shows nothing clinical on
// its face, and scanning it on the receiving side gives back the same referral.
#include "core/render/ReferralSlip.h"
#include "core/referrals/SlipCode.h"
#include "core/render/QrCode.h"
#include "core/render/QrTextFile.h"
#include "core/session/Organisations.h"
#include "tests/support/SyncFixture.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTransform>

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

struct Border {
    Border()
        : thai(0, QStringLiteral("TRCS"))
        , lao(0, QStringLiteral("LRC")) {
        registerPartners(thai.coordinator(), lao.coordinator());
    }
    TempVault& sender() { return thai.coordinator(); }
    TempVault& receiver() { return lao.coordinator(); }

    referrals::Referral refer() {
        cases::Client c;
        c.uic = QStringLiteral("NOSO0101851");
        c.name = QStringLiteral("ນ້ອຍ");
        c.phone = QStringLiteral("+66 81 555 0101");
        c.languages = {QStringLiteral("lo")};
        c.consent.keepRecords = true;
        c.consent.shareWithPartner = true;
        c.consent.date = sender().clock().today();
        auto client = sender().session().cases().addClient(c);
        REQUIRE(client.ok());
        referrals::ReferralService::Request request;
        request.clientId = client->id;
        request.toSite = QStringLiteral("lrc-hq");
        request.reasons = {QStringLiteral("art"), QStringLiteral("testing")};
        request.regimen = QStringLiteral("TDF + 3TC + DTG");
        request.lastDispense = sender().clock().today().addDays(-19);
        request.daysSupplied = 90;
        request.visitBefore = sender().clock().today().addDays(30);
        request.slipLanguages = {QStringLiteral("lo"), QStringLiteral("th"), QStringLiteral("en")};
        request.senderContact = QStringLiteral("+66 2 000 0000");
        auto created = sender().session().referrals().create(request);
        if (!created.ok())
            FAIL(created.error().message().toStdString());
        return *created;
    }

    render::SlipContent slip(const referrals::Referral& r, bool clinicianPage = false) {
        render::SlipContent content;
        content.referral = r;
        content.site = *referrals::SiteDirectory::find(r.toSite);
        content.fromOrganisationName = session::Organisations::name(r.fromOrg);
        content.languages = render::ReferralSlip::defaultLanguages(r, content.site);
        content.clinicianPage = clinicianPage;
        auto code = sender().session().slips().codeFor(r);
        REQUIRE(code.ok());
        content.qrText = *code;
        return content;
    }

    Branch thai;
    Branch lao;
};

QString scanImage(TempVault& vault, const QImage& image, referrals::ReferralService::Received* out = nullptr) {
    auto codes = render::QrTextFile::codesInImage(image);
    if (!codes.ok())
        return codes.error().message();
    auto scanned = vault.session().slips().scan(codes->first());
    if (!scanned.ok())
        return scanned.error().message();
    if (out)
        *out = *scanned;
    return QString();
}

QImage boxBlur(const QImage& source) {
    const QImage in = source.convertToFormat(QImage::Format_Grayscale8);
    QImage out(in.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < in.height(); ++y)
        for (int x = 0; x < in.width(); ++x) {
            int sum = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int sx = std::clamp(x + dx, 0, in.width() - 1);
                    const int sy = std::clamp(y + dy, 0, in.height() - 1);
                    sum += in.constScanLine(sy)[sx];
                    ++n;
                }
            out.scanLine(y)[x] = uchar(sum / n);
        }
    return out;
}

QImage jpeg(const QImage& image, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPG", quality));
    return QImage::fromData(bytes, "JPG");
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("A slip picture scanned on the receiving side gives back the same referral", "[slip][render]") {
    Border border;
    const referrals::Referral r = border.refer();
    const render::SlipContent content = border.slip(r);
    const QImage png = render::ReferralSlip::toImage(content, 200);
    REQUIRE(png.width() == 1165); // A5 at 200 dpi

    referrals::ReferralService::Received received;
    CHECK(scanImage(border.receiver(), png, &received).isEmpty());
    CHECK(received.created);
    CHECK(received.referral.code == r.code);
    CHECK(received.referral.uic == r.uic);
    CHECK(received.referral.name == r.name);
    CHECK(received.referral.toSite == r.toSite);
    CHECK(received.referral.regimen == r.regimen);
    CHECK(received.referral.lastDispense == r.lastDispense);
    CHECK(received.referral.daysSupplied == 90);
    CHECK(received.referral.visitBefore == r.visitBefore);
    CHECK(received.referral.reasons == r.reasons);
    CHECK(received.referral.status == QStringLiteral("received"));

    // A photo of it: smaller, turned a little, blurred, JPEG-compressed; and a chat app's copy.
    QImage photo = png.scaledToWidth(png.width() * 8 / 10, Qt::SmoothTransformation)
                       .transformed(QTransform().rotate(3), Qt::SmoothTransformation);
    photo = jpeg(boxBlur(photo), 70);
    CHECK(scanImage(border.receiver(), photo).isEmpty());
    CHECK(scanImage(border.receiver(), jpeg(png.scaledToHeight(1280, Qt::SmoothTransformation), 60)).isEmpty());
    // Twice scanned, still one referral with one "received".
    CHECK(border.receiver().session().referrals().list()->size() == 1);
    CHECK(border.receiver().session().referrals().events(r.id)->size() == 1);
}

TEST_CASE("The slip as PDF prints every chosen script, keeps clinical words off its face, and its page scans",
          "[slip][render][pdf]") {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        FAIL("poppler-utils and zbar-tools are needed (packaging/debian-packages.txt)");
    Border border;
    const referrals::Referral r = border.refer();
    render::SlipContent content = border.slip(r, true);
    content.languages = {QStringLiteral("km"), QStringLiteral("my"), QStringLiteral("lo")};
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
    REQUIRE(render::ReferralSlip::writePdf(pdf, content, render::ReferralSlip::PageSize::A4).ok());

    // Page 1 is the face; page 2 the clinician page.
    const QString face =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                          QStringLiteral("1"), pdf, QStringLiteral("-")});
    const QString clinician =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                          QStringLiteral("2"), pdf, QStringLiteral("-")});
    const QString flatFace = QString(face).remove(QChar(0x200B)).simplified();
    INFO(flatFace.toStdString());
    CHECK(flatFace.contains(r.code));
    CHECK(flatFace.contains(QStringLiteral("Lao Red Cross")));
    CHECK(flatFace.contains(r.visitBefore.toString(Qt::ISODate)));
    for (const QString& language : content.languages) {
        const QString title = render::ReferralSlip::label("Health service referral", language);
        CHECK(title != QStringLiteral("Health service referral")); // translated
        CHECK(face.contains(title.left(3)));
    }
    const QString faceWithoutCode = QString(flatFace).remove(r.code); // a random code could spell "ARV"
    for (const QString& word : {QStringLiteral("HIV"), QStringLiteral("AIDS"), QStringLiteral("ARV"),
                                QStringLiteral("antiretroviral"), QStringLiteral("TDF"), QStringLiteral("Regimen")})
        CHECK_FALSE(faceWithoutCode.contains(word, Qt::CaseInsensitive));
    CHECK(clinician.contains(QStringLiteral("TDF + 3TC + DTG")));
    CHECK(clinician.contains(QStringLiteral("HIV testing")));

    // The fonts of every script are embedded.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("Khmer")));
    CHECK(fonts.contains(QStringLiteral("Myanmar")));
    CHECK(fonts.contains(QStringLiteral("Lao")));

    // The printed page, as an image, scans on the receiving side.
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("page"))});
    const QImage page(dir.filePath(QStringLiteral("page-1.png")));
    REQUIRE_FALSE(page.isNull());
    CHECK(scanImage(border.receiver(), page).isEmpty());

    // An independent decoder reads the same code, and it holds no plaintext of the referral.
    const QString png = dir.filePath(QStringLiteral("slip.png"));
    REQUIRE(render::ReferralSlip::writePng(png, content).ok());
    const QString decoded =
        run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png}).trimmed();
    CHECK(decoded == content.qrText);
    // (Organisation codes are too short to test: three Base45 letters occur by chance.)
    for (const QString& plain : {r.uic, r.name, r.regimen, r.toSite, QString(r.code).remove(u'-')})
        CHECK_FALSE(decoded.contains(plain, Qt::CaseInsensitive));
}

TEST_CASE("Pictures without a slip's code, and codes that are not right, change nothing", "[slip][render]") {
    Border border;
    const referrals::Referral r = border.refer();
    const render::SlipContent content = border.slip(r);
    const auto count = [&] { return border.receiver().session().referrals().list()->size(); };

    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::white);
    CHECK_FALSE(render::QrTextFile::codesInImage(blank).ok());
    CHECK_FALSE(render::QrTextFile::codesInImage(QImage()).ok());

    const auto codeImage = [](const QString& text) {
        auto code = render::QrCode::encode(text);
        REQUIRE(code.ok());
        return code->toImage(6);
    };
    // Another QR code; a tampered, a truncated and a future-version slip code.
    QString tampered = content.qrText;
    tampered[tampered.size() / 2] = tampered.at(tampered.size() / 2) == u'A' ? u'B' : u'A';
    for (const QString& text :
         QStringList{QStringLiteral("https://example.org/"), tampered, content.qrText.left(content.qrText.size() - 30),
                     QStringLiteral("CR9:") + content.qrText.mid(4)}) {
        const QString message = scanImage(border.receiver(), codeImage(text));
        INFO(text.left(20).toStdString());
        CHECK_FALSE(message.isEmpty());
    }
    CHECK(scanImage(border.receiver(), codeImage(QStringLiteral("CR9:") + content.qrText.mid(4)))
              .contains(QStringLiteral("newer version")));
    CHECK(count() == 0);

    // Wrong key: a Cambodian coordinator who knows the Thai device cannot read it.
    Branch crc(0, QStringLiteral("CRC"));
    auto thaiCard = border.sender().session().deviceCard();
    REQUIRE(crc.coordinator().session().trust().enrol(*thaiCard, records::Role::Coordinator).ok());
    CHECK(scanImage(crc.coordinator(), codeImage(content.qrText)).contains(QStringLiteral("another National Society")));
    CHECK(crc.coordinator().session().referrals().list()->isEmpty());
}

TEST_CASE("Slip languages: two or three of the five, and sensible defaults", "[slip]") {
    CHECK(render::ReferralSlip::checkLanguages({QStringLiteral("th"), QStringLiteral("LO")}).ok());
    CHECK_FALSE(render::ReferralSlip::checkLanguages({QStringLiteral("th")}).ok());
    CHECK_FALSE(render::ReferralSlip::checkLanguages({QStringLiteral("th"), QStringLiteral("fr")}).ok());
    CHECK_FALSE(render::ReferralSlip::checkLanguages(
                    {QStringLiteral("th"), QStringLiteral("lo"), QStringLiteral("km"), QStringLiteral("my")})
                    .ok());
    referrals::Referral r;
    r.languages = {QStringLiteral("my")};
    referrals::Site site;
    site.languages = {QStringLiteral("th"), QStringLiteral("en")};
    CHECK(render::ReferralSlip::defaultLanguages(r, site) ==
          QStringList{QStringLiteral("th"), QStringLiteral("my"), QStringLiteral("en")});
}

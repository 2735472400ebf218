// corridor-bench slip: how long a referral slip takes to draw (PDF, PNG), how big its QR
// code is for a typical referral, and how long a scan of a 12-megapixel photo of it takes,
// against ZXing alone on the same photo at full size.
#include "tests/bench/BenchCommon.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/render/QrCode.h"
#include "core/render/QrTextFile.h"
#include "core/render/ReferralSlip.h"
#include "core/session/Organisations.h"
#include "core/session/Session.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTransform>

namespace corridor::bench {
namespace {

std::unique_ptr<session::Session> makeCoordinator(const QString& folder, const QString& organisation) {
    session::VaultSetup setup;
    setup.folder = folder;
    setup.userName = QStringLiteral("Bench %1").arg(organisation);
    setup.role = records::Role::Coordinator;
    setup.organisation = organisation;
    setup.branch = QStringLiteral("Mae Sot");
    setup.kdf = crypto::PassphraseKdf::minimum();
    auto created =
        session::Session::create(setup, crypto::SecureBuffer::fromPassphrase(QStringLiteral("bench passphrase")));
    if (!created.ok()) {
        note(created.error().message());
        std::exit(1);
    }
    return std::move(created->session);
}

template<typename F>
double medianMs(int runs, F&& f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

// The slip photographed: the page fills most of a 4000 × 3000 frame, a little turned,
// on a grey table, JPEG as a phone camera writes it.
QByteArray photo(const QImage& page) {
    QImage frame(4000, 3000, QImage::Format_RGB32);
    frame.fill(QColor(120, 120, 115));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QImage turned = page.scaledToHeight(2700, Qt::SmoothTransformation)
                              .transformed(QTransform().rotate(4), Qt::SmoothTransformation);
    p.drawImage(QPointF((frame.width() - turned.width()) / 2.0, (frame.height() - turned.height()) / 2.0), turned);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    frame.save(&buffer, "JPG", 85);
    return bytes;
}

} // namespace

int slipBench(const QStringList& args) {
    const int runs = option(args, QStringLiteral("--runs"), QStringLiteral("10")).toInt();
    QTemporaryDir dir;
    auto thai = makeCoordinator(dir.filePath(QStringLiteral("thai")), QStringLiteral("TRCS"));
    auto lao = makeCoordinator(dir.filePath(QStringLiteral("lao")), QStringLiteral("LRC"));
    (void)thai->trust().enrol(*lao->deviceCard(), records::Role::Coordinator);
    (void)lao->trust().enrol(*thai->deviceCard(), records::Role::Coordinator);

    // A typical referral: every field a volunteer fills, names in Lao.
    cases::Client c;
    c.uic = QStringLiteral("NOSO0101851");
    c.name = QStringLiteral("ນ້ອຍ ສີສຸວັນ");
    c.phone = QStringLiteral("+66 81 555 0101");
    c.languages = {QStringLiteral("lo"), QStringLiteral("th")};
    c.consent.keepRecords = true;
    c.consent.shareWithPartner = true;
    c.consent.date = thai->clock().today();
    auto client = thai->cases().addClient(c);
    referrals::ReferralService::Request request;
    request.clientId = client->id;
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art"), QStringLiteral("documents")};
    request.regimen = QStringLiteral("TDF + 3TC + DTG");
    request.lastDispense = thai->clock().today().addDays(-20);
    request.daysSupplied = 90;
    request.travelDate = thai->clock().today().addDays(5);
    request.visitBefore = thai->clock().today().addDays(30);
    request.slipLanguages = {QStringLiteral("lo"), QStringLiteral("th"), QStringLiteral("en")};
    request.senderContact = QStringLiteral("+66 55 000 000 / Line maesot-outreach");
    auto referral = thai->referrals().create(request);
    if (!client.ok() || !referral.ok()) {
        note(QStringLiteral("could not create the referral"));
        return 1;
    }
    render::SlipContent content;
    content.referral = *referral;
    content.site = *referrals::SiteDirectory::find(referral->toSite);
    content.fromOrganisationName = session::Organisations::name(referral->fromOrg);
    content.languages = render::ReferralSlip::defaultLanguages(*referral, content.site);
    auto text = thai->slips().codeFor(*referral);
    if (!text.ok()) {
        note(text.error().message());
        return 1;
    }
    content.qrText = *text;
    auto qr = render::QrCode::encode(content.qrText, render::QrCode::ErrorCorrection::Medium);
    report(QStringLiteral("qr_text_chars"), double(content.qrText.size()), 0);
    report(QStringLiteral("qr_version"), double(qr->version()), 0);
    report(QStringLiteral("qr_modules"), double(qr->modules()), 0);
    report(QStringLiteral("qr_error_correction"), QStringLiteral("M"));
    report(QStringLiteral("qr_module_mm_a5"), 60.0 / (qr->modules() + 8), 2);

    const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
    const QString png = dir.filePath(QStringLiteral("slip.png"));
    (void)render::ReferralSlip::writePdf(pdf, content); // warm-up: fonts load once
    const double pdfMs = medianMs(runs, [&] { (void)render::ReferralSlip::writePdf(pdf, content); });
    const double pngMs = medianMs(runs, [&] { (void)render::ReferralSlip::writePng(png, content); });
    // Baseline: an empty A5 PDF page and an empty A5 PNG at 200 dpi, the same Qt calls.
    const double emptyPdfMs = medianMs(runs, [&] {
        QPdfWriter writer(dir.filePath(QStringLiteral("empty.pdf")));
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter p(&writer);
        p.end();
    });
    const double emptyPngMs = medianMs(runs, [&] {
        QImage image(1165, 1654, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.save(dir.filePath(QStringLiteral("empty.png")), "PNG");
    });
    report(QStringLiteral("slip_pdf_ms"), pdfMs);
    report(QStringLiteral("slip_png_ms"), pngMs);
    report(QStringLiteral("empty_pdf_baseline_ms"), emptyPdfMs);
    report(QStringLiteral("empty_png_baseline_ms"), emptyPngMs);

    // Scanning a 12-megapixel photo of the printed slip, JPEG decoding included.
    const QByteArray jpeg = photo(render::ReferralSlip::toImage(content, 300));
    report(QStringLiteral("photo_megapixels"), 12.0, 0);
    report(QStringLiteral("photo_jpeg_kib"), jpeg.size() / 1024.0, 0);
    bool found = true;
    const double scanMs = medianMs(std::max(3, runs / 2), [&] {
        const QImage image = QImage::fromData(jpeg, "JPG");
        auto codes = render::QrTextFile::codesInImage(image);
        found = found && codes.ok() && codes->contains(content.qrText);
    });
    const double zxingMs = medianMs(std::max(3, runs / 2), [&] {
        const QImage image = QImage::fromData(jpeg, "JPG");
        auto codes = render::QrCode::decodeAll(image);
        found = found && codes.ok();
    });
    report(QStringLiteral("scan_12mp_found"), found ? QStringLiteral("yes") : QStringLiteral("no"));
    report(QStringLiteral("scan_12mp_ms"), scanMs);
    report(QStringLiteral("zxing_full_size_baseline_ms"), zxingMs);
    report(QStringLiteral("scan_vs_baseline_ratio"), scanMs / zxingMs);
    // The whole scan on the receiving side: find the code, verify, decrypt, record.
    const double receiveMs = medianMs(1, [&] {
        auto codes = render::QrTextFile::codesInImage(QImage::fromData(jpeg, "JPG"));
        if (codes.ok())
            found = found && lao->slips().scan(codes->first()).ok();
    });
    report(QStringLiteral("scan_and_record_12mp_ms"), receiveMs);
    return found ? 0 : 1;
}

} // namespace corridor::bench

#include "core/render/ReferralSlip.h"

#include "core/render/QrCode.h"
#include "core/render/TextWrap.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <memory>

namespace corridor::render {
namespace {

// Every label on a slip, for lupdate; translated per slip language by label().
[[maybe_unused]] const char* const Labels[] = {
    QT_TRANSLATE_NOOP("ReferralSlip", "Health service referral"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Referral code"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Please go to"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Visit before"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Phone"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Opening hours"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Contact person"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Referred by"),
    QT_TRANSLATE_NOOP("ReferralSlip", "For"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Show this slip at the reception. Staff can scan the square code or type the "
                                      "referral code."),
    QT_TRANSLATE_NOOP("ReferralSlip", "Keep this slip safe and show it only to the service."),
    QT_TRANSLATE_NOOP("ReferralSlip", "For staff: scan with Corridor"),
    QT_TRANSLATE_NOOP("ReferralSlip", "No square code on this slip: type the referral code."),
    QT_TRANSLATE_NOOP("ReferralSlip", "Clinician page: confidential"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Client code (UIC)"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Reasons for referral"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Regimen"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Last dispense"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Days of medicine supplied"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Viral load"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Expected travel date"),
    QT_TRANSLATE_NOOP("ReferralSlip", "The client consented to sharing these details with the receiving service."),
    QT_TRANSLATE_NOOP("ReferralSlip", "ART continuation"),
    QT_TRANSLATE_NOOP("ReferralSlip", "HIV testing"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Psychosocial support"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Identity documents (embassy)"),
    QT_TRANSLATE_NOOP("ReferralSlip", "Other"),
};

const char* reasonSource(const QString& reason) {
    if (reason == QLatin1String("art"))
        return "ART continuation";
    if (reason == QLatin1String("testing"))
        return "HIV testing";
    if (reason == QLatin1String("pss"))
        return "Psychosocial support";
    if (reason == QLatin1String("documents"))
        return "Identity documents (embassy)";
    return "Other";
}

QTranslator* translatorFor(const QString& language) {
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    auto found = loaded.find(language);
    if (found == loaded.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/corridor_%1.qm").arg(language)))
            translator.reset();
        found = loaded.emplace(language, std::move(translator)).first;
    }
    return found->second.get();
}

QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Draws in millimetres on a device of any resolution; fonts are sized in points.
class Canvas {
public:
    Canvas(QPainter& painter, const QRectF& page)
        : m_p(painter)
        , m_page(page)
        , m_pxPerMm(page.width() / 148.0) {}

    qreal px(qreal mm) const { return mm * m_pxPerMm; }
    QPointF at(qreal xMm, qreal yMm) const { return m_page.topLeft() + QPointF(px(xMm), px(yMm)); }
    qreal heightMm() const { return m_page.height() / m_pxPerMm; }

    QFont font(qreal points, bool bold = false, bool mono = false) const {
        QFont f;
        f.setFamilies(mono ? QStringList{QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono")}
                           : QStringList{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Khmer"),
                                         QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans Lao"),
                                         QStringLiteral("Noto Sans Myanmar"), QStringLiteral("Khmer OS"),
                                         QStringLiteral("Padauk"), QStringLiteral("DejaVu Sans")});
        // Scaled with the page: the same slip at A5 and A4, on paper and on screen.
        f.setPixelSize(std::max(1, qRound(points / 72.0 * 25.4 * m_pxPerMm)));
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    // Wrapped text from (x, y) within width; returns the y below it.
    // Qt 6.4 asks "Noto Sans" first for Khmer and complains that it cannot; a Khmer font
    // goes first for text that has Khmer in it (Latin still falls back to Noto Sans).
    static QFont forText(const QFont& font, const QString& s) {
        const bool khmer = std::any_of(s.begin(), s.end(), [](QChar c) { return c.script() == QChar::Script_Khmer; });
        if (!khmer || font.families().value(0) == QLatin1String("Noto Sans Mono"))
            return font;
        QFont out = font;
        QStringList families = font.families();
        families.removeAll(QStringLiteral("Noto Sans Khmer"));
        families.prepend(QStringLiteral("Noto Sans Khmer"));
        out.setFamilies(families);
        return out;
    }

    qreal height(qreal widthMm, const QString& s, const QFont& font) const {
        const QFont f = forText(font, s);
        const QFontMetricsF metrics(f, m_p.device());
        return TextWrap::lines(s, f, px(widthMm), m_p.device()).size() * metrics.lineSpacing() / m_pxPerMm;
    }

    qreal text(qreal xMm, qreal yMm, qreal widthMm, const QString& s, const QFont& font,
               const QColor& color = Qt::black) {
        if (s.trimmed().isEmpty())
            return yMm;
        const QFont f = forText(font, s);
        m_p.setFont(f);
        m_p.setPen(color);
        const QFontMetricsF metrics(f, m_p.device());
        qreal y = px(yMm);
        for (const QString& line : TextWrap::lines(s, f, px(widthMm), m_p.device())) {
            m_p.drawText(QPointF(m_page.left() + px(xMm), m_page.top() + y + metrics.ascent()), line);
            y += metrics.lineSpacing();
        }
        return y / m_pxPerMm;
    }

    void qr(qreal xMm, qreal yMm, qreal sizeMm, const QrCode& code) {
        // Vector squares, one path: sharp at any zoom and on any printer.
        const int quiet = 4;
        const qreal module = px(sizeMm) / (code.modules() + 2 * quiet);
        QPainterPath path;
        const QPointF origin = at(xMm, yMm);
        for (int y = 0; y < code.modules(); ++y)
            for (int x = 0; x < code.modules();) {
                if (!code.dark(x, y)) {
                    ++x;
                    continue;
                }
                int run = x;
                while (run < code.modules() && code.dark(run, y))
                    ++run;
                path.addRect(QRectF(origin.x() + (quiet + x) * module, origin.y() + (quiet + y) * module,
                                    (run - x) * module, module));
                x = run;
            }
        m_p.fillRect(QRectF(origin, QSizeF(px(sizeMm), px(sizeMm))), Qt::white);
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(Qt::black);
        m_p.drawPath(path);
        m_p.setBrush(Qt::NoBrush);
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, const QColor& color, qreal widthMm = 0.3) {
        m_p.setPen(QPen(color, px(widthMm)));
        m_p.drawLine(at(x1, y1), at(x2, y2));
    }

    void box(qreal x, qreal y, qreal w, qreal h, const QColor& color) {
        m_p.setPen(QPen(color, px(0.4), Qt::DashLine));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(at(x, y), QSizeF(px(w), px(h))));
    }

private:
    QPainter& m_p;
    QRectF m_page;
    qreal m_pxPerMm;
};

const QColor Grey(90, 90, 90);
const QColor Red(190, 30, 45);
constexpr qreal Margin = 10;
constexpr qreal Width = 148 - 2 * Margin;

QString labels(const char* source, const QStringList& languages) {
    QStringList out;
    for (const QString& language : languages) {
        const QString text = ReferralSlip::label(source, language);
        if (!out.contains(text))
            out << text;
    }
    return out.join(QStringLiteral(" · "));
}

// A labelled block: the label in every language, small and grey, then the values.
qreal section(Canvas& c, qreal y, const char* label, const QStringList& languages, const QStringList& values,
              bool boldFirst = false, qreal valuePoints = 10.5) {
    QStringList present;
    for (const QString& v : values)
        if (!v.trimmed().isEmpty())
            present << v.trimmed();
    if (present.isEmpty())
        return y;
    y = c.text(Margin, y, Width, labels(label, languages), c.font(7.5), Grey);
    for (qsizetype i = 0; i < present.size(); ++i)
        y = c.text(Margin, y, Width, present.at(i), c.font(valuePoints, boldFirst && i == 0));
    return y + 2.5;
}

void paintFace(Canvas& c, const SlipContent& s) {
    const referrals::Referral& r = s.referral;
    const QStringList& langs = s.languages;
    constexpr qreal QrSize = 60;
    constexpr qreal QrLeft = 148 - Margin - QrSize + 4; // the quiet zone may reach into the margin
    constexpr qreal LeftWidth = QrLeft - Margin - 3;

    // Title in every language, then the code to type.
    qreal y = Margin;
    c.line(Margin, y, Margin + LeftWidth, y, Red, 1.2);
    y += 2.5;
    for (const QString& language : langs)
        y = c.text(Margin, y, LeftWidth, ReferralSlip::label("Health service referral", language), c.font(12.5, true));
    y += 3;
    y = c.text(Margin, y, LeftWidth, labels("Referral code", langs), c.font(7.5), Grey);
    y = c.text(Margin, y, LeftWidth, r.code, c.font(19, true, true));

    // The QR code, or a box that says to type the code.
    const qreal qrTop = Margin - 4;
    if (!s.qrText.isEmpty()) {
        auto code = QrCode::encode(s.qrText, QrCode::ErrorCorrection::Medium);
        if (code.ok())
            c.qr(QrLeft, qrTop, QrSize, *code);
    } else {
        c.box(QrLeft + 4, qrTop + 4, QrSize - 8, QrSize - 8, Grey);
        QStringList lines;
        for (const QString& language : langs)
            lines << ReferralSlip::label("No square code on this slip: type the referral code.", language);
        c.text(QrLeft + 7, qrTop + 8, QrSize - 14, lines.join(u'\n'), c.font(7.5), Grey);
    }
    const qreal captionBottom = c.text(QrLeft + 4, qrTop + QrSize - 2, QrSize - 8,
                                       labels("For staff: scan with Corridor", langs), c.font(6.5), Grey);
    y = std::max(y, captionBottom) + 4;
    c.line(Margin, y, 148 - Margin, y, Grey, 0.2);
    y += 3;

    // Where to go and by when.
    const referrals::Site& site = s.site;
    y = section(c, y, "Please go to", langs, {site.name, site.localName, site.address}, true, 11.5);
    y = section(c, y, "Phone", langs, {site.phone});
    y = section(c, y, "Opening hours", langs, {site.hours});
    y = section(c, y, "Contact person", langs, {r.toContact});
    y = section(c, y, "Visit before", langs, {isoDate(r.visitBefore)}, true, 14);
    y = section(c, y, "Referred by", langs,
                {QStringList{r.senderName, r.fromBranch}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(QStringLiteral(", ")),
                 s.fromOrganisationName, r.senderContact});
    y = section(c, y, "For", langs, {r.name});

    // What to do with it, at the foot of the page.
    QStringList foot;
    for (const QString& language : langs)
        foot << ReferralSlip::label("Show this slip at the reception. Staff can scan the square code or type the "
                                    "referral code.",
                                    language) +
                    u' ' + ReferralSlip::label("Keep this slip safe and show it only to the service.", language);
    const QFont footFont = c.font(7);
    qreal footHeight = 0;
    for (const QString& paragraph : foot)
        footHeight += c.height(Width, paragraph, footFont);
    qreal footY = std::max(y + 2, c.heightMm() - Margin + 3 - footHeight);
    c.line(Margin, footY - 1.5, 148 - Margin, footY - 1.5, Grey, 0.2);
    for (const QString& paragraph : foot)
        footY = c.text(Margin, footY, Width, paragraph, footFont, Grey);
}

void paintClinicianPage(Canvas& c, const SlipContent& s) {
    const referrals::Referral& r = s.referral;
    QStringList langs = s.languages;
    if (!langs.contains(QStringLiteral("en")))
        langs << QStringLiteral("en"); // clinical terms are read in English too
    qreal y = Margin;
    c.line(Margin, y, 148 - Margin, y, Red, 1.2);
    y += 2.5;
    y = c.text(Margin, y, Width, labels("Clinician page: confidential", langs), c.font(12.5, true));
    y = c.text(Margin, y + 1, Width, r.code, c.font(16, true, true)) + 4;
    y = section(c, y, "Client code (UIC)", langs, {r.uic, r.name});
    QStringList reasons;
    for (const QString& reason : r.reasons)
        reasons << labels(reasonSource(reason), langs);
    y = section(c, y, "Reasons for referral", langs, {reasons.join(u'\n')});
    y = section(c, y, "Regimen", langs, {r.regimen}, true, 12);
    y = section(c, y, "Last dispense", langs, {isoDate(r.lastDispense)});
    y = section(c, y, "Days of medicine supplied", langs,
                {r.daysSupplied > 0 ? QString::number(r.daysSupplied) : QString()});
    y = section(c, y, "Viral load", langs,
                {QStringList{isoDate(r.viralLoadDate), r.viralLoadResult}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(QStringLiteral(": "))});
    y = section(c, y, "Expected travel date", langs, {isoDate(r.travelDate)});
    y = section(c, y, "Visit before", langs, {isoDate(r.visitBefore)});
    y = section(c, y, "Referred by", langs, {r.senderName, s.fromOrganisationName, r.senderContact});
    if (r.consentToShare) {
        QStringList consent;
        for (const QString& language : langs)
            consent << ReferralSlip::label("The client consented to sharing these details with the receiving service.",
                                           language);
        c.text(Margin, y + 2, Width, consent.join(u'\n'), c.font(8), Grey);
    }
}

} // namespace

QStringList ReferralSlip::supportedLanguages() {
    return {QStringLiteral("km"), QStringLiteral("lo"), QStringLiteral("th"), QStringLiteral("my"),
            QStringLiteral("en")};
}

QStringList ReferralSlip::defaultLanguages(const referrals::Referral& referral, const referrals::Site& site) {
    if (checkLanguages(referral.slipLanguages).ok())
        return referral.slipLanguages;
    QStringList out;
    for (const QStringList& source : {site.languages, referral.languages})
        for (const QString& language : source)
            if (supportedLanguages().contains(language) && language != QLatin1String("en") && !out.contains(language) &&
                out.size() < 2)
                out << language;
    out << QStringLiteral("en");
    if (out.size() < 2)
        out.prepend(QStringLiteral("th") == out.first() ? QStringLiteral("lo") : QStringLiteral("th"));
    return out;
}

Result<QStringList> ReferralSlip::checkLanguages(const QStringList& codes) {
    QStringList out;
    for (const QString& raw : codes) {
        const QString code = raw.trimmed().toLower();
        if (code.isEmpty())
            continue;
        if (!supportedLanguages().contains(code))
            return Error(ErrorCode::InvalidInput,
                         tr("“%1” is not a slip language (%2).").arg(code, supportedLanguages().join(u',')));
        if (!out.contains(code))
            out << code;
    }
    if (out.size() < 2 || out.size() > 3)
        return Error(ErrorCode::InvalidInput, tr("Choose two or three languages for the slip."));
    return out;
}

Result<SlipContent> ReferralSlip::contentFor(const referrals::Referral& referral, const referrals::Site& site,
                                             const QString& qrText, const QString& fromOrganisationName,
                                             const QStringList& languages, bool clinicianPage) {
    SlipContent content;
    content.referral = referral;
    content.site = site;
    if (content.site.name.isEmpty()) {
        content.site.id = referral.toSite;
        content.site.name = referral.toSite;
    }
    content.fromOrganisationName = fromOrganisationName;
    if (languages.isEmpty()) {
        content.languages = defaultLanguages(referral, content.site);
    } else {
        auto checked = checkLanguages(languages);
        if (!checked.ok())
            return checked.error();
        content.languages = *checked;
    }
    content.qrText = qrText;
    content.clinicianPage = clinicianPage;
    return content;
}

QString ReferralSlip::label(const char* source, const QString& language) {
    if (language != QLatin1String("en"))
        if (QTranslator* translator = translatorFor(language)) {
            const QString translated = translator->translate("ReferralSlip", source);
            if (!translated.isEmpty())
                return translated;
        }
    return QString::fromUtf8(source);
}

void ReferralSlip::paint(QPainter& painter, const QRectF& page, const SlipContent& content, int pageIndex) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false); // crisp QR modules
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(page, Qt::white);
    Canvas canvas(painter, page);
    if (pageIndex == 0)
        paintFace(canvas, content);
    else
        paintClinicianPage(canvas, content);
    painter.restore();
}

Status ReferralSlip::print(QPagedPaintDevice& device, const SlipContent& content) {
    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorCode::Io, tr("Could not start printing the slip."));
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    for (int i = 0; i < pageCount(content); ++i) {
        if (i > 0)
            device.newPage();
        // The slip keeps A5 proportions; on a larger page it is scaled up, centred at the top.
        const qreal width = std::min(page.width(), page.height() * 148.0 / 210.0);
        paint(painter, QRectF(page.left() + (page.width() - width) / 2, page.top(), width, width * 210.0 / 148.0),
              content, i);
    }
    if (!painter.end())
        return Error(ErrorCode::Io, tr("Could not finish printing the slip."));
    return success();
}

Status ReferralSlip::writePdf(const QString& path, const SlipContent& content, PageSize size) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists())
        return Error(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(size == PageSize::A4 ? QPageSize::A4 : QPageSize::A5));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(label("Health service referral", QStringLiteral("en")));
        writer.setCreator(QStringLiteral("Corridor"));
        CORRIDOR_TRY(print(writer, content));
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

QImage ReferralSlip::toImage(const SlipContent& content, int dpi, int pageIndex) {
    const QSize size(qRound(148 / 25.4 * dpi), qRound(210 / 25.4 * dpi));
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), content, pageIndex);
    painter.end();
    return image;
}

Status ReferralSlip::writePng(const QString& path, const SlipContent& content, int dpi) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists())
        return Error(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QImage image = toImage(content, dpi, 0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace corridor::render

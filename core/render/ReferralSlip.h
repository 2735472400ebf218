#pragma once

#include "core/base/Result.h"
#include "core/referrals/Referral.h"
#include "core/referrals/SiteDirectory.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;

namespace corridor::render {

// What a slip shows. The face is discreet: "health service referral", the code to type,
// where to go and by when, who sent the person, and the QR code. Clinical details are
// only inside the QR code and on the clinician page, printed on request.
struct SlipContent {
    referrals::Referral referral;
    referrals::Site site;
    QString fromOrganisationName; // the sending National Society's full name
    QString qrText;               // empty if this laptop holds no key of the receiving side
    QStringList languages;        // two or three of km, lo, th, my, en, in order
    bool clinicianPage = false;
};

// The referral slip on paper (PDF A5 or A4, a printer) and as a picture for a chat app.
// Every label appears in each chosen language, translated from the app's own translation
// files, whatever language the app itself is in.
class ReferralSlip {
    Q_DECLARE_TR_FUNCTIONS(ReferralSlip)
public:
    enum class PageSize { A5, A4 };

    static QStringList supportedLanguages(); // km, lo, th, my, en
    // The receiving site's languages, then the client's, then English: two or three.
    static QStringList defaultLanguages(const referrals::Referral& referral, const referrals::Site& site);
    // Two or three distinct supported codes, or why not.
    [[nodiscard]] static Result<QStringList> checkLanguages(const QStringList& codes);

    // The content of a referral's slip, with its site as the directory has it (a site with
    // just the id if the directory has none), the languages given (checked) or the defaults.
    [[nodiscard]] static Result<SlipContent> contentFor(const referrals::Referral& referral,
                                                        const referrals::Site& site, const QString& qrText,
                                                        const QString& fromOrganisationName,
                                                        const QStringList& languages, bool clinicianPage);

    static int pageCount(const SlipContent& content) { return content.clinicianPage ? 2 : 1; }
    // Paints one page into `page` (device pixels); everything scales with its width.
    static void paint(QPainter& painter, const QRectF& page, const SlipContent& content, int pageIndex);

    [[nodiscard]] static Status writePdf(const QString& path, const SlipContent& content, PageSize size = PageSize::A5);
    [[nodiscard]] static QImage toImage(const SlipContent& content, int dpi = 200, int pageIndex = 0);
    [[nodiscard]] static Status writePng(const QString& path, const SlipContent& content, int dpi = 200);
    // Paints every page on a printer or PDF writer already set up by the caller.
    [[nodiscard]] static Status print(QPagedPaintDevice& device, const SlipContent& content);

    // A label in one language, from the translation files (English is the source).
    static QString label(const char* source, const QString& language);
};

} // namespace corridor::render

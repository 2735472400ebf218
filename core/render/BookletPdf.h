#pragma once

#include "core/base/Result.h"
#include "core/content/ContentPack.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

namespace corridor::render {

// The "Know before you go" booklet as printable A5 pages: a cover with the contents and the
// translation status, then each section on a new page, in one language or two side by side
// (the volunteer's language next to the migrant's, paragraph by paragraph). Markdown is
// read by QTextDocument; lines are broken by TextWrap, so Khmer, Lao and Myanmar wrap at
// words; every page carries its number.
class BookletPdf {
    Q_DECLARE_TR_FUNCTIONS(BookletPdf)
public:
    // "km" or "km,en": one or two of the pack's languages.
    [[nodiscard]] static Result<QStringList> parseLanguages(const QString& spec);
    [[nodiscard]] static Status write(const QString& path, const content::ContentPack& pack,
                                      const QStringList& languages);
    // Draws onto any paged device (a printer, a PDF); returns the number of pages.
    [[nodiscard]] static Result<int> print(QPagedPaintDevice& device, const content::ContentPack& pack,
                                           const QStringList& languages);
};

} // namespace corridor::render

#include "core/render/BookletPdf.h"

#include "core/render/TextWrap.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace corridor::render {

namespace {

constexpr qreal PageWidthMm = 148;
constexpr qreal MarginMm = 13;
constexpr qreal TopMm = 14;
constexpr qreal BottomMm = 16; // room for the page number
constexpr qreal GutterMm = 6;
constexpr qreal BodyPt = 10;
constexpr qreal KeepWithHeadingMm = 18;

struct Run {
    QString text;
    bool bold = false;
};

// One paragraph, heading or list item of a section, as QTextDocument read it.
struct Block {
    int heading = 0; // 0 body, 1 section title, 2 heading inside a section
    bool item = false;
    QList<Run> runs;
};

QList<Block> blocksOf(const QString& markdown) {
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    QList<Block> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        Block block;
        block.heading = b.blockFormat().headingLevel() > 0 ? 2 : 0;
        block.item = b.textList() != nullptr;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                block.runs << Run{fragment.text(), fragment.charFormat().fontWeight() >= QFont::DemiBold};
        }
        QString all;
        for (const Run& r : std::as_const(block.runs))
            all += r.text;
        if (!all.trimmed().isEmpty())
            out << block;
    }
    return out;
}

QStringList familiesFor(const QString& language) {
    QStringList families;
    if (language == QLatin1String("km"))
        families << QStringLiteral("Noto Sans Khmer") << QStringLiteral("Khmer OS");
    else if (language == QLatin1String("lo"))
        families << QStringLiteral("Noto Sans Lao");
    else if (language == QLatin1String("my"))
        families << QStringLiteral("Noto Sans Myanmar") << QStringLiteral("Padauk");
    else if (language == QLatin1String("th"))
        families << QStringLiteral("Noto Sans Thai");
    // Latin letters and digits: the script fonts above have none.
    families << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans");
    return families;
}

struct Op {
    QPointF at; // baseline start, device pixels
    QString text;
    QFont font;
    QColor color = Qt::black;
};

struct Line {
    QList<Run> runs;
    qreal indentMm = 0;
    bool bullet = false;
    qreal heightMm = 0;
    qreal ascentMm = 0;
    qreal spaceBeforeMm = 0;
    int heading = 0;
    QColor color = Qt::black;
};

class Layout {
public:
    Layout(QPaintDevice* device, qreal pageHeightPx, qreal pxPerMm)
        : m_device(device)
        , m_pxPerMm(pxPerMm)
        , m_pageHeightMm(pageHeightPx / pxPerMm) {}

    qreal px(qreal mm) const { return mm * m_pxPerMm; }

    QFont font(const QString& language, qreal points, bool bold) const {
        QFont f;
        f.setFamilies(familiesFor(language));
        f.setPixelSize(std::max(1, qRound(px(points / 72.0 * 25.4))));
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }

    static qreal pointsFor(int heading) { return heading == 1 ? 16 : heading == 2 ? 12 : BodyPt; }

    // A block broken into lines no wider than widthMm, keeping bold runs.
    QList<Line> lines(const Block& block, const QString& language, qreal widthMm, bool first) const {
        const qreal points = pointsFor(block.heading);
        const bool allBold = block.heading > 0;
        const qreal indent = block.item ? 5 : 0;
        QString plain;
        bool anyBold = allBold;
        for (const Run& r : block.runs) {
            plain += r.text;
            anyBold = anyBold || r.bold;
        }
        plain.replace(QChar::LineSeparator, u' ');
        // Measured in bold when any of it is bold: a line never runs past the margin.
        const QFont measure = font(language, points, anyBold);
        const QFontMetricsF metrics(measure, m_device);
        const QStringList texts = TextWrap::lines(plain, measure, px(widthMm - indent), m_device);
        QList<Line> out;
        qsizetype offset = 0;
        for (const QString& text : texts) {
            Line line;
            line.indentMm = indent;
            line.bullet = block.item && out.isEmpty();
            line.heightMm = metrics.lineSpacing() * (block.heading ? 1.15 : 1.2) / m_pxPerMm;
            line.ascentMm = metrics.ascent() / m_pxPerMm;
            line.heading = block.heading;
            line.color = block.heading ? QColor(0xB0, 0x10, 0x20) : QColor(Qt::black);
            if (out.isEmpty() && !first)
                line.spaceBeforeMm = block.heading ? 4 : block.item ? 1 : 2.5;
            const qsizetype start = text.isEmpty() ? offset : plain.indexOf(text, offset);
            const qsizetype from = start < 0 ? offset : start;
            const qsizetype to = from + text.size();
            qsizetype runStart = 0;
            for (const Run& r : block.runs) {
                const qsizetype runEnd = runStart + r.text.size();
                const qsizetype a = std::max(from, runStart), b = std::min(to, runEnd);
                if (a < b)
                    line.runs << Run{plain.mid(a, b - a), allBold || r.bold};
                runStart = runEnd;
            }
            offset = to;
            out << line;
        }
        return out;
    }

    // Places rows of columns: every column's lines from the same y; a row that does not fit
    // continues on the next page, column by column.
    void place(const QList<QList<Line>>& columns, const QList<qreal>& columnX, const QList<QString>& languages) {
        // A heading keeps a few lines of its text with it: never alone at a page's foot.
        for (const QList<Line>& column : columns)
            if (!column.isEmpty() && column.first().heading == 2 &&
                m_y + column.first().spaceBeforeMm + column.first().heightMm + KeepWithHeadingMm >
                    m_pageHeightMm - BottomMm) {
                newPage();
                break;
            }
        QList<qsizetype> next(columns.size(), 0);
        QList<qreal> y(columns.size(), m_y);
        for (;;) {
            bool more = false;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                while (next[c] < columns[c].size()) {
                    const Line& line = columns[c][next[c]];
                    const qreal space = y[c] == TopMm ? 0 : line.spaceBeforeMm;
                    if (y[c] + space + line.heightMm > m_pageHeightMm - BottomMm && y[c] > TopMm)
                        break;
                    y[c] += space;
                    draw(line, columnX[c], y[c], languages[c]);
                    y[c] += line.heightMm;
                    ++next[c];
                }
                more = more || next[c] < columns[c].size();
            }
            if (!more)
                break;
            newPage();
            for (qreal& v : y)
                v = TopMm;
        }
        m_y = *std::max_element(y.begin(), y.end());
    }

    void draw(const Line& line, qreal xMm, qreal yMm, const QString& language) {
        const qreal points = pointsFor(line.heading);
        qreal x = px(xMm + line.indentMm);
        const qreal baseline = px(yMm + line.ascentMm);
        if (line.bullet)
            m_pages.last() << Op{QPointF(px(xMm + 1), baseline), QStringLiteral("•"), font(language, points, false)};
        for (const Run& r : line.runs) {
            const QFont f = font(language, points, r.bold);
            m_pages.last() << Op{QPointF(x, baseline), r.text, f, line.color};
            x += QFontMetricsF(f, m_device).horizontalAdvance(r.text);
        }
    }

    void newPage() {
        m_pages.append(QList<Op>());
        m_y = TopMm;
    }
    int pageCount() const { return int(m_pages.size()); }
    const QList<QList<Op>>& pages() const { return m_pages; }
    void addOp(const Op& op) { m_pages.last() << op; }

private:
    QPaintDevice* m_device;
    qreal m_pxPerMm;
    qreal m_pageHeightMm;
    qreal m_y = TopMm;
    QList<QList<Op>> m_pages;
};

Block titleBlock(const QString& text, int heading) {
    Block b;
    b.heading = heading;
    b.runs << Run{text, true};
    return b;
}

Block plainBlock(const QString& text) {
    Block b;
    b.runs << Run{text, false};
    return b;
}

} // namespace

Result<QStringList> BookletPdf::parseLanguages(const QString& spec) {
    QStringList out;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toLower();
        if (!content::packLanguages().contains(code))
            return Error(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a booklet language; use en, km, lo, my or th.").arg(part.trimmed()));
        if (out.contains(code))
            return Error(ErrorCode::InvalidInput, tr("The language %1 is given twice.").arg(code));
        out << code;
    }
    if (out.isEmpty() || out.size() > 2)
        return Error(ErrorCode::InvalidInput, tr("Give one language, or two for side by side (for example km,en)."));
    return out;
}

Result<int> BookletPdf::print(QPagedPaintDevice& device, const content::ContentPack& pack,
                              const QStringList& languages) {
    for (const QString& language : languages)
        if (!content::packLanguages().contains(language))
            return Error(ErrorCode::InvalidInput, tr("\"%1\" is not a booklet language.").arg(language));
    if (languages.isEmpty() || languages.size() > 2)
        return Error(ErrorCode::InvalidInput, tr("Give one language, or two for side by side."));

    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const qreal pxPerMm = page.width() / PageWidthMm;
    Layout layout(&device, page.height(), pxPerMm);
    const qreal textWidth = PageWidthMm - 2 * MarginMm;
    const qreal columnWidth = languages.size() == 1 ? textWidth : (textWidth - GutterMm) / 2;
    QList<qreal> columnX;
    for (qsizetype c = 0; c < languages.size(); ++c)
        columnX << MarginMm + c * (columnWidth + GutterMm);
    // One row of blocks on a layout, a column per language.
    const auto rowOn = [&](Layout& target, const std::function<QList<Block>(const QString&)>& blocksIn, bool first) {
        QList<QList<Line>> columns;
        for (const QString& language : languages) {
            QList<Line> lines;
            bool firstBlock = first;
            for (const Block& block : blocksIn(language)) {
                lines += target.lines(block, language, columnWidth, firstBlock);
                firstBlock = false;
            }
            columns << lines;
        }
        target.place(columns, columnX, languages);
    };
    const auto row = [&](const std::function<QList<Block>(const QString&)>& blocksIn, bool first) {
        rowOn(layout, blocksIn, first);
    };

    // The cover: title, contents (filled in once the sections are placed), review notes.
    layout.newPage();
    row([&](const QString& l) { return QList<Block>{titleBlock(pack.bookletTitle.value(l), 1)}; }, true);
    QList<int> sectionPages;
    for (const content::BookletSection& section : pack.booklet) {
        layout.newPage();
        sectionPages << layout.pageCount();
        row([&](const QString& l) { return QList<Block>{titleBlock(section.title.value(l), 1)}; }, true);
        QList<QList<Block>> perLanguage;
        for (const QString& language : languages)
            perLanguage << blocksOf(section.body.value(language));
        const bool aligned = std::all_of(perLanguage.begin(), perLanguage.end(),
                                         [&](const QList<Block>& b) { return b.size() == perLanguage.first().size(); });
        if (aligned) {
            // Translations keep the English structure: paragraph i beside paragraph i.
            for (qsizetype i = 0; i < perLanguage.first().size(); ++i)
                row([&](const QString& l) { return QList<Block>{perLanguage[languages.indexOf(l)][i]}; }, false);
        } else {
            row([&](const QString& l) { return perLanguage[languages.indexOf(l)]; }, false);
        }
    }

    // Contents and review notes on the cover, now that page numbers are known.
    Layout cover(&device, page.height(), pxPerMm);
    cover.newPage();
    const auto coverRow = [&](const std::function<QList<Block>(const QString&)>& blocksIn, bool first) {
        rowOn(cover, blocksIn, first);
    };
    coverRow([&](const QString& l) { return QList<Block>{titleBlock(pack.bookletTitle.value(l), 1)}; }, true);
    for (qsizetype i = 0; i < pack.booklet.size(); ++i) {
        const content::BookletSection& section = pack.booklet.at(i);
        coverRow(
            [&](const QString& l) {
                Block b = plainBlock(QStringLiteral("%1  ·  %2").arg(sectionPages.at(i)).arg(section.title.value(l)));
                b.item = false;
                return QList<Block>{b};
            },
            false);
    }
    coverRow(
        [&](const QString& l) {
            const QString review = pack.bookletReview.value(l);
            return review == QLatin1String("reviewed") || review.isEmpty() ? QList<Block>()
                                                                           : QList<Block>{plainBlock(review)};
        },
        false);
    if (cover.pageCount() > 1)
        return Error(ErrorCode::LimitExceeded, tr("The booklet's contents do not fit on its cover."));

    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorCode::Io, tr("The booklet cannot be drawn on this device."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = layout.pageCount();
    const QFont footer = layout.font(QStringLiteral("en"), 8, false);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        const QList<Op>& ops = p == 0 ? cover.pages().first() : layout.pages().at(p);
        for (const Op& op : ops) {
            painter.setFont(op.font);
            painter.setPen(op.color);
            painter.drawText(op.at, op.text);
        }
        painter.setFont(footer);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QString number = QStringLiteral("%1 / %2").arg(p + 1).arg(pages);
        const QFontMetricsF metrics(footer, &device);
        painter.drawText(
            QPointF((page.width() - metrics.horizontalAdvance(number)) / 2, page.height() - layout.px(BottomMm / 2)),
            number);
        const QString edition = QStringLiteral("%1 v%2 · %3").arg(pack.id).arg(pack.version).arg(languages.join(u'+'));
        painter.drawText(QPointF(layout.px(MarginMm), page.height() - layout.px(BottomMm / 2)), edition);
    }
    painter.end();
    return pages;
}

Status BookletPdf::write(const QString& path, const content::ContentPack& pack, const QStringList& languages) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir(folder).exists())
        return Error(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(pack.bookletTitle.value(languages.value(0)));
        writer.setCreator(QStringLiteral("Corridor"));
        auto printed = print(writer, pack, languages);
        if (!printed.ok()) {
            file.cancelWriting();
            return printed.error();
        }
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace corridor::render

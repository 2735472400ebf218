#include "ui/BookletPanel.h"

#include "core/render/BookletPdf.h"
#include "core/session/Session.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/ReadableText.h"

#include <QRegularExpression>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace corridor::ui {

namespace {

constexpr double LargeTextFactor = 1.8;

} // namespace

BookletPanel::BookletPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_secondLabel(new QLabel(this))
    , m_second(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_large(new QCheckBox(this))
    , m_export(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_contents(new QListWidget(this))
    , m_pages(new QSplitter(this))
    , m_left(new QTextBrowser(this))
    , m_right(new QTextBrowser(this))
    , m_review(new QLabel(this)) {
    setObjectName(QStringLiteral("bookletPanel"));
    m_language->setObjectName(QStringLiteral("bookletLanguageCombo"));
    m_second->setObjectName(QStringLiteral("bookletSecondLanguageCombo"));
    m_search->setObjectName(QStringLiteral("bookletSearchLineEdit"));
    m_large->setObjectName(QStringLiteral("bookletLargeTextCheckBox"));
    m_contents->setObjectName(QStringLiteral("bookletContentsList"));
    m_left->setObjectName(QStringLiteral("bookletLeftBrowser"));
    m_right->setObjectName(QStringLiteral("bookletRightBrowser"));
    m_review->setObjectName(QStringLiteral("bookletReviewLabel"));
    m_languageLabel->setBuddy(m_language);
    m_secondLabel->setBuddy(m_second);
    m_search->setClearButtonEnabled(true);
    m_review->setWordWrap(true);
    m_review->setStyleSheet(QStringLiteral("color:#7a4b00;"));
    LanguageManager::fillCombo(m_language);
    LanguageManager::fillCombo(m_second, tr("(none)"));
    LanguageManager::selectInCombo(m_language, QStringLiteral("en"));
    for (QTextBrowser* browser : {m_left, m_right}) {
        browser->setOpenLinks(false);
        browser->document()->setDocumentMargin(16);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_secondLabel);
    bar->addWidget(m_second);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_large);
    bar->addWidget(m_export);
    bar->addWidget(m_print);

    m_pages->addWidget(m_left);
    m_pages->addWidget(m_right);
    m_pages->setChildrenCollapsible(false);
    auto* body = new QSplitter(this);
    body->addWidget(m_contents);
    body->addWidget(m_pages);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(body, 1);
    layout->addWidget(m_review);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        fillContents();
        render();
    });
    connect(m_second, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_contents, &QListWidget::currentRowChanged, this, [this] { render(); });
    connect(m_search, &QLineEdit::textChanged, this, &BookletPanel::search);
    connect(m_search, &QLineEdit::returnPressed, this, &BookletPanel::findNext);
    connect(m_large, &QCheckBox::toggled, this, &BookletPanel::setLargeText);
    connect(m_export, &QPushButton::clicked, this, &BookletPanel::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &BookletPanel::print);
    auto* next = new QShortcut(QKeySequence::FindNext, this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &BookletPanel::findNext);
    retranslate();
    render();
}

void BookletPanel::setSession(session::Session* session) {
    m_session = session;
    if (session)
        LanguageManager::selectInCombo(m_language, session->language());
    reload();
}

void BookletPanel::reload() {
    m_hasPack = false;
    m_banner->hide();
    if (m_session) {
        auto pack = m_session->bookletPack();
        if (pack.ok()) {
            m_pack = std::move(*pack);
            m_hasPack = true;
        } else {
            m_banner->showError(pack.error().message());
        }
    }
    fillContents();
    render();
}

void BookletPanel::setLanguages(const QString& first, const QString& second) {
    LanguageManager::selectInCombo(m_language, first);
    if (!LanguageManager::selectInCombo(m_second, second))
        m_second->setCurrentIndex(0); // none
}

void BookletPanel::showSection(const QString& id) {
    for (int row = 0; row < m_contents->count(); ++row)
        if (m_contents->item(row)->data(Qt::UserRole).toString() == id)
            m_contents->setCurrentRow(row);
}

void BookletPanel::setLargeText(bool large) {
    if (m_large->isChecked() != large)
        m_large->setChecked(large); // comes back here through toggled
    QFont font = QApplication::font();
    if (large)
        font.setPointSizeF(font.pointSizeF() * LargeTextFactor);
    for (QTextBrowser* browser : {m_left, m_right})
        browser->setFont(font);
    render();
}

QStringList BookletPanel::chosenLanguages() const {
    QStringList out{m_language->currentData().toString()};
    const QString second = m_second->currentData().toString();
    if (!second.isEmpty() && second != out.first())
        out << second;
    return out;
}

QString BookletPanel::currentSectionId() const {
    const QListWidgetItem* item = m_contents->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void BookletPanel::fillContents() {
    const QString keep = currentSectionId();
    const QString language = m_language->currentData().toString();
    const QString needle = m_search->text().trimmed();
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    if (!m_hasPack)
        return;
    int number = 0;
    for (const content::BookletSection& section : m_pack.booklet) {
        ++number;
        int hits = 0;
        if (!needle.isEmpty())
            for (const QString& l : chosenLanguages())
                hits += section.title.value(l).count(needle, Qt::CaseInsensitive) +
                        section.body.value(l).count(needle, Qt::CaseInsensitive);
        if (!needle.isEmpty() && hits == 0)
            continue;
        QString label = QStringLiteral("%1. %2").arg(number).arg(section.titleIn(language));
        if (hits > 0)
            label += QStringLiteral("  (%1)").arg(hits);
        auto* item = new QListWidgetItem(readableText(label), m_contents);
        item->setData(Qt::UserRole, section.id);
    }
    int row = 0;
    for (int i = 0; i < m_contents->count(); ++i)
        if (m_contents->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    if (m_contents->count() > 0)
        m_contents->setCurrentRow(row);
}

void BookletPanel::render() {
    const QStringList languages = chosenLanguages();
    const content::BookletSection* section = m_hasPack ? m_pack.section(currentSectionId()) : nullptr;
    const auto show = [section](QTextBrowser* browser, const QString& language) {
        if (!section) {
            browser->clear();
            return;
        }
        browser->setMarkdown(readableText(
            QStringLiteral("# %1\n\n%2").arg(section->title.value(language), section->body.value(language))));
    };
    show(m_left, languages.first());
    m_right->setVisible(languages.size() > 1);
    if (languages.size() > 1)
        show(m_right, languages.at(1));
    highlight(m_left);
    highlight(m_right);

    QStringList notes;
    for (const QString& language : languages) {
        const QString review = m_pack.bookletReview.value(language);
        if (m_hasPack && !review.isEmpty() && review != QLatin1String("reviewed"))
            notes << QStringLiteral("%1: %2").arg(LanguageManager::nativeName(language), review);
    }
    m_review->setText(notes.isEmpty() ? QString()
                                      : tr("Translation status — %1").arg(notes.join(QStringLiteral("; "))));
    m_review->setVisible(!notes.isEmpty());
    m_export->setEnabled(m_hasPack);
    m_print->setEnabled(m_hasPack);
}

void BookletPanel::highlight(QTextBrowser* browser) {
    QList<QTextEdit::ExtraSelection> marks;
    const QString needle = m_search->text().trimmed();
    if (!needle.isEmpty() && browser->isVisible()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x6b));
        const QRegularExpression pattern = searchPattern(needle);
        QTextCursor cursor(browser->document());
        while (!(cursor = browser->document()->find(pattern, cursor)).isNull())
            marks << QTextEdit::ExtraSelection{cursor, format};
    }
    browser->setExtraSelections(marks);
}

void BookletPanel::search(const QString&) {
    fillContents();
    render();
}

void BookletPanel::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void BookletPanel::findNext() {
    const QString needle = m_search->text().trimmed();
    if (needle.isEmpty())
        return;
    const QRegularExpression pattern = searchPattern(needle);
    if (m_left->find(pattern))
        return;
    // The end of this section: go on in the next one that has the text.
    const int next = m_contents->currentRow() + 1;
    m_contents->setCurrentRow(next < m_contents->count() ? next : 0);
    m_left->moveCursor(QTextCursor::Start);
    m_left->find(pattern);
}

void BookletPanel::exportPdf() {
    if (!m_hasPack)
        return;
    const QStringList languages = chosenLanguages();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("know-before-you-go-%1.pdf").arg(languages.join(u'-')));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the booklet as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = render::BookletPdf::write(path, m_pack, languages);
    QApplication::restoreOverrideCursor();
    if (!written.ok()) {
        m_banner->showError(written.error().message());
        return;
    }
    m_banner->show(MessageBanner::Kind::Positive,
                   tr("The booklet was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void BookletPanel::print() {
    if (!m_hasPack)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A5));
    printer.setDocName(tr("Know before you go"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the booklet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto printed = render::BookletPdf::print(printer, m_pack, chosenLanguages());
    QApplication::restoreOverrideCursor();
    if (!printed.ok())
        m_banner->showError(printed.error().message());
    else
        m_banner->show(MessageBanner::Kind::Positive, tr("%n page(s) sent to the printer.", nullptr, *printed));
}

void BookletPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        LanguageManager::fillCombo(m_second, tr("(none)"));
    }
    QWidget::changeEvent(event);
}

void BookletPanel::retranslate() {
    m_languageLabel->setText(tr("&Language:"));
    m_secondLabel->setText(tr("&Side by side with:"));
    m_search->setPlaceholderText(tr("Search the booklet (Ctrl+F, then Enter for the next)"));
    m_large->setText(tr("L&arge text"));
    m_large->setToolTip(tr("Bigger letters, for reading together with a migrant"));
    m_export->setText(tr("&Export PDF…"));
    m_export->setToolTip(tr("Save the booklet in the chosen language(s) as A5 pages to print or share"));
    m_print->setText(tr("&Print…"));
    render();
}

} // namespace corridor::ui

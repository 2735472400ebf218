#include "ui/PresenterWindow.h"

#include "ui/ReadableText.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWindow>

namespace corridor::ui {

namespace {

constexpr double SlideFontFactor = 2.6;

QString slideHeading(const QString& markdown) {
    QString first = markdown.section(u'\n', 0, 0);
    while (first.startsWith(u'#'))
        first.remove(0, 1);
    return first.trimmed();
}

} // namespace

PresenterWindow::PresenterWindow(const content::LessonText& lesson, int minutes, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_lesson(lesson)
    , m_view(new QTextBrowser(this))
    , m_footer(new QLabel(this))
    , m_notes(new QTextBrowser) {
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setWindowTitle(tr("Facilitator notes"));
    m_notes->resize(640, 720);
    m_notes->installEventFilter(this);
    setObjectName(QStringLiteral("presenterWindow"));
    m_view->setObjectName(QStringLiteral("slideBrowser"));
    m_footer->setObjectName(QStringLiteral("slideFooter"));
    setWindowTitle(tr("Presenting: %1").arg(lesson.title));
    setStyleSheet(QStringLiteral("QWidget#presenterWindow{background:white;}"
                                 "QTextBrowser{border:none;background:white;color:#1a1a1a;}"
                                 "QLabel#slideFooter{color:#666;padding:8px 24px;}"));
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * SlideFontFactor);
    m_view->setFont(font);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->document()->setDocumentMargin(48);
    m_view->setOpenLinks(false);

    QString opening = QStringLiteral("# %1\n\n").arg(lesson.title);
    if (minutes > 0)
        opening += QStringLiteral("*%1*\n\n").arg(tr("%n minute(s)", nullptr, minutes));
    if (!lesson.objectives.isEmpty()) {
        opening += QStringLiteral("### %1\n\n").arg(tr("By the end of this lesson you can:"));
        for (const QString& o : lesson.objectives)
            opening += QStringLiteral("- %1\n").arg(o);
    }
    m_slides << opening << lesson.slides();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footer);
    setFocusPolicy(Qt::StrongFocus);
    showSlide(0);
}

PresenterWindow::~PresenterWindow() {
    delete m_notes;
}

void PresenterWindow::start() {
    const auto screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        // The projector (the last screen) shows the slides; the laptop keeps the notes.
        setScreen(screens.last());
        setGeometry(screens.last()->geometry());
        showFullScreen();
        m_notes->move(screens.first()->availableGeometry().topLeft());
        toggleNotes();
    } else {
        // The geometry too: without a window manager, full screen alone changes nothing.
        setGeometry(screen() ? screen()->geometry() : QGuiApplication::primaryScreen()->geometry());
        showFullScreen();
    }
    activateWindow();
    setFocus();
}

void PresenterWindow::showSlide(int index) {
    if (m_slides.isEmpty())
        return;
    m_index = std::clamp(index, 0, static_cast<int>(m_slides.size()) - 1);
    m_view->setMarkdown(readableText(m_slides.at(m_index)));
    m_footer->setText(tr("%1 — slide %2 of %3 · → next, ← back, N notes, Esc end")
                          .arg(m_lesson.title)
                          .arg(m_index + 1)
                          .arg(m_slides.size()));
    renderNotes();
}

bool PresenterWindow::notesShown() const {
    return m_notes->isVisible();
}

void PresenterWindow::toggleNotes() {
    if (notesShown()) {
        m_notes->hide();
        return;
    }
    renderNotes();
    m_notes->show();
    activateWindow();
}

void PresenterWindow::renderNotes() {
    QString md = QStringLiteral("## %1\n\n%2\n\n")
                     .arg(tr("Slide %1 of %2").arg(m_index + 1).arg(m_slides.size()),
                          m_index + 1 < m_slides.size() ? tr("Next: %1").arg(slideHeading(m_slides.at(m_index + 1)))
                                                        : tr("Last slide"));
    md += QStringLiteral("## %1\n\n%2\n").arg(tr("Facilitator notes"), m_lesson.facilitatorNotes);
    m_notes->setMarkdown(readableText(md));
}

void PresenterWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        showSlide(0);
        return;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        return;
    case Qt::Key_N:
        toggleNotes();
        return;
    case Qt::Key_F:
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool PresenterWindow::eventFilter(QObject* watched, QEvent* event) {
    // The keys work in the notes window too: the trainer's hands are on the laptop.
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        keyPressEvent(static_cast<QKeyEvent*>(event));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::closeEvent(QCloseEvent* event) {
    m_notes->close();
    QWidget::closeEvent(event);
}

void PresenterWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        showSlide(m_index);
    QWidget::changeEvent(event);
}

} // namespace corridor::ui

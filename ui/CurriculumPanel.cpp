#include "ui/CurriculumPanel.h"

#include "core/session/Session.h"
#include "ui/LanguageManager.h"
#include "ui/MessageBanner.h"
#include "ui/PresenterWindow.h"
#include "ui/QuizDialog.h"
#include "ui/ReadableText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace corridor::ui {

namespace {

constexpr int ModuleRole = Qt::UserRole;
constexpr int LessonRole = Qt::UserRole + 1;

QString bulletList(const QStringList& items) {
    QString out;
    for (const QString& item : items)
        out += QStringLiteral("- %1\n").arg(item);
    return out;
}

} // namespace

CurriculumPanel::CurriculumPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_notes(new QCheckBox(this))
    , m_present(new QPushButton(this))
    , m_quiz(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
    , m_view(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("curriculumPanel"));
    m_language->setObjectName(QStringLiteral("curriculumLanguageCombo"));
    m_notes->setObjectName(QStringLiteral("facilitatorNotesCheckBox"));
    m_present->setObjectName(QStringLiteral("presentButton"));
    m_quiz->setObjectName(QStringLiteral("quizButton"));
    m_tree->setObjectName(QStringLiteral("curriculumTree"));
    m_view->setObjectName(QStringLiteral("lessonBrowser"));
    m_languageLabel->setBuddy(m_language);
    LanguageManager::fillCombo(m_language);
    LanguageManager::selectInCombo(m_language, QStringLiteral("en"));
    m_notes->setChecked(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setOpenLinks(false);
    m_view->document()->setDocumentMargin(16);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addSpacing(12);
    bar->addWidget(m_notes);
    bar->addStretch(1);
    bar->addWidget(m_present);
    bar->addWidget(m_quiz);

    auto* body = new QSplitter(this);
    body->addWidget(m_tree);
    body->addWidget(m_view);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(bar);
    layout->addWidget(body, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        fillTree();
        render();
    });
    connect(m_notes, &QCheckBox::toggled, this, [this] { render(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { render(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (currentLesson())
            present();
    });
    connect(m_present, &QPushButton::clicked, this, [this] { present(); });
    connect(m_quiz, &QPushButton::clicked, this, &CurriculumPanel::startQuiz);
    retranslate();
}

void CurriculumPanel::setSession(session::Session* session) {
    m_session = session;
    if (session)
        LanguageManager::selectInCombo(m_language, session->language());
    reload();
}

void CurriculumPanel::reload() {
    m_hasPack = false;
    m_banner->hide();
    if (m_session) {
        auto pack = m_session->content().current();
        if (pack.ok()) {
            m_pack = std::move(*pack);
            m_hasPack = true;
        } else {
            m_banner->showError(pack.error().message());
        }
    }
    fillTree();
    render();
}

void CurriculumPanel::setLanguage(const QString& code) {
    LanguageManager::selectInCombo(m_language, code);
}

QString CurriculumPanel::language() const {
    return m_language->currentData().toString();
}

void CurriculumPanel::fillTree() {
    const QString keepModule = currentModule() ? currentModule()->id : QString();
    const QString keepLesson = currentLesson() ? currentLesson()->id : QString();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_hasPack)
        return;
    int number = 0;
    for (const content::Module& module : m_pack.curriculum) {
        ++number;
        int minutes = 0;
        for (const content::Lesson& lesson : module.lessons)
            minutes += lesson.minutes;
        auto* top = new QTreeWidgetItem(
            m_tree, {readableText(QStringLiteral("%1. %2").arg(number).arg(module.titleIn(language()))),
                     tr("%n min", nullptr, minutes)});
        top->setData(0, ModuleRole, module.id);
        for (const content::Lesson& lesson : module.lessons) {
            auto* child = new QTreeWidgetItem(
                top, {readableText(lesson.in(language()).title), tr("%n min", nullptr, lesson.minutes)});
            child->setData(0, ModuleRole, module.id);
            child->setData(0, LessonRole, lesson.id);
        }
    }
    m_tree->expandAll();
    if (!m_pack.curriculum.isEmpty())
        select(keepModule.isEmpty() ? m_pack.curriculum.first().id : keepModule, keepLesson);
}

void CurriculumPanel::select(const QString& moduleId, const QString& lessonId) {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        if (top->data(0, ModuleRole).toString() != moduleId)
            continue;
        m_tree->setCurrentItem(top);
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->data(0, LessonRole).toString() == lessonId)
                m_tree->setCurrentItem(top->child(j));
    }
}

const content::Module* CurriculumPanel::currentModule() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && m_hasPack ? m_pack.module(item->data(0, ModuleRole).toString()) : nullptr;
}

const content::Lesson* CurriculumPanel::currentLesson() const {
    const content::Module* module = currentModule();
    if (!module)
        return nullptr;
    const QString id = m_tree->currentItem()->data(0, LessonRole).toString();
    for (const content::Lesson& lesson : module->lessons)
        if (lesson.id == id)
            return &lesson;
    return nullptr;
}

void CurriculumPanel::render() {
    const content::Module* module = currentModule();
    const content::Lesson* lesson = currentLesson();
    m_present->setEnabled(lesson != nullptr);
    m_quiz->setEnabled(lesson && !lesson->in(language()).quiz.isEmpty());
    if (!module) {
        m_view->clear();
        return;
    }
    const QString l = language();
    QString md;
    const QString review = m_pack.curriculumReview.value(l);
    if (!review.isEmpty() && review != QLatin1String("reviewed"))
        md += QStringLiteral("*%1*\n\n").arg(tr("Translation status: %1").arg(review));
    if (!lesson) {
        md += QStringLiteral("# %1\n\n%2\n\n")
                  .arg(module->titleIn(l), module->intro.value(l, module->intro.value(QStringLiteral("en"))));
        md += QStringLiteral("## %1\n\n").arg(tr("Lessons"));
        for (const content::Lesson& each : module->lessons)
            md += QStringLiteral("- %1 (%2)\n").arg(each.in(l).title, tr("%n minute(s)", nullptr, each.minutes));
        m_view->setMarkdown(readableText(md));
        return;
    }
    const content::LessonText text = lesson->in(l);
    const bool fullyTranslated = !lesson->text.value(l).participantContent.trimmed().isEmpty();
    md += QStringLiteral("# %1\n\n").arg(text.title);
    md += QStringLiteral("**%1** · %2\n\n").arg(module->titleIn(l), tr("%n minute(s)", nullptr, lesson->minutes));
    if (!fullyTranslated)
        md += QStringLiteral("> %1\n\n")
                  .arg(tr("The full text of this lesson is not translated yet: it is shown "
                          "in English below the translated title and objectives."));
    md += QStringLiteral("## %1\n\n%2\n").arg(tr("Objectives"), bulletList(text.objectives));
    if (m_notes->isChecked() && !text.facilitatorNotes.trimmed().isEmpty())
        md += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Facilitator notes"), text.facilitatorNotes);
    md += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Participant content"), text.participantContent);
    if (m_notes->isChecked() && !text.quiz.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(tr("Quiz and answers"));
        int n = 0;
        for (const content::QuizQuestion& q : text.quiz) {
            md += QStringLiteral("%1. %2\n\n").arg(++n).arg(q.question);
            for (int i = 0; i < q.options.size(); ++i)
                md += i == q.correct ? QStringLiteral("    - **%1** ✓\n").arg(q.options.at(i))
                                     : QStringLiteral("    - %1\n").arg(q.options.at(i));
            md += QStringLiteral("\n    *%1*\n\n").arg(tr("Why: %1").arg(q.why));
        }
    }
    m_view->setMarkdown(readableText(md));
}

PresenterWindow* CurriculumPanel::present() {
    const content::Lesson* lesson = currentLesson();
    if (!lesson)
        return nullptr;
    if (PresenterWindow* previous = m_presenter.data())
        previous->close();
    auto* presenter = new PresenterWindow(lesson->in(language()), lesson->minutes);
    presenter->setAttribute(Qt::WA_DeleteOnClose);
    m_presenter = presenter;
    presenter->start();
    return presenter;
}

void CurriculumPanel::startQuiz() {
    const content::Lesson* lesson = currentLesson();
    if (!lesson || lesson->in(language()).quiz.isEmpty())
        return;
    const content::LessonText text = lesson->in(language());
    QuizDialog dialog(text.title, text.quiz, this);
    dialog.exec();
}

void CurriculumPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CurriculumPanel::retranslate() {
    m_languageLabel->setText(tr("&Language:"));
    m_notes->setText(tr("Show facilitator &notes and answers"));
    m_present->setText(tr("&Present (F5)"));
    m_present->setToolTip(tr("Show the lesson full screen, one slide at a time; arrows move, N shows the notes, "
                             "Esc ends"));
    m_quiz->setText(tr("&Quiz"));
    m_tree->setHeaderLabels({tr("Module and lesson"), tr("Time")});
    fillTree();
    render();
}

} // namespace corridor::ui

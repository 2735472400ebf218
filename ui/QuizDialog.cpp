#include "ui/QuizDialog.h"

#include "ui/ReadableText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace corridor::ui {

QuizDialog::QuizDialog(const QString& lessonTitle, const QList<content::QuizQuestion>& quiz, QWidget* parent)
    : QDialog(parent)
    , m_quiz(quiz)
    , m_progress(new QLabel(this))
    , m_question(new QLabel(this))
    , m_optionsBox(new QWidget(this))
    , m_options(new QVBoxLayout(m_optionsBox))
    , m_group(new QButtonGroup(this))
    , m_feedback(new QLabel(this))
    , m_check(new QPushButton(tr("&Check"), this))
    , m_next(new QPushButton(tr("&Next question"), this)) {
    setObjectName(QStringLiteral("quizDialog"));
    setWindowTitle(tr("Quiz: %1").arg(lessonTitle));
    m_question->setObjectName(QStringLiteral("quizQuestionLabel"));
    m_feedback->setObjectName(QStringLiteral("quizFeedbackLabel"));
    m_progress->setObjectName(QStringLiteral("quizProgressLabel"));
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_feedback->setWordWrap(true);
    m_options->setContentsMargins(0, 0, 0, 0);

    auto* close = new QPushButton(tr("C&lose"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_next);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_question);
    layout->addWidget(m_optionsBox);
    layout->addWidget(m_feedback);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_check, &QPushButton::clicked, this, &QuizDialog::check);
    connect(m_next, &QPushButton::clicked, this, &QuizDialog::nextQuestion);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_group, &QButtonGroup::idClicked, this, [this] { m_check->setEnabled(!m_checked); });
    resize(640, 420);
    showQuestion();
}

void QuizDialog::showQuestion() {
    m_checked = false;
    for (QAbstractButton* b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    m_feedback->clear();
    m_feedback->setStyleSheet(QString());
    if (m_index >= m_quiz.size()) {
        const int percent =
            m_quiz.isEmpty() ? 0
                             : (100 * m_right + static_cast<int>(m_quiz.size()) / 2) / static_cast<int>(m_quiz.size());
        m_progress->setText(tr("Finished"));
        m_question->setText(
            tr("You answered %1 of %n question(s) right (%2%).", nullptr, static_cast<int>(m_quiz.size()))
                .arg(m_right)
                .arg(percent));
        m_check->hide();
        m_next->setText(tr("&Start again"));
        return;
    }
    const content::QuizQuestion& q = m_quiz.at(m_index);
    m_progress->setText(tr("Question %1 of %2 · %3 right so far").arg(m_index + 1).arg(m_quiz.size()).arg(m_right));
    m_question->setText(readableText(q.question));
    for (int i = 0; i < q.options.size(); ++i) {
        auto* option = new QRadioButton(
            QStringLiteral("&%1. %2").arg(i + 1).arg(readableText(q.options.at(i)).replace(u'&', QStringLiteral("&&"))),
            m_optionsBox);
        option->setObjectName(QStringLiteral("quizOption%1").arg(i));
        m_group->addButton(option, i);
        m_options->addWidget(option);
    }
    m_check->show();
    m_check->setEnabled(false);
    m_next->setText(m_index + 1 < m_quiz.size() ? tr("&Next question") : tr("&See the score"));
    m_next->setEnabled(false);
}

void QuizDialog::answer(int option) {
    if (m_checked || !m_group->button(option))
        return;
    m_group->button(option)->setChecked(true);
    check();
}

void QuizDialog::check() {
    if (m_checked || m_index >= m_quiz.size() || m_group->checkedId() < 0)
        return;
    m_checked = true;
    ++m_answered;
    const content::QuizQuestion& q = m_quiz.at(m_index);
    const bool right = m_group->checkedId() == q.correct;
    if (right)
        ++m_right;
    for (QAbstractButton* b : m_group->buttons())
        b->setEnabled(false);
    const QString verdict =
        right ? tr("Right.") : tr("Not quite. The right answer is: %1").arg(q.options.value(q.correct));
    m_feedback->setText(readableText(verdict + u'\n' + tr("Why: %1").arg(q.why)));
    m_feedback->setStyleSheet(right ? QStringLiteral("color:#1d6b2f;") : QStringLiteral("color:#a4262c;"));
    m_check->setEnabled(false);
    m_next->setEnabled(true);
    m_next->setFocus();
}

void QuizDialog::nextQuestion() {
    if (m_index >= m_quiz.size()) {
        m_index = 0;
        m_right = 0;
        m_answered = 0;
    } else {
        if (!m_checked)
            return;
        ++m_index;
    }
    showQuestion();
}

void QuizDialog::keyPressEvent(QKeyEvent* event) {
    const int digit = event->key() - Qt::Key_1;
    if (event->modifiers() == Qt::NoModifier && digit >= 0 && digit < 9 && m_group->button(digit)) {
        answer(digit);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_checked && m_group->checkedId() >= 0) {
        check();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace corridor::ui

#pragma once

#include "core/content/ContentPack.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace corridor::ui {

// A lesson's quiz, one question at a time: the learner picks an answer (a click, or its
// number on the keyboard), checks it, sees whether it was right and why, and at the end the
// score. Nothing is stored: this is for practice; test scores of a training session are
// entered with the session.
class QuizDialog : public QDialog {
    Q_OBJECT
public:
    QuizDialog(const QString& lessonTitle, const QList<content::QuizQuestion>& quiz, QWidget* parent = nullptr);

    int score() const { return m_right; }
    int answered() const { return m_answered; }
    // Picks option `option` (0-based) of the current question and checks it.
    void answer(int option);
    void nextQuestion();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showQuestion();
    void check();

    QList<content::QuizQuestion> m_quiz;
    int m_index = 0;
    int m_right = 0;
    int m_answered = 0;
    bool m_checked = false;
    QLabel* m_progress;
    QLabel* m_question;
    QWidget* m_optionsBox;
    QVBoxLayout* m_options;
    QButtonGroup* m_group;
    QLabel* m_feedback;
    QPushButton* m_check;
    QPushButton* m_next;
};

} // namespace corridor::ui

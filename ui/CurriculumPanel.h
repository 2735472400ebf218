#pragma once

#include "core/content/ContentPack.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;
class PresenterWindow;

// The training curriculum for a trainer: modules and their lessons in any of the five
// languages (a lesson not yet translated in full is shown in English, and says so), each
// lesson's objectives, duration, facilitator notes and participant content; presenter
// mode for teaching from it and a quiz that scores.
class CurriculumPanel : public QWidget {
    Q_OBJECT
public:
    explicit CurriculumPanel(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();

    void setLanguage(const QString& code);
    // "m01-red-cross-approach" or "m01-red-cross-approach/l01-…"
    void select(const QString& moduleId, const QString& lessonId = QString());
    PresenterWindow* present();
    void startQuiz();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTree();
    void render();
    const content::Module* currentModule() const;
    const content::Lesson* currentLesson() const;
    QString language() const;

    session::Session* m_session = nullptr;
    content::ContentPack m_pack;
    bool m_hasPack = false;
    QPointer<PresenterWindow> m_presenter;

    MessageBanner* m_banner;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_notes;
    QPushButton* m_present;
    QPushButton* m_quiz;
    QTreeWidget* m_tree;
    QTextBrowser* m_view;
};

} // namespace corridor::ui

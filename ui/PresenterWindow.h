#pragma once

#include "core/content/ContentPack.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace corridor::ui {

// Teaching a lesson to a room: one slide at a time in large type, full screen. Slides are
// the lesson's title and objectives, then each "###" block of its participant content.
// Keys: →, ↓, Page Down, Space or Enter for the next slide; ←, ↑, Page Up or Backspace for
// the previous; Home and End; N shows or hides the facilitator notes (on the second screen
// when there is one, so the room never sees them); F leaves or enters full screen; Esc ends.
class PresenterWindow : public QWidget {
    Q_OBJECT
public:
    PresenterWindow(const content::LessonText& lesson, int minutes, QWidget* parent = nullptr);
    ~PresenterWindow() override;

    int slideCount() const { return static_cast<int>(m_slides.size()); }
    int currentSlide() const { return m_index; }
    bool notesShown() const;
    void showSlide(int index);
    void next() { showSlide(m_index + 1); }
    void previous() { showSlide(m_index - 1); }
    void toggleNotes();
    // Full screen on the last screen; the notes on the first one when there are two.
    void start();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void renderNotes();

    content::LessonText m_lesson;
    QStringList m_slides; // Markdown, one per slide
    int m_index = 0;
    QTextBrowser* m_view;
    QLabel* m_footer;
    QTextBrowser* m_notes = nullptr; // a window of its own (no parent): deleted with this one
};

} // namespace corridor::ui

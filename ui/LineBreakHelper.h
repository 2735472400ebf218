#pragma once

#include <QObject>

class QLabel;
class QWidget;

namespace corridor::ui {

// Qt 6.4 finds no line breaks in Lao and Khmer text and breaks Myanmar inside syllables,
// so wrapped labels in those languages overflow or break badly. This watches the app and,
// whenever a window is shown, a label is resized or the language changes, fixes every
// word-wrapping label that holds such text: Lao and Khmer get U+200B at ICU's word
// boundaries (Qt then wraps there); Myanmar, where Qt would still break inside syllables,
// is wrapped by Corridor itself at ICU's word boundaries for the label's width.
class LineBreakHelper : public QObject {
    Q_OBJECT
public:
    explicit LineBreakHelper(QObject* parent = nullptr);
    ~LineBreakHelper() override;

    static void apply(QWidget* root);
    static void apply(QLabel* label);
    // The text broken into lines no wider than maxWidth (pixels) for this font.
    static QString wrapAtWords(const QString& text, const QFont& font, int maxWidth);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    bool m_pending = false;
};

} // namespace corridor::ui

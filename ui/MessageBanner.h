#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace corridor::ui {

// An inline message above a form, in the style of KeePassXC's MessageWidget: errors a user
// can fix are shown here rather than in a pop-up that hides the form.
class MessageBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text);
    void showError(const QString& text) { show(Kind::Error, text); }
    void showInformation(const QString& text) { show(Kind::Information, text); }
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace corridor::ui

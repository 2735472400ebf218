#include "ui/LineBreakHelper.h"

#include "core/render/TextWrap.h"
#include "core/text/ScriptRuns.h"
#include "core/text/WordBreaker.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QTimer>

#include <algorithm>

namespace corridor::ui {
namespace {

LineBreakHelper* g_instance = nullptr;
const char* const OriginalProperty = "corridorOriginalText";
const char* const WrappedProperty = "corridorWrappedText";
const char* const SelfWrappedProperty = "corridorWrapsItself";
constexpr int SafetyMarginPx = 6; // our measurement and Qt's layout may differ by a pixel or two

bool containsMyanmar(const QString& text) {
    for (QChar c : text)
        if ((c.unicode() >= 0x1000 && c.unicode() <= 0x109F) || (c.unicode() >= 0xAA60 && c.unicode() <= 0xAA7F))
            return true;
    return false;
}

} // namespace

LineBreakHelper::LineBreakHelper(QObject* parent)
    : QObject(parent) {
    g_instance = this;
    qApp->installEventFilter(this);
}

LineBreakHelper::~LineBreakHelper() {
    if (g_instance == this)
        g_instance = nullptr;
}

QString LineBreakHelper::wrapAtWords(const QString& text, const QFont& font, int maxWidth) {
    return render::TextWrap::lines(text, font, maxWidth).join(u'\n');
}

void LineBreakHelper::apply(QLabel* label) {
    const bool selfWrapped = label->property(SelfWrappedProperty).toBool();
    if ((!label->wordWrap() && !selfWrapped) || label->textFormat() == Qt::RichText)
        return;
    const QString current = label->text();
    // If the text is still what we last wrote, work from the original; else it is new.
    const QString original = current == label->property(WrappedProperty).toString()
                                 ? label->property(OriginalProperty).toString()
                                 : text::WordBreaker::withoutBreakOpportunities(current);
    if (!text::containsUnspacedScript(original)) {
        if (selfWrapped && current != original)
            label->setText(original); // e.g. back to English: Qt may wrap it again
        if (selfWrapped) {
            label->setWordWrap(true);
            label->setProperty(SelfWrappedProperty, false);
            label->setProperty(OriginalProperty, QVariant());
            label->removeEventFilter(g_instance);
        }
        return;
    }
    QString result;
    if (containsMyanmar(original)) {
        const int width = label->contentsRect().width() - 2 * label->margin() - SafetyMarginPx;
        if (g_instance && !label->property(OriginalProperty).isValid())
            label->installEventFilter(g_instance); // wrap when shown and when the width changes
        label->setProperty(OriginalProperty, original);
        // A label on a hidden tab has no real width yet; it is wrapped when shown.
        if (width <= 0 || !label->isVisible())
            return;
        result = wrapAtWords(original, label->font(), width);
        if (!selfWrapped) {
            // Our line lengths must not feed back into the width the layout gives the label.
            QSizePolicy policy = label->sizePolicy();
            policy.setHorizontalPolicy(QSizePolicy::Ignored);
            policy.setVerticalPolicy(QSizePolicy::Maximum);
            label->setSizePolicy(policy);
            // Our line breaks are final: Qt must not add its own (inside syllables).
            label->setWordWrap(false);
            label->setProperty(SelfWrappedProperty, true);
        }
    } else {
        result = text::WordBreaker::withBreakOpportunities(original);
    }
    label->setProperty(OriginalProperty, original);
    label->setProperty(WrappedProperty, result);
    if (result != current)
        label->setText(result);
}

void LineBreakHelper::apply(QWidget* root) {
    for (QLabel* label : root->findChildren<QLabel*>())
        apply(label);
    if (auto* label = qobject_cast<QLabel*>(root))
        apply(label);
}

bool LineBreakHelper::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show) {
        if (auto* label = qobject_cast<QLabel*>(watched)) {
            QTimer::singleShot(0, label, [label] { apply(label); });
            return false;
        }
    }
    if ((event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) ||
        (event->type() == QEvent::LanguageChange && watched == qApp))
        schedule();
    return QObject::eventFilter(watched, event);
}

void LineBreakHelper::schedule() {
    if (m_pending)
        return;
    m_pending = true;
    // After the widgets have retranslated and laid themselves out.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        for (QWidget* window : QApplication::topLevelWidgets())
            if (window->isVisible())
                apply(window);
    });
}

} // namespace corridor::ui

#include "ui/MessageBanner.h"

#include "ui/LineBreakHelper.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace corridor::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("messageBanner"));
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::show(Kind kind, const QString& text) {
    static const char* const colours[] = {"#e8f0fb;border:1px solid #7a9cc6", "#e7f5e9;border:1px solid #6fb07a",
                                          "#fff4dc;border:1px solid #d9a43c", "#fde8e8;border:1px solid #c85050"};
    setStyleSheet(QStringLiteral("#messageBanner{background:%1;border-radius:4px}")
                      .arg(QString::fromLatin1(colours[static_cast<int>(kind)])));
    m_label->setText(text);
    LineBreakHelper::apply(m_label);
    setAccessibleName(text);
    QFrame::show();
}

QString MessageBanner::text() const {
    return isVisible() ? m_label->text() : QString();
}

void MessageBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Hide this message"));
    QFrame::changeEvent(event);
}

} // namespace corridor::ui

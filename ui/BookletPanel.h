#pragma once

#include "core/content/ContentPack.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace corridor::session {
class Session;
}

namespace corridor::ui {

class MessageBanner;

// "Know before you go" for a migrant to read: the contents, one section at a time in any of
// the five languages, or two side by side (the volunteer reads Thai or English while the
// migrant reads Khmer); search across the sections; a large-text mode for reading together
// at arm's length; the booklet as an A5 PDF or on the printer.
class BookletPanel : public QWidget {
    Q_OBJECT
public:
    explicit BookletPanel(QWidget* parent = nullptr);

    void setSession(session::Session* session);
    void reload();

    void setLanguages(const QString& first, const QString& second = QString());
    void showSection(const QString& id);
    void setLargeText(bool large);
    void search(const QString& text);
    void focusSearch();
    void findNext();
    void exportPdf();
    void print();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillContents();
    void render();
    QStringList chosenLanguages() const;
    QString currentSectionId() const;
    void highlight(QTextBrowser* browser);

    session::Session* m_session = nullptr;
    content::ContentPack m_pack;
    bool m_hasPack = false;

    MessageBanner* m_banner;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_secondLabel;
    QComboBox* m_second;
    QLineEdit* m_search;
    QCheckBox* m_large;
    QPushButton* m_export;
    QPushButton* m_print;
    QListWidget* m_contents;
    QSplitter* m_pages;
    QTextBrowser* m_left;
    QTextBrowser* m_right;
    QLabel* m_review;
};

} // namespace corridor::ui

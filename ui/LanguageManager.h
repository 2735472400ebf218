#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

class QComboBox;

namespace corridor::ui {

// Switches the UI language at runtime: installs the translator for a code (km, lo, th, my;
// en is the source) and lets Qt send LanguageChange to every widget.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);

    static QStringList codes();                     // en, km, lo, my, th
    static QString nativeName(const QString& code); // each language named in itself
    static QString systemDefault();                 // the system locale's language if we have it, else en
    // Fills a combo box with the five languages (named in themselves, the code as item data),
    // after a first item without a code if noneText is given; keeps the chosen language.
    static void fillCombo(QComboBox* box, const QString& noneText = QString());
    // Chooses the item with this code; false, and nothing changes, if there is none.
    static bool selectInCombo(QComboBox* box, const QString& code);

    bool setLanguage(const QString& code);
    const QString& language() const { return m_code; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    QTranslator m_translator;
    QString m_code = QStringLiteral("en");
    bool m_installed = false;
};

} // namespace corridor::ui

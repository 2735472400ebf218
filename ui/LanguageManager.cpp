#include "ui/LanguageManager.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

namespace corridor::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

QStringList LanguageManager::codes() {
    return {QStringLiteral("en"), QStringLiteral("km"), QStringLiteral("lo"), QStringLiteral("my"),
            QStringLiteral("th")};
}

QString LanguageManager::nativeName(const QString& code) {
    if (code == QLatin1String("km"))
        return QStringLiteral("ភាសាខ្មែរ (Khmer)");
    if (code == QLatin1String("lo"))
        return QStringLiteral("ພາສາລາວ (Lao)");
    if (code == QLatin1String("my"))
        return QStringLiteral("မြန်မာဘာသာ (Myanmar)");
    if (code == QLatin1String("th"))
        return QStringLiteral("ภาษาไทย (Thai)");
    return QStringLiteral("English");
}

void LanguageManager::fillCombo(QComboBox* box, const QString& noneText) {
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    if (!noneText.isEmpty())
        box->addItem(noneText, QString());
    for (const QString& code : codes())
        box->addItem(nativeName(code), code);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

bool LanguageManager::selectInCombo(QComboBox* box, const QString& code) {
    const int index = box->findData(code);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

QString LanguageManager::systemDefault() {
    const QString code = QLocale::system().name().section(u'_', 0, 0);
    return codes().contains(code) ? code : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code) {
    if (!codes().contains(code))
        return false;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // English is the source language; its file only gives plural forms ("1 change", "2 changes").
    if (!m_translator.load(QStringLiteral(":/i18n/corridor_%1.qm").arg(code)))
        return false;
    m_installed = QCoreApplication::installTranslator(&m_translator);
    m_code = code;
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_GB") : code));
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace corridor::ui

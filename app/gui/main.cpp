// corridor: the desktop app. Argument parsing and wiring only.
#include "core/base/ProcessHardening.h"
#include "core/storage/VaultLocation.h"
#include "ui/LanguageManager.h"
#include "ui/LineBreakHelper.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[]) {
    corridor::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Corridor"));
    QApplication::setApplicationName(QStringLiteral("Corridor"));
    QApplication::setApplicationVersion(QStringLiteral(CORRIDOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/corridor.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Case files, cross-border referrals and training for Red Cross outreach volunteers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practice(QStringLiteral("practice"),
                                      QApplication::translate("main", "Open a throwaway vault of fictional case files "
                                                                      "for training."));
    const QCommandLineOption vault(QStringLiteral("vault"),
                                   QApplication::translate("main", "Use the vault in this folder."),
                                   QApplication::translate("main", "folder"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Interface language: en, km, lo, my or th."),
                                      QApplication::translate("main", "code"));
    parser.addOptions({practice, vault, language});
    parser.process(app);

    corridor::ui::LineBreakHelper lineBreaks;
    corridor::ui::LanguageManager languages;
    languages.setLanguage(parser.isSet(language) ? parser.value(language)
                                                 : corridor::ui::LanguageManager::systemDefault());

    corridor::ui::AppOptions options;
    options.practice = parser.isSet(practice);
    options.languageChosen = parser.isSet(language);
    options.vaultFolder = corridor::storage::VaultLocation::resolve(parser.value(vault));
    corridor::ui::MainWindow window(options, languages);
    if (!window.start())
        return 0;
    window.show();

    const QString tourFolder = qEnvironmentVariable("CORRIDOR_SCREENSHOT_DIR");
    if (!tourFolder.isEmpty()) {
        auto* tour = new corridor::ui::ScreenshotTour(window, tourFolder, languages.language() + u'-', &window);
        tour->start();
    }
    return app.exec();
}

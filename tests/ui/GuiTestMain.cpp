// Catch2 main for GUI tests: a QApplication on the offscreen platform, so the real widgets
// run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CorridorTests"));
    QApplication::setApplicationName(QStringLiteral("CorridorGuiTests"));
    return Catch::Session().run(argc, argv);
}

// Catch2 main for non-GUI tests: a QCoreApplication exists for the whole run, so code
// that asks Qt for paths, translations or the event loop behaves as in the app.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

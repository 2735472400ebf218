// corridor-pack: builds the built-in content pack from resources/content/ at build time.
// Usage: corridor-pack build SOURCE_FOLDER OUT_FILE
#include "core/base/AtomicFile.h"
#include "core/content/ContentSource.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4 || args[1] != QLatin1String("build")) {
        err << "usage: corridor-pack build SOURCE_FOLDER OUT_FILE\n";
        return 2;
    }
    auto pack = corridor::content::ContentSource::read(args[2]);
    if (!pack.ok()) {
        err << "corridor-pack: " << pack.error().message() << '\n';
        return 1;
    }
    auto written = corridor::AtomicFile::write(args[3], pack->encode());
    if (!written.ok()) {
        err << "corridor-pack: " << written.error().message() << '\n';
        return 1;
    }
    return 0;
}

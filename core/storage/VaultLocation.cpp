#include "core/storage/VaultLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace corridor::storage::VaultLocation {

QString defaultFolder() {
    const QString fromEnvironment = qEnvironmentVariable("CORRIDOR_VAULT");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Corridor/vault"));
}

QString resolve(const QString& explicitFolder) {
    return explicitFolder.isEmpty() ? defaultFolder() : QDir(explicitFolder).absolutePath();
}

} // namespace corridor::storage::VaultLocation

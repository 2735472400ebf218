#pragma once

#include <QString>

namespace corridor::storage {

// Where a vault lives when nobody says: $CORRIDOR_VAULT, else the user's data folder
// (~/.local/share/Corridor/vault on Linux).
namespace VaultLocation {
QString defaultFolder();
QString resolve(const QString& explicitFolder);
} // namespace VaultLocation

} // namespace corridor::storage

#pragma once

#include "core/storage/Schema.h"

namespace corridor::sync {

// Tables of the sync module: the trust projections (devices, organisation keys), local
// trust anchors, bundles sent and received, acknowledgements per peer, changesets held back
// for review, and the drop-folder inbox's memory.
namespace SyncSchema {
storage::ModuleSchema schema();
}

} // namespace corridor::sync

#pragma once

#include "core/storage/Schema.h"

namespace corridor::content::ContentSchema {

// Imported content packs (the file as it came) and the training-session projection.
storage::ModuleSchema schema();

} // namespace corridor::content::ContentSchema

#pragma once

#include "core/storage/Schema.h"

namespace corridor::cases {

// Tables of the cases module: projections of clients, encounters and follow-ups (each
// keeps the record's whole field map as CBOR plus the columns lists and searches need),
// the encrypted full-text index, and the append-only audit log.
namespace CaseSchema {
storage::ModuleSchema schema();
}

} // namespace corridor::cases

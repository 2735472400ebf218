#pragma once

#include "core/records/Changeset.h"

namespace corridor::records {

// A record's field map as canonical CBOR, the form projections keep in their `fields` column.
namespace FieldMapCodec {
QByteArray encode(const FieldMap& fields);
FieldMap decode(const QByteArray& bytes); // empty on malformed input
} // namespace FieldMapCodec

} // namespace corridor::records

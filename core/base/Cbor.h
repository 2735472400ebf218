#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>

namespace corridor {

// Deterministic CBOR (RFC 8949 §4.2.1) for everything we sign or hash: shortest integer
// forms, definite lengths, map keys sorted by their encoded bytes. Only the subset Corridor
// uses: unsigned and negative integers, byte and text strings, arrays, maps, false, true, null.
// The decoder is meant for outside input: it enforces limits, refuses anything outside the
// subset and, in strict mode, anything not in deterministic form.
class Cbor {
    Q_DECLARE_TR_FUNCTIONS(Cbor)
public:
    struct Limits {
        qsizetype maxBytes = 1 << 20;       // whole input
        int maxDepth = 16;                  // nesting of arrays and maps
        qsizetype maxItems = 100000;        // every data item counted once
        qsizetype maxStringBytes = 1 << 16; // one text or byte string
        bool requireDeterministic = true;
    };

    static QByteArray encode(const QCborValue& value);
    static Result<QCborValue> decode(const QByteArray& bytes, const Limits& limits);
    static Result<QCborValue> decode(const QByteArray& bytes) { return decode(bytes, Limits{}); }
};

} // namespace corridor

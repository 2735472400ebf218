#pragma once

#include "core/base/Result.h"
#include "core/crypto/Minisign.h"

#include <QByteArray>
#include <QCoreApplication>

namespace corridor::crypto {
class DeviceIdentity;
}

namespace corridor::content {

struct ContentPack;

// A content pack as a file to carry (`.corridor-pack`): the bundle format's outside without
// the encryption, because content is public. A strict ustar archive of exactly `pack.cbor`
// (the deterministic CBOR of ContentPack) and `pack.cbor.minisig` (the publisher device's
// minisign signature; its trusted comment names the pack id and version), so stock
// `tar x` and `minisign -V` check a pack as they check a bundle.
struct PackFile {
    Q_DECLARE_TR_FUNCTIONS(PackFile)
public:
    static constexpr qint64 MaxFileBytes = 17ll * 1024 * 1024;
    static constexpr const char* PackName = "pack.cbor";
    static constexpr const char* SignatureName = "pack.cbor.minisig";

    QByteArray packBytes;
    crypto::Minisign::Signature signature;

    static QString trustedComment(const ContentPack& pack);
    // Not signed, so the reader requires exactly this text: no byte of a pack file can change unnoticed.
    static QString untrustedComment();
    [[nodiscard]] static Result<QByteArray> seal(const ContentPack& pack, const crypto::DeviceIdentity& publisher,
                                                 qint64 nowMs);
    // The outside only: nothing here says the publisher is trusted.
    [[nodiscard]] static Result<PackFile> parse(const QByteArray& file);
};

} // namespace corridor::content

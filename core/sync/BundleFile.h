#pragma once

#include "core/base/Result.h"
#include "core/crypto/Minisign.h"
#include "core/sync/BundleFormat.h"

#include <QCoreApplication>

namespace corridor::sync {

// The outside of a bundle file, read without any key: the strict archive, the minisign
// signature and its signed header. Nothing here proves who wrote it until the signature is
// checked against a known device's key (BundleImporter does that before decrypting).
struct BundleFile {
    Q_DECLARE_TR_FUNCTIONS(BundleFile)
public:
    static constexpr qint64 MaxFileBytes = 300ll * 1024 * 1024;
    static constexpr const char* PayloadName = "payload.age";
    static constexpr const char* SignatureName = "payload.age.minisig";

    QByteArray payload; // payload.age
    QByteArray signatureFile;
    crypto::Minisign::Signature signature;
    BundleHeader header;

    [[nodiscard]] static Result<BundleFile> parse(const QByteArray& file);
    [[nodiscard]] static Result<QByteArray> assemble(const QByteArray& payload, const QByteArray& signatureFile,
                                                     qint64 createdMs);
};

} // namespace corridor::sync

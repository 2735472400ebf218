#include "core/sync/BundleFile.h"

#include "core/sync/TarArchive.h"

namespace corridor::sync {

Result<BundleFile> BundleFile::parse(const QByteArray& file) {
    if (file.size() > MaxFileBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("the bundle file is larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024)));
    auto entries = TarArchive::readStrict(file, {QString::fromLatin1(PayloadName), QString::fromLatin1(SignatureName)},
                                          MaxFileBytes);
    if (!entries.ok())
        return entries.error();
    BundleFile b;
    b.payload = entries->at(0).data;
    b.signatureFile = entries->at(1).data;
    auto signature = crypto::Minisign::parse(b.signatureFile);
    if (!signature.ok())
        return signature.error();
    b.signature = *signature;
    auto header = BundleHeader::fromTrustedComment(signature->trustedComment);
    if (!header.ok())
        return header.error();
    if (header->exporter != signature->keyId)
        return Error(ErrorCode::Tampered, tr("the bundle's signature key does not match the exporter it names"));
    // The parts no signature covers (the untrusted comment, the archive's times) must be exactly what the exporter
    // wrote, so that no byte of a bundle can change without it being refused.
    if (b.signatureFile != crypto::Minisign::format(*signature, header->untrustedComment()))
        return Error(ErrorCode::Tampered, tr("the signature file is not written the way Corridor writes it"));
    for (const TarArchive::Entry& entry : *entries)
        if (entry.modifiedSeconds != header->createdMs / 1000)
            return Error(ErrorCode::Tampered, tr("the archive's file times do not match the bundle's signed time"));
    b.header = *header;
    return b;
}

Result<QByteArray> BundleFile::assemble(const QByteArray& payload, const QByteArray& signatureFile, qint64 createdMs) {
    return TarArchive::write(
        {{QString::fromLatin1(PayloadName), payload}, {QString::fromLatin1(SignatureName), signatureFile}},
        createdMs / 1000);
}

} // namespace corridor::sync

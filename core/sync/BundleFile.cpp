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
    b.header = *header;
    return b;
}

Result<QByteArray> BundleFile::assemble(const QByteArray& payload, const QByteArray& signatureFile, qint64 createdMs) {
    return TarArchive::write(
        {{QString::fromLatin1(PayloadName), payload}, {QString::fromLatin1(SignatureName), signatureFile}},
        createdMs / 1000);
}

} // namespace corridor::sync

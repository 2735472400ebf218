#include "core/content/PackFile.h"

#include "core/content/ContentPack.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/sync/TarArchive.h"

namespace corridor::content {

QString PackFile::trustedComment(const ContentPack& pack) {
    return QStringLiteral("corridor-pack id=%1 version=%2").arg(pack.id).arg(pack.version);
}

QString PackFile::untrustedComment() {
    return QStringLiteral("Corridor content pack");
}

Result<QByteArray> PackFile::seal(const ContentPack& pack, const crypto::DeviceIdentity& publisher, qint64 nowMs) {
    const QByteArray bytes = pack.encode();
    if (bytes.size() > ContentPack::MaxBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The content pack is larger than %1 MB.").arg(ContentPack::MaxBytes / (1024 * 1024)));
    const QByteArray signature = crypto::Minisign::sign(publisher, bytes, trustedComment(pack), untrustedComment());
    return sync::TarArchive::write(
        {{QString::fromLatin1(PackName), bytes}, {QString::fromLatin1(SignatureName), signature}}, nowMs / 1000);
}

Result<PackFile> PackFile::parse(const QByteArray& file) {
    if (file.isEmpty())
        return Error(ErrorCode::Corrupt, tr("The file is empty."));
    if (file.size() > MaxFileBytes)
        return Error(ErrorCode::LimitExceeded,
                     tr("The file is larger than %1 MB: it is not a content pack.").arg(MaxFileBytes / (1024 * 1024)));
    auto entries = sync::TarArchive::readStrict(
        file, {QString::fromLatin1(PackName), QString::fromLatin1(SignatureName)}, MaxFileBytes);
    if (!entries.ok())
        return Error(entries.error().code(),
                     tr("This is not a Corridor content pack (%1).").arg(entries.error().message()));
    PackFile out;
    out.packBytes = entries->at(0).data;
    auto signature = crypto::Minisign::parse(entries->at(1).data);
    if (!signature.ok())
        return signature.error().prefixed(tr("Content pack signature"));
    if (entries->at(1).data != crypto::Minisign::format(*signature, untrustedComment()))
        return Error(ErrorCode::Tampered, tr("This content pack's signature file was changed after it was signed."));
    out.signature = *signature;
    return out;
}

} // namespace corridor::content

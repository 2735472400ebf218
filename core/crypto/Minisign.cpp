#include "core/crypto/Minisign.h"

#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Hash.h"

#include <QList>

namespace corridor::crypto {
namespace {

const QByteArray UntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
const QByteArray TrustedPrefix = QByteArrayLiteral("trusted comment: ");
constexpr qsizetype MaxCommentBytes = 1024;

QString hexKeyId(const QByteArray& keyId) {
    // minisign prints the key id as a little-endian 64-bit number.
    QByteArray reversed;
    for (auto it = keyId.crbegin(); it != keyId.crend(); ++it)
        reversed.append(*it);
    return QString::fromLatin1(reversed.toHex().toUpper());
}

} // namespace

QByteArray Minisign::sign(const DeviceIdentity& device, const QByteArray& message, const QString& trustedComment,
                          const QString& untrustedComment) {
    const QByteArray signature = device.sign(Hash::blake2b(message, 64));
    return format({device.id(), signature, trustedComment, device.sign(signature + trustedComment.toUtf8())},
                  untrustedComment);
}

QByteArray Minisign::format(const Signature& s, const QString& untrustedComment) {
    return UntrustedPrefix + untrustedComment.toUtf8() + '\n' +
           QByteArray(QByteArrayLiteral("ED") + s.keyId + s.signature).toBase64() + '\n' + TrustedPrefix +
           s.trustedComment.toUtf8() + '\n' + s.globalSignature.toBase64() + '\n';
}

Result<Minisign::Signature> Minisign::parse(const QByteArray& signatureFile) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("the signature file is malformed: %1").arg(why));
    };
    if (signatureFile.size() > 4 * MaxCommentBytes)
        return bad(tr("it is too large"));
    QList<QByteArray> lines = signatureFile.split('\n');
    if (lines.size() == 5 && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() != 4)
        return bad(tr("it does not have four lines"));
    if (!lines[0].startsWith(UntrustedPrefix) || !lines[2].startsWith(TrustedPrefix))
        return bad(tr("a comment line is missing"));
    const auto signatureBytes = QByteArray::fromBase64Encoding(lines[1], QByteArray::AbortOnBase64DecodingErrors);
    const auto globalBytes = QByteArray::fromBase64Encoding(lines[3], QByteArray::AbortOnBase64DecodingErrors);
    if (!signatureBytes || signatureBytes.decoded.size() != 2 + 8 + 64 || !globalBytes ||
        globalBytes.decoded.size() != 64)
        return bad(tr("a signature line has the wrong length"));
    if (!signatureBytes.decoded.startsWith("ED"))
        return Error(ErrorCode::Unsupported, tr("only prehashed (ED) minisign signatures are accepted"));
    const QByteArray trusted = lines[2].mid(TrustedPrefix.size());
    const QString comment = QString::fromUtf8(trusted);
    if (comment.toUtf8() != trusted || trusted.size() > MaxCommentBytes)
        return bad(tr("the trusted comment is not valid text"));
    return Signature{signatureBytes.decoded.mid(2, 8), signatureBytes.decoded.mid(10, 64), comment,
                     globalBytes.decoded};
}

bool Minisign::verify(const Signature& s, const QByteArray& publicKey, const QByteArray& message) {
    return DeviceIdentity::verify(publicKey, Hash::blake2b(message, 64), s.signature) &&
           DeviceIdentity::verify(publicKey, s.signature + s.trustedComment.toUtf8(), s.globalSignature);
}

QByteArray Minisign::publicKeyFile(const QByteArray& keyId, const QByteArray& publicKey) {
    return UntrustedPrefix + "minisign public key " + hexKeyId(keyId).toLatin1() + '\n' +
           QByteArray(QByteArrayLiteral("Ed") + keyId + publicKey).toBase64() + '\n';
}

} // namespace corridor::crypto

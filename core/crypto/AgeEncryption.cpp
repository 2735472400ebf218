#include "core/crypto/AgeEncryption.h"

#include "core/base/Bech32.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Random.h"
#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <QList>
#include <cstring>

namespace corridor::crypto {
namespace {

const QByteArray Intro = QByteArrayLiteral("age-encryption.org/v1");
const QByteArray X25519Label = QByteArrayLiteral("age-encryption.org/v1/X25519");
constexpr int FileKeyBytes = 16;
constexpr int TagBytes = crypto_aead_chacha20poly1305_ietf_ABYTES;
constexpr int MaxStanzas = 64;

const unsigned char* u8(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QByteArray b64(const QByteArray& data) {
    return data.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

// age's canonical base64: no padding, and the decoding must round-trip exactly.
std::optional<QByteArray> unb64(const QByteArray& text) {
    if (text.contains('=') || text.contains('\r'))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || b64(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray aeadSeal(const QByteArray& key, const QByteArray& nonce, const QByteArray& plain) {
    QByteArray out(plain.size() + TagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()), &length, u8(plain),
                                              static_cast<unsigned long long>(plain.size()), nullptr, 0, nullptr,
                                              u8(nonce), u8(key));
    return out;
}

std::optional<QByteArray> aeadOpen(const QByteArray& key, const QByteArray& nonce, const char* data, qsizetype size) {
    if (size < TagBytes)
        return std::nullopt;
    QByteArray out(size - TagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &length, nullptr,
                                                  reinterpret_cast<const unsigned char*>(data),
                                                  static_cast<unsigned long long>(size), nullptr, 0, u8(nonce),
                                                  u8(key)) != 0)
        return std::nullopt;
    return out;
}

QByteArray chunkNonce(quint64 counter, bool last) {
    QByteArray nonce(12, '\0');
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = char((counter >> (8 * i)) & 0xff);
    nonce[11] = last ? '\x01' : '\0';
    return nonce;
}

} // namespace

Result<QByteArray> AgeEncryption::encrypt(const QByteArray& plaintext, const QList<QByteArray>& recipients) {
    if (!ensureSodium())
        return Error(ErrorCode::Crypto, tr("the cryptography library could not start"));
    if (recipients.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("there is nobody to encrypt for"));
    QByteArray fileKey = Random::bytes(FileKeyBytes);
    QByteArray header = Intro + '\n';
    for (const QByteArray& recipient : recipients) {
        if (recipient.size() != crypto_scalarmult_BYTES)
            return Error(ErrorCode::InvalidInput, tr("a recipient key has the wrong length"));
        SecureBuffer ephemeral = Random::secret(crypto_scalarmult_SCALARBYTES);
        QByteArray share(crypto_scalarmult_BYTES, Qt::Uninitialized);
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(share.data()), ephemeral.data());
        QByteArray shared(crypto_scalarmult_BYTES, Qt::Uninitialized);
        if (crypto_scalarmult(reinterpret_cast<unsigned char*>(shared.data()), ephemeral.data(), u8(recipient)) != 0)
            return Error(ErrorCode::InvalidInput, tr("a recipient key is not a valid X25519 key"));
        const QByteArray wrapKey = Hash::hkdfSha256(shared, share + recipient, X25519Label, 32);
        wipe(shared);
        const QByteArray body = aeadSeal(wrapKey, QByteArray(12, '\0'), fileKey);
        header += "-> X25519 " + b64(share) + '\n' + b64(body) + '\n';
    }
    header += "---";
    const QByteArray macKey = Hash::hkdfSha256(fileKey, QByteArray(), QByteArrayLiteral("header"), 32);
    QByteArray out = header + ' ' + b64(Hash::hmacSha256(macKey, header)) + '\n';

    const QByteArray nonce = Random::bytes(16);
    const QByteArray payloadKey = Hash::hkdfSha256(fileKey, nonce, QByteArrayLiteral("payload"), 32);
    wipe(fileKey);
    out += nonce;
    quint64 counter = 0;
    qsizetype offset = 0;
    do {
        const qsizetype size = std::min(ChunkSize, plaintext.size() - offset);
        const bool last = offset + size >= plaintext.size();
        out += aeadSeal(payloadKey, chunkNonce(counter++, last), plaintext.mid(offset, size));
        offset += size;
    } while (offset < plaintext.size());
    return out;
}

Result<QByteArray> AgeEncryption::decrypt(const QByteArray& file, const SecureBuffer& identity,
                                          qsizetype maxPlaintext) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::Corrupt, tr("not a valid age file: %1").arg(why));
    };
    if (!ensureSodium())
        return Error(ErrorCode::Crypto, tr("the cryptography library could not start"));
    if (identity.size() != crypto_scalarmult_SCALARBYTES)
        return Error(ErrorCode::InvalidInput, tr("the decryption key has the wrong length"));

    // Header: the intro line, stanzas, and the MAC line.
    qsizetype pos = 0;
    const auto readLine = [&](QByteArray* line) {
        const qsizetype end = file.indexOf('\n', pos);
        if (end < 0 || end - pos > 4096)
            return false;
        *line = file.mid(pos, end - pos);
        pos = end + 1;
        return true;
    };
    QByteArray line;
    if (!readLine(&line) || line != Intro)
        return bad(tr("the version line is missing"));
    QByteArray publicKey(crypto_scalarmult_BYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()), identity.data());
    std::optional<QByteArray> fileKey;
    QByteArray macLine;
    int stanzas = 0;
    for (;;) {
        const qsizetype lineStart = pos;
        if (!readLine(&line))
            return bad(tr("the header ends early"));
        if (line.startsWith("--- ")) {
            macLine = line.mid(4);
            pos = lineStart + 3; // the MAC covers the header up to and including "---"
            break;
        }
        if (!line.startsWith("-> ") || ++stanzas > MaxStanzas)
            return bad(tr("a recipient line is malformed"));
        const QList<QByteArray> args = line.mid(3).split(' ');
        QByteArray body;
        for (;;) {
            QByteArray bodyLine;
            if (!readLine(&bodyLine) || bodyLine.size() > 64)
                return bad(tr("a recipient body is malformed"));
            body += bodyLine;
            if (bodyLine.size() < 64)
                break;
        }
        const auto decodedBody = unb64(body);
        if (!decodedBody || args.isEmpty() || args.contains(QByteArray()))
            return bad(tr("a recipient body is malformed"));
        if (args.first() != "X25519")
            continue; // another kind of recipient: not for us
        const auto share = args.size() == 2 ? unb64(args.at(1)) : std::nullopt;
        if (!share || share->size() != crypto_scalarmult_BYTES || decodedBody->size() != FileKeyBytes + TagBytes)
            return bad(tr("an X25519 recipient is malformed"));
        if (fileKey)
            continue;
        QByteArray shared(crypto_scalarmult_BYTES, Qt::Uninitialized);
        if (crypto_scalarmult(reinterpret_cast<unsigned char*>(shared.data()), identity.data(), u8(*share)) != 0)
            continue;
        const QByteArray wrapKey = Hash::hkdfSha256(shared, *share + publicKey, X25519Label, 32);
        wipe(shared);
        fileKey = aeadOpen(wrapKey, QByteArray(12, '\0'), decodedBody->constData(), decodedBody->size());
    }
    const QByteArray header = file.left(pos);
    pos = header.size() + 1 + macLine.size() + 1;
    if (!fileKey)
        return Error(ErrorCode::PermissionDenied, tr("this file was not encrypted for this device"));
    const auto mac = unb64(macLine);
    const QByteArray macKey = Hash::hkdfSha256(*fileKey, QByteArray(), QByteArrayLiteral("header"), 32);
    if (!mac || !Hash::constantTimeEquals(*mac, Hash::hmacSha256(macKey, header)))
        return Error(ErrorCode::Tampered, tr("the encrypted file's header was changed"));

    // Payload: a 16-byte nonce, then 64 KiB chunks; the last one is flagged.
    if (file.size() - pos < 16 + TagBytes)
        return bad(tr("the payload is truncated"));
    const QByteArray nonce = file.mid(pos, 16);
    pos += 16;
    const QByteArray payloadKey = Hash::hkdfSha256(*fileKey, nonce, QByteArrayLiteral("payload"), 32);
    wipe(*fileKey);
    const qsizetype payloadBytes = file.size() - pos;
    const qsizetype chunks = (payloadBytes + ChunkSize + TagBytes - 1) / (ChunkSize + TagBytes);
    if (payloadBytes - chunks * TagBytes > maxPlaintext)
        return Error(ErrorCode::LimitExceeded, tr("the encrypted content is larger than allowed"));
    QByteArray plaintext;
    plaintext.reserve(payloadBytes - chunks * TagBytes);
    for (quint64 counter = 0; pos < file.size(); ++counter) {
        const qsizetype size = std::min(ChunkSize + TagBytes, file.size() - pos);
        const bool last = pos + size == file.size();
        if (!last && size != ChunkSize + TagBytes)
            return bad(tr("a payload chunk is truncated"));
        const auto chunk = aeadOpen(payloadKey, chunkNonce(counter, last), file.constData() + pos, size);
        if (!chunk)
            return Error(ErrorCode::Tampered, tr("the encrypted content was changed or truncated"));
        if (chunk->isEmpty() && counter > 0)
            return bad(tr("an empty final chunk"));
        plaintext += *chunk;
        pos += size;
    }
    return plaintext;
}

QString AgeEncryption::recipientString(const QByteArray& x25519PublicKey) {
    return Bech32::encode(QStringLiteral("age"), x25519PublicKey);
}

QString AgeEncryption::identityString(const SecureBuffer& x25519SecretKey) {
    QByteArray secret(reinterpret_cast<const char*>(x25519SecretKey.data()), qsizetype(x25519SecretKey.size()));
    const QString text = Bech32::encode(QStringLiteral("AGE-SECRET-KEY-"), secret);
    wipe(secret);
    return text;
}

} // namespace corridor::crypto

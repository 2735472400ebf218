// libFuzzer target for what a scanned referral slip passes through, in the order a scan
// uses it: the QR text (prefix, version, Base45, sizes), the envelope opened with a key,
// zlib, and the CBOR claims. The input is tried as QR text, as an envelope and as claims.
#include "core/crypto/Envelope.h"
#include "core/crypto/SecureBuffer.h"
#include "core/referrals/SlipCode.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    // A fixed organisation secret, so the fuzzer can reach past the envelope once it learns
    // (from the seed) what a well-formed code looks like.
    static const QByteArray fixed(32, '\x42');
    std::vector<crypto::SecureBuffer> keys;
    QByteArray copy = fixed;
    keys.push_back(crypto::SecureBuffer::takeFrom(copy));

    if (auto sealed = referrals::SlipCode::parse(QString::fromUtf8(input)); sealed.ok()) {
        (void)sealed->verify(QByteArray(32, '\0'));
        (void)referrals::SlipCode::open(*sealed, keys);
    }
    (void)crypto::Envelope::open(input, keys.front());
    (void)referrals::SlipCode::decodeClaims(input);
    return 0;
}

#pragma once

#include "core/base/Result.h"
#include "core/referrals/Referral.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <vector>

namespace corridor::crypto {
class DeviceIdentity;
class SecureBuffer;
} // namespace corridor::crypto

namespace corridor::referrals {

// The text inside a referral slip's QR code (DESIGN §5), in the spirit of the EU Digital
// COVID Certificate's "HC1:" chain:
//
//   "CR1:" + Base45( issuer device id (8) | envelope | Ed25519 signature (64) )
//
// where the envelope (crypto::Envelope) holds the zlib-compressed CBOR claims, encrypted to
// the receiving and the sending organisations' keys, and the signature covers the prefix,
// the issuer and the envelope. Anyone else who scans it learns only the prefix. Claims use
// small integer keys and day numbers so a typical referral fits a QR code a laptop webcam
// reads from paper.
class SlipCode {
    Q_DECLARE_TR_FUNCTIONS(SlipCode)
public:
    static constexpr int Version = 1;
    static constexpr qsizetype MaxTextChars = 4296; // the most a QR code holds
    static QString prefix(int version = Version) { return QStringLiteral("CR%1:").arg(version); }

    // What the code carries: the referral, and the issuing device's clock when it was made,
    // so steps recorded after a scan order after the steps before it.
    struct Claims {
        Referral referral;
        quint64 issuedHlc = 0;
    };

    // Empty recipients, or a key of the wrong size, is an error.
    [[nodiscard]] static Result<QString> seal(const Claims& claims, const crypto::DeviceIdentity& issuer,
                                              const QList<QByteArray>& recipientKeys);

    // The signed parts of a slip code, not yet verified or decrypted.
    struct Sealed {
        QByteArray issuer; // device id
        QByteArray envelope;
        QByteArray signature;
        QByteArray signedMessage() const;
        bool verify(const QByteArray& issuerPublicKey) const;
    };
    // Of the QR codes found in a picture, the one that is a referral slip's (of any format
    // version, so a newer one still gets its own message); an error if there is none.
    [[nodiscard]] static Result<QString> pick(const QStringList& qrTexts);
    // Checks the prefix, the version, the encoding and the sizes.
    [[nodiscard]] static Result<Sealed> parse(const QString& text);
    // Decrypts with the first key that opens it, then checks every claim.
    [[nodiscard]] static Result<Claims> open(const Sealed& sealed, const std::vector<crypto::SecureBuffer>& keys);

    // The claims alone (exposed for tests and the fuzzer).
    static QByteArray encodeClaims(const Claims& claims);
    [[nodiscard]] static Result<Claims> decodeClaims(const QByteArray& cbor);
};

} // namespace corridor::referrals

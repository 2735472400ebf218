#include "core/referrals/SlipCode.h"

#include "core/base/Base45.h"
#include "core/base/Cbor.h"
#include "core/base/Ids.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Envelope.h"
#include "core/referrals/ReferralCode.h"
#include "core/sync/Compression.h"

#include <QCborArray>
#include <QCborMap>
#include <QRegularExpression>

namespace corridor::referrals {
namespace {

constexpr qsizetype MaxClaimsBytes = 8192;
constexpr qsizetype MaxTextClaim = 400;
const QDate Epoch(2000, 1, 1);

// Claim keys: small integers cost one byte each in CBOR.
enum Key : int {
    Id = 1,
    Code,
    Uic,
    Name,
    Phone,
    Languages,
    Reasons,
    Regimen,
    LastDispense,
    DaysSupplied,
    ViralLoadDate,
    ViralLoadResult,
    TravelDate,
    VisitBefore,
    FromOrg,
    ToOrg,
    ToSite,
    SenderName,
    SenderContact,
    FromBranch,
    ToContact,
    Consent,
    SlipLanguages,
    CreatedOn,
    IssuedHlc,
};

void putText(QCborMap& m, Key key, const QString& value) {
    if (!value.isEmpty())
        m.insert(key, value.left(MaxTextClaim));
}

void putList(QCborMap& m, Key key, const QStringList& values) {
    if (values.isEmpty())
        return;
    QCborArray a;
    for (const QString& v : values)
        a.append(v);
    m.insert(key, a);
}

void putDate(QCborMap& m, Key key, const QDate& date) {
    if (date.isValid() && date >= Epoch)
        m.insert(key, Epoch.daysTo(date));
}

QByteArray domain() {
    return QByteArrayLiteral("corridor/referral-slip/v1\n");
}

} // namespace

QByteArray SlipCode::encodeClaims(const Claims& claims) {
    const Referral& r = claims.referral;
    QCborMap m;
    m.insert(Id, Ids::toBytes(r.id));
    putText(m, Code, QString(r.code).remove(u'-'));
    putText(m, Uic, r.uic);
    putText(m, Name, r.name);
    putText(m, Phone, r.phone);
    putList(m, Languages, r.languages);
    putList(m, Reasons, r.reasons);
    putText(m, Regimen, r.regimen);
    putDate(m, LastDispense, r.lastDispense);
    if (r.daysSupplied > 0)
        m.insert(DaysSupplied, r.daysSupplied);
    putDate(m, ViralLoadDate, r.viralLoadDate);
    putText(m, ViralLoadResult, r.viralLoadResult);
    putDate(m, TravelDate, r.travelDate);
    putDate(m, VisitBefore, r.visitBefore);
    putText(m, FromOrg, r.fromOrg);
    putText(m, ToOrg, r.toOrg);
    putText(m, ToSite, r.toSite);
    putText(m, SenderName, r.senderName);
    putText(m, SenderContact, r.senderContact);
    putText(m, FromBranch, r.fromBranch);
    putText(m, ToContact, r.toContact);
    if (r.consentToShare)
        m.insert(Consent, true);
    putList(m, SlipLanguages, r.slipLanguages);
    putDate(m, CreatedOn, r.createdOn);
    if (claims.issuedHlc > 0)
        m.insert(IssuedHlc, qint64(claims.issuedHlc & 0x7fffffffffffffffULL));
    return Cbor::encode(m);
}

Result<SlipCode::Claims> SlipCode::decodeClaims(const QByteArray& cbor) {
    Cbor::Limits limits;
    limits.maxBytes = MaxClaimsBytes;
    limits.maxDepth = 3;
    limits.maxItems = 256;
    limits.maxStringBytes = MaxTextClaim * 4;
    auto decoded = Cbor::decode(cbor, limits);
    if (!decoded.ok())
        return decoded.error();
    const auto bad = [](const QString& what) {
        return Error(ErrorCode::InvalidInput, tr("The code's contents are not a valid referral (%1).").arg(what));
    };
    if (!decoded->isMap())
        return bad(QStringLiteral("not a map"));
    const QCborMap m = decoded->toMap();
    const auto text = [&](Key key) -> std::optional<QString> {
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            return QString();
        if (!v.isString())
            return std::nullopt;
        return v.toString();
    };
    const auto list = [&](Key key) -> std::optional<QStringList> {
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            return QStringList();
        if (!v.isArray() || v.toArray().size() > 16)
            return std::nullopt;
        QStringList out;
        for (const QCborValue& item : v.toArray()) {
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 16)
                return std::nullopt;
            out << item.toString();
        }
        return out;
    };
    const auto date = [&](Key key) -> std::optional<QDate> {
        const QCborValue v = m.value(key);
        if (v.isUndefined())
            return QDate();
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > 200 * 366)
            return std::nullopt;
        return Epoch.addDays(v.toInteger());
    };

    Referral r;
    const QByteArray id = m.value(Id).toByteArray();
    r.id = Ids::fromBytes(id);
    if (id.size() != 16 || !Ids::isValid(r.id))
        return bad(QStringLiteral("id"));
    const auto code = text(Code);
    if (!code || code->isEmpty())
        return bad(QStringLiteral("code"));
    auto normalised = ReferralCode::normalise(*code);
    if (!normalised.ok())
        return bad(QStringLiteral("code"));
    r.code = *normalised;

    struct TextClaim {
        Key key;
        QString* into;
    };
    for (const TextClaim& t : {TextClaim{Uic, &r.uic},
                               {Name, &r.name},
                               {Phone, &r.phone},
                               {Regimen, &r.regimen},
                               {ViralLoadResult, &r.viralLoadResult},
                               {FromOrg, &r.fromOrg},
                               {ToOrg, &r.toOrg},
                               {ToSite, &r.toSite},
                               {SenderName, &r.senderName},
                               {SenderContact, &r.senderContact},
                               {FromBranch, &r.fromBranch},
                               {ToContact, &r.toContact}}) {
        const auto value = text(t.key);
        if (!value)
            return bad(QString::number(t.key));
        *t.into = *value;
    }
    if (r.fromOrg.isEmpty() || r.toOrg.isEmpty() || r.toSite.isEmpty())
        return bad(QStringLiteral("sites"));
    struct ListClaim {
        Key key;
        QStringList* into;
    };
    for (const ListClaim& l :
         {ListClaim{Languages, &r.languages}, {Reasons, &r.reasons}, {SlipLanguages, &r.slipLanguages}}) {
        const auto value = list(l.key);
        if (!value)
            return bad(QString::number(l.key));
        *l.into = *value;
    }
    if (r.reasons.isEmpty())
        return bad(QStringLiteral("reasons"));
    for (const QString& reason : r.reasons)
        if (!ReferralEvent::reasons().contains(reason))
            return bad(QStringLiteral("reasons"));
    struct DateClaim {
        Key key;
        QDate* into;
    };
    for (const DateClaim& d : {DateClaim{LastDispense, &r.lastDispense},
                               {ViralLoadDate, &r.viralLoadDate},
                               {TravelDate, &r.travelDate},
                               {VisitBefore, &r.visitBefore},
                               {CreatedOn, &r.createdOn}}) {
        const auto value = date(d.key);
        if (!value)
            return bad(QString::number(d.key));
        *d.into = *value;
    }
    const QCborValue days = m.value(DaysSupplied);
    if (!days.isUndefined()) {
        if (!days.isInteger() || days.toInteger() < 0 || days.toInteger() > 1000)
            return bad(QStringLiteral("days"));
        r.daysSupplied = int(days.toInteger());
    }
    const QCborValue consent = m.value(Consent);
    if (!consent.isUndefined() && !consent.isBool())
        return bad(QStringLiteral("consent"));
    r.consentToShare = consent.toBool(false);
    Claims out{r, 0};
    const QCborValue issued = m.value(IssuedHlc);
    if (!issued.isUndefined()) {
        if (!issued.isInteger() || issued.toInteger() < 0)
            return bad(QStringLiteral("clock"));
        out.issuedHlc = quint64(issued.toInteger());
    }
    return out;
}

QByteArray SlipCode::Sealed::signedMessage() const {
    return domain() + prefix().toLatin1() + issuer + envelope;
}

bool SlipCode::Sealed::verify(const QByteArray& issuerPublicKey) const {
    return crypto::DeviceIdentity::verify(issuerPublicKey, signedMessage(), signature);
}

Result<QString> SlipCode::seal(const Claims& claims, const crypto::DeviceIdentity& issuer,
                               const QList<QByteArray>& recipientKeys) {
    if (recipientKeys.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("No organisation key to encrypt the slip's code to."));
    Sealed sealed;
    sealed.issuer = issuer.id();
    sealed.envelope = crypto::Envelope::seal(sync::Compression::deflate(encodeClaims(claims)), recipientKeys);
    if (sealed.envelope.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("An organisation key is not usable for the slip's code."));
    sealed.signature = issuer.sign(sealed.signedMessage());
    const QString text = prefix() + Base45::encode(sealed.issuer + sealed.envelope + sealed.signature);
    if (text.size() > MaxTextChars)
        return Error(ErrorCode::InvalidInput, tr("The referral holds too much text for a QR code; shorten the notes."));
    return text;
}

namespace {
const QRegularExpression& versionedPrefix() {
    static const QRegularExpression pattern(QStringLiteral("^CR([0-9]{1,3}):"));
    return pattern;
}
} // namespace

Result<QString> SlipCode::pick(const QStringList& qrTexts) {
    for (const QString& text : qrTexts)
        if (versionedPrefix().match(text.trimmed()).hasMatch())
            return text.trimmed();
    return Error(ErrorCode::InvalidInput,
                 tr("The picture holds a QR code, but not the code of a Corridor referral slip."));
}

Result<SlipCode::Sealed> SlipCode::parse(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("The code is empty."));
    if (text.size() > MaxTextChars)
        return Error(ErrorCode::InvalidInput, tr("The code is longer than any referral slip's."));
    const auto match = versionedPrefix().match(text);
    if (!match.hasMatch())
        return Error(ErrorCode::InvalidInput, tr("This is not the code of a Corridor referral slip."));
    if (match.captured(1).toInt() != Version)
        return Error(ErrorCode::Unsupported,
                     tr("This slip was made by a newer version of Corridor (format %1); update Corridor to read it, "
                        "or type the referral code printed on the slip.")
                         .arg(match.captured(1)));
    auto bytes = Base45::decode(text.mid(match.capturedLength()));
    if (!bytes.ok())
        return Error(ErrorCode::Corrupt,
                     tr("The slip's code is damaged or incomplete (%1).").arg(bytes.error().message()));
    constexpr int IdBytes = crypto::DeviceIdentity::IdBytes;
    constexpr int SignatureBytes = crypto::DeviceIdentity::SignatureBytes;
    constexpr int MinEnvelope =
        crypto::Envelope::HeaderBytes + crypto::Envelope::WrappedKeyBytes + crypto::Envelope::TagBytes;
    if (bytes->size() < IdBytes + MinEnvelope + SignatureBytes)
        return Error(ErrorCode::Corrupt, tr("The slip's code is damaged or incomplete (too short)."));
    Sealed sealed;
    sealed.issuer = bytes->left(IdBytes);
    sealed.envelope = bytes->mid(IdBytes, bytes->size() - IdBytes - SignatureBytes);
    sealed.signature = bytes->right(SignatureBytes);
    return sealed;
}

Result<SlipCode::Claims> SlipCode::open(const Sealed& sealed, const std::vector<crypto::SecureBuffer>& keys) {
    for (const crypto::SecureBuffer& key : keys) {
        auto compressed = crypto::Envelope::open(sealed.envelope, key);
        if (!compressed)
            continue;
        auto claims = sync::Compression::inflate(*compressed, MaxClaimsBytes);
        if (!claims.ok())
            return Error(ErrorCode::InvalidInput,
                         tr("The code's contents are not a valid referral (%1).").arg(claims.error().message()));
        return decodeClaims(*claims);
    }
    return Error(ErrorCode::PermissionDenied,
                 tr("This slip's code is addressed to another National Society: only the receiving and the sending "
                    "National Societies can read it. Type the referral code printed on the slip instead."));
}

} // namespace corridor::referrals

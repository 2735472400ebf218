// The QR code of a referral slip: a compact envelope to the two organisations' keys, signed
// by the issuing device; a scan on the receiving side creates the referral once and records
// "received"; anything wrong changes nothing and says why.
#include "core/referrals/SlipCode.h"
#include "core/base/Base45.h"
#include "core/base/Cbor.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Envelope.h"
#include "core/crypto/SealedBox.h"
#include "core/referrals/ReferralCode.h"

#include "tests/support/SyncFixture.h"
#include <QCborMap>

#include <catch2/catch.hpp>

using namespace corridor;
using namespace corridor::test;

namespace {

referrals::Referral sample() {
    referrals::Referral r;
    r.id = QStringLiteral("6f1c2a9e-3b7d-4c1e-9a55-0b1e2f3a4c5d");
    r.code = QStringLiteral("7K3M-Q9TZ-AB");
    r.uic = QStringLiteral("NOSO0101851");
    r.name = QStringLiteral("Noi");
    r.phone = QStringLiteral("+66 81 555 0101");
    r.languages = {QStringLiteral("lo"), QStringLiteral("th")};
    r.reasons = {QStringLiteral("art"), QStringLiteral("documents")};
    r.regimen = QStringLiteral("TDF + 3TC + DTG");
    r.lastDispense = QDate(2026, 11, 2);
    r.daysSupplied = 90;
    r.viralLoadDate = QDate(2026, 6, 1);
    r.viralLoadResult = QStringLiteral("<50 copies/mL");
    r.travelDate = QDate(2026, 11, 28);
    r.visitBefore = QDate(2026, 12, 20);
    r.fromOrg = QStringLiteral("TRCS");
    r.toOrg = QStringLiteral("LRC");
    r.toSite = QStringLiteral("lrc-hq");
    r.senderName = QStringLiteral("Somchai");
    r.senderContact = QStringLiteral("+66 2 000 0000");
    r.fromBranch = QStringLiteral("Mae Sot");
    r.toContact = QStringLiteral("ສົມພອນ");
    r.consentToShare = true;
    r.slipLanguages = {QStringLiteral("lo"), QStringLiteral("en")};
    r.createdOn = QDate(2026, 11, 21);
    // Give it a valid check symbol.
    const QString data = QStringLiteral("7K3MQ9TZAB");
    r.code = QStringLiteral("7K3M-Q9TZ-AB") + referrals::ReferralCode::checkSymbol(data);
    return r;
}

QString referToLaos(TempVault& v) {
    cases::Client c;
    c.uic = QStringLiteral("NOSO0101851");
    c.name = QStringLiteral("Noi");
    c.phone = QStringLiteral("+66 81 555 0101");
    c.languages = {QStringLiteral("lo")};
    c.consent.keepRecords = true;
    c.consent.shareWithPartner = true;
    c.consent.date = v.clock().today();
    auto client = v.session().cases().addClient(c);
    REQUIRE(client.ok());
    referrals::ReferralService::Request request;
    request.clientId = client->id;
    request.toSite = QStringLiteral("lrc-hq");
    request.reasons = {QStringLiteral("art")};
    request.regimen = QStringLiteral("TDF + 3TC + DTG");
    request.visitBefore = v.clock().today().addDays(30);
    request.senderContact = QStringLiteral("Line: maesot-outreach");
    auto created = v.session().referrals().create(request);
    if (!created.ok())
        FAIL(created.error().message().toStdString());
    return created->code;
}

int referralCount(TempVault& v) {
    auto all = v.session().referrals().list();
    REQUIRE(all.ok());
    return int(all->size());
}

QString corrupt(const QString& code, int position) {
    QString out = code;
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    const int at = alphabet.indexOf(out.at(position));
    out[position] = alphabet.at((at + 1) % alphabet.size());
    return out;
}

} // namespace

TEST_CASE("An envelope opens with any one of its recipients' keys and with nothing else", "[crypto][slip]") {
    auto [lrcPublic, lrcSecret] = crypto::SealedBox::newKeyPair();
    auto [trcsPublic, trcsSecret] = crypto::SealedBox::newKeyPair();
    auto [otherPublic, otherSecret] = crypto::SealedBox::newKeyPair();
    const QByteArray message = QByteArrayLiteral("referral claims");
    const QByteArray sealed = crypto::Envelope::seal(message, {lrcPublic, trcsPublic});
    REQUIRE(sealed.size() == crypto::Envelope::HeaderBytes + 2 * crypto::Envelope::WrappedKeyBytes + message.size() +
                                 crypto::Envelope::TagBytes);
    CHECK(crypto::Envelope::open(sealed, lrcSecret) == message);
    CHECK(crypto::Envelope::open(sealed, trcsSecret) == message);
    CHECK_FALSE(crypto::Envelope::open(sealed, otherSecret));
    CHECK_FALSE(sealed.contains(message));
    // Every byte matters: the recipient list is authenticated with the message.
    for (qsizetype i = 0; i < sealed.size(); i += 7) {
        QByteArray changed = sealed;
        changed[i] = char(changed.at(i) ^ 0x01);
        CHECK_FALSE(crypto::Envelope::open(changed, lrcSecret));
    }
    CHECK_FALSE(crypto::Envelope::open(sealed.left(sealed.size() - 1), lrcSecret));
    CHECK_FALSE(crypto::Envelope::open(QByteArray(), lrcSecret));
    CHECK_FALSE(crypto::Envelope::open(QByteArray(200, '\0'), lrcSecret));
    CHECK(crypto::Envelope::seal(message, {}).isEmpty());
    CHECK(crypto::Envelope::seal(message, {QByteArray(31, 'x')}).isEmpty());
    CHECK(crypto::Envelope::seal(message, QList<QByteArray>(9, lrcPublic)).isEmpty());
}

TEST_CASE("Slip claims carry every detail the receiving side needs, and refuse what is not a referral",
          "[referrals][slip]") {
    const referrals::Referral r = sample();
    auto back = referrals::SlipCode::decodeClaims(referrals::SlipCode::encodeClaims({r, 123456789}));
    REQUIRE(back.ok());
    CHECK(back->referral.toFields() == r.toFields());
    CHECK(back->referral.id == r.id);
    CHECK(back->issuedHlc == 123456789);

    QCborMap wrong;
    wrong.insert(1, QByteArray(16, 'x'));
    CHECK_FALSE(referrals::SlipCode::decodeClaims(Cbor::encode(wrong)).ok());
    CHECK_FALSE(referrals::SlipCode::decodeClaims(QByteArray()).ok());
    CHECK_FALSE(referrals::SlipCode::decodeClaims(QByteArray("\xa1\x01", 2)).ok()); // truncated
    referrals::Referral badReason = r;
    badReason.reasons = {QStringLiteral("shopping")};
    CHECK_FALSE(referrals::SlipCode::decodeClaims(referrals::SlipCode::encodeClaims({badReason, 0})).ok());
    referrals::Referral badCode = r;
    badCode.code = QStringLiteral("7K3M-Q9TZ-BA") + r.code.right(1); // two neighbours swapped
    CHECK_FALSE(referrals::SlipCode::decodeClaims(referrals::SlipCode::encodeClaims({badCode, 0})).ok());
}

TEST_CASE("A slip's code reveals nothing but its prefix, and checks prefix, version and size", "[referrals][slip]") {
    const auto issuer = crypto::DeviceIdentity::generate();
    auto [lrcPublic, lrcSecret] = crypto::SealedBox::newKeyPair();
    referrals::Referral r = sample();
    // Base45 text is random letters and digits: a three-letter name like "Noi" turns up in about one code in
    // two hundred by chance. Only strings of six characters or more are looked for (one code in millions).
    r.name = QStringLiteral("Noi Phommachanh");
    auto code = referrals::SlipCode::seal({r, 0}, issuer, {lrcPublic});
    REQUIRE(code.ok());
    CHECK(code->startsWith(QStringLiteral("CR1:")));
    for (const QString& plain : {r.uic, r.name, r.regimen, r.toSite, QString(r.code).remove(u'-')}) {
        REQUIRE(plain.size() >= 6);
        CHECK_FALSE(code->contains(plain, Qt::CaseInsensitive));
    }
    auto decoded = Base45::decode(code->mid(4));
    REQUIRE(decoded.ok());
    for (const QString& plain : {r.uic, r.name, r.regimen, r.toSite})
        CHECK_FALSE(decoded->contains(plain.toUtf8()));

    auto sealed = referrals::SlipCode::parse(*code);
    REQUIRE(sealed.ok());
    CHECK(sealed->verify(issuer.publicKey()));
    std::vector<crypto::SecureBuffer> keys;
    keys.push_back(std::move(lrcSecret));
    auto opened = referrals::SlipCode::open(*sealed, keys);
    REQUIRE(opened.ok());
    CHECK(opened->referral.toFields() == r.toFields());

    std::vector<crypto::SecureBuffer> wrongKeys;
    wrongKeys.push_back(crypto::SealedBox::newKeyPair().second);
    auto notOurs = referrals::SlipCode::open(*sealed, wrongKeys);
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().code() == ErrorCode::PermissionDenied);

    auto future = referrals::SlipCode::parse(QStringLiteral("CR2:") + code->mid(4));
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code() == ErrorCode::Unsupported);
    CHECK(future.error().message().contains(QStringLiteral("newer version")));
    for (const QString& bad :
         {QString(), QStringLiteral("   "), QStringLiteral("https://example.org/"), QStringLiteral("CRDC1:ABC"),
          QStringLiteral("CR1:"), code->left(40), QString(5000, u'A')})
        CHECK_FALSE(referrals::SlipCode::parse(bad).ok());
    for (int cut : {1, 2, 3}) {
        const auto truncated = referrals::SlipCode::parse(code->left(code->size() - cut));
        CHECK((!truncated.ok() || !truncated->verify(issuer.publicKey())));
    }
    // A changed character: either no longer Base45, or the signature fails.
    const auto changed = referrals::SlipCode::parse(corrupt(*code, int(code->size() / 2)));
    CHECK((!changed.ok() || !changed->verify(issuer.publicKey())));
}

TEST_CASE("A volunteer's slip scanned across the border creates the referral once and records it received",
          "[referrals][slip][partner]") {
    Branch thai(1, QStringLiteral("TRCS"));
    Branch lao(1, QStringLiteral("LRC"));
    TempVault& somchai = thai.volunteer(0);
    TempVault& khamla = lao.volunteer(0);

    // A slip from a device nobody here knows yet is refused and changes nothing.
    registerPartners(thai.coordinator(), lao.coordinator());
    Branch::exchange(thai.coordinator(), somchai); // the volunteer learns LRC's key
    const QString early = referToLaos(somchai);
    auto earlyReferral = somchai.session().referrals().byCode(early);
    REQUIRE(earlyReferral.ok());
    auto earlyCode = somchai.session().slips().codeFor(*earlyReferral);
    REQUIRE(earlyCode.ok());
    auto unknown = khamla.session().slips().scan(*earlyCode);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message().contains(QStringLiteral("does not know")));
    CHECK(referralCount(khamla) == 0);

    // The Thai coordinator's partner bundle announces the Thai devices; the Lao
    // coordinator passes them on to its volunteers.
    auto toLao = Branch::import(lao.coordinator(), Branch::bundle(thai.coordinator(), lao.coordinator()));
    INFO(toLao.refusal.toStdString());
    REQUIRE_FALSE(toLao.refused);
    CHECK(toLao.refusedItems.isEmpty());
    Branch::exchange(lao.coordinator(), khamla);
    auto known = khamla.session().trust().find(Branch::deviceId(somchai));
    REQUIRE(known.ok());
    REQUIRE(known->has_value());
    CHECK((*known)->organisation == QStringLiteral("TRCS"));

    const QString code = referToLaos(somchai);
    auto referral = somchai.session().referrals().byCode(code);
    REQUIRE(referral.ok());
    auto slipCode = somchai.session().slips().codeFor(*referral);
    REQUIRE(slipCode.ok());

    auto scanned = khamla.session().slips().scan(*slipCode);
    if (!scanned.ok())
        FAIL(scanned.error().message().toStdString());
    CHECK(scanned->created);
    CHECK(scanned->receivedRecorded);
    CHECK(scanned->referral.code == code);
    CHECK(scanned->referral.uic == QStringLiteral("NOSO0101851"));
    CHECK(scanned->referral.regimen == QStringLiteral("TDF + 3TC + DTG"));
    CHECK(scanned->referral.senderContact == QStringLiteral("Line: maesot-outreach"));
    CHECK(scanned->referral.visitBefore == referral->visitBefore);
    CHECK(scanned->referral.clientId.isEmpty());
    CHECK(scanned->referral.status == QStringLiteral("received"));

    auto again = khamla.session().slips().scan(*slipCode);
    REQUIRE(again.ok());
    CHECK_FALSE(again->created);
    CHECK_FALSE(again->receivedRecorded);
    CHECK(referralCount(khamla) == 1);
    CHECK(khamla.session().referrals().events(scanned->referral.id)->size() == 1);

    // The sender sees "received" once the steps flow back; the bundle that later brings
    // the same referral makes no duplicate and no conflict.
    Branch::exchange(somchai, thai.coordinator());
    Branch::exchange(thai.coordinator(), lao.coordinator());
    Branch::exchange(lao.coordinator(), khamla);
    CHECK(referralCount(khamla) == 2); // the early one arrived by bundle
    auto conflicts = khamla.session().records().conflicts().count();
    REQUIRE(conflicts.ok());
    CHECK(*conflicts == 0);
    Branch::exchange(lao.coordinator(), thai.coordinator());
    Branch::exchange(thai.coordinator(), somchai);
    auto atCoordinator = thai.coordinator().session().referrals().byCode(code);
    REQUIRE(atCoordinator.ok());
    CHECK(atCoordinator->status.toStdString() == "received");
    auto home = somchai.session().referrals().byCode(code);
    REQUIRE(home.ok());
    CHECK(somchai.session().importer().heldCount().value() == 0);
    CHECK(thai.coordinator().session().importer().heldCount().value() == 0);
    CHECK(home->status == QStringLiteral("received"));

    SECTION("tampered, foreign and misattributed codes change nothing") {
        const int before = referralCount(khamla);
        for (int position : {6, int(slipCode->size() / 2), int(slipCode->size() - 3)}) {
            auto tampered = khamla.session().slips().scan(corrupt(*slipCode, position));
            CHECK_FALSE(tampered.ok());
        }
        // Addressed to LRC: a Cambodian Red Cross device cannot read it, even knowing the issuer.
        Branch crc(0, QStringLiteral("CRC"));
        registerPartners(thai.coordinator(), crc.coordinator());
        Branch::import(crc.coordinator(), Branch::bundle(thai.coordinator(), crc.coordinator()));
        auto foreign = crc.coordinator().session().slips().scan(*slipCode);
        REQUIRE_FALSE(foreign.ok());
        CHECK(foreign.error().message().contains(QStringLiteral("another National Society")));
        // Signed by a Thai device but claiming to come from LRC.
        referrals::Referral forged = *referral;
        forged.fromOrg = QStringLiteral("LRC");
        auto lrcKeys = somchai.session().trust().organisationPublicKeys(QStringLiteral("LRC"));
        REQUIRE(lrcKeys.ok());
        auto forgedCode = referrals::SlipCode::seal({forged, 0}, somchai.session().vault().device(), *lrcKeys);
        REQUIRE(forgedCode.ok());
        auto misattributed = khamla.session().slips().scan(*forgedCode);
        REQUIRE_FALSE(misattributed.ok());
        CHECK(misattributed.error().code() == ErrorCode::Tampered);
        CHECK(referralCount(khamla) == before);
    }
    SECTION("a slip from a revoked device is refused") {
        REQUIRE(
            thai.coordinator().session().trust().revoke(Branch::deviceId(somchai), records::Role::Coordinator).ok());
        auto report = Branch::import(lao.coordinator(), Branch::bundle(thai.coordinator(), lao.coordinator()));
        INFO(report.refusedItems.join(u';').toStdString());
        CHECK(report.refusedItems.isEmpty());
        auto device = lao.coordinator().session().trust().find(Branch::deviceId(somchai));
        REQUIRE(device.ok());
        REQUIRE(device->has_value());
        CHECK((*device)->revoked);
        auto revoked = lao.coordinator().session().slips().scan(*slipCode);
        REQUIRE_FALSE(revoked.ok());
        CHECK(revoked.error().message().contains(QStringLiteral("revoked")));
        CHECK(referralCount(lao.coordinator()) == 2);
    }
}

TEST_CASE("A partner coordinator may announce only devices of its own National Society", "[sync][partner]") {
    Branch thai(0, QStringLiteral("TRCS"));
    Branch lao(1, QStringLiteral("LRC"));
    registerPartners(thai.coordinator(), lao.coordinator());
    // The Thai coordinator enrols the Lao volunteer's card as if it were its own.
    auto card = lao.volunteer(0).session().deviceCard();
    REQUIRE(card.ok());
    sync::DeviceCard claimed = *card;
    claimed.organisation = QStringLiteral("TRCS");
    claimed.sign(lao.volunteer(0).session().vault().device());
    REQUIRE(thai.coordinator().session().trust().enrol(claimed, records::Role::Coordinator).ok());
    auto report = Branch::import(lao.coordinator(), Branch::bundle(thai.coordinator(), lao.coordinator()));
    REQUIRE_FALSE(report.refused);
    CHECK_FALSE(report.refusedItems.isEmpty());
    auto volunteer = lao.coordinator().session().trust().find(Branch::deviceId(lao.volunteer(0)));
    REQUIRE(volunteer.ok());
    REQUIRE(volunteer->has_value());
    CHECK((*volunteer)->organisation == QStringLiteral("LRC"));
    CHECK_FALSE((*volunteer)->revoked);
}

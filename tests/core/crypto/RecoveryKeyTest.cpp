#include "core/crypto/RecoveryKey.h"

#include <catch2/catch.hpp>

using namespace corridor::crypto;

TEST_CASE("A recovery key reads back - forgiving case - spacing and look-alike letters", "[recovery-key]") {
    const SecureBuffer key = RecoveryKey::generate();
    const QString text = RecoveryKey::format(key);
    CHECK(text.size() == 36 + 8);
    CHECK(text.count(u'-') == 8);

    auto parsed = RecoveryKey::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->equals(key));

    QString sloppy = text.toLower();
    sloppy.replace(u'-', u' ');
    sloppy.replace(u'0', u'o');
    sloppy.replace(u'1', u'l');
    auto relaxed = RecoveryKey::parse(sloppy);
    REQUIRE(relaxed.ok());
    CHECK(relaxed->equals(key));
}

TEST_CASE("A mistyped recovery key is caught by its check characters", "[recovery-key][bad-input]") {
    // A fixed key: with 20 check bits, one random key in about 30,000 has a typo that slips through, and a test
    // must not fail by chance. Every one of this key's single typos is caught.
    QByteArray fixed = QByteArray::fromHex("00112233445566778899aabbccddeeff01234567");
    REQUIRE(fixed.size() == RecoveryKey::SecretBytes);
    const QString text = RecoveryKey::format(SecureBuffer::takeFrom(fixed));
    int detected = 0;
    int tried = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'-')
            continue;
        QString typo = text;
        typo[i] = text[i] == u'7' ? u'8' : u'7';
        ++tried;
        detected += RecoveryKey::parse(typo).ok() ? 0 : 1;
    }
    CHECK(detected == tried);
    CHECK_FALSE(RecoveryKey::parse(QString()).ok());
    CHECK_FALSE(RecoveryKey::parse(text.left(20)).ok());
    CHECK_FALSE(RecoveryKey::parse(text + QStringLiteral("AB")).ok());
    auto foreign = RecoveryKey::parse(text.left(10) + QStringLiteral("!") + text.mid(11));
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message().contains(QStringLiteral("!")));
}

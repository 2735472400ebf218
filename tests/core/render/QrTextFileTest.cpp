// Reading a card's text from a file or from a picture of its QR code, and refusing the rest.
#include "core/render/QrTextFile.h"
#include "core/render/QrCode.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace corridor;
using render::QrTextFile;

namespace {

const QString Prefix = QStringLiteral("CRDC1:");
const QString Card = QStringLiteral("CRDC1:6BFLA*P7$LM:ZK2+8PDV4");

QByteArray png(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("A card is read from its text or from a picture of its QR code", "[render][qr]") {
    auto text = QrTextFile::fromBytes(Card.toLatin1() + "\n", Prefix);
    REQUIRE(text.ok());
    CHECK(*text == Card);

    auto qr = render::QrCode::encode(Card);
    REQUIRE(qr.ok());
    // A photo is rarely square-on and clean: a scaled, padded picture still reads.
    QImage photo(900, 700, QImage::Format_RGB32);
    photo.fill(QColor(200, 200, 190));
    {
        const QImage code = qr->toImage(7);
        for (int y = 0; y < code.height(); ++y)
            for (int x = 0; x < code.width(); ++x)
                photo.setPixel(120 + x, 90 + y, code.pixel(x, y));
    }
    auto fromPicture = QrTextFile::fromBytes(png(photo), Prefix);
    REQUIRE(fromPicture.ok());
    CHECK(*fromPicture == Card);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card.png"));
    REQUIRE(photo.save(path, "PNG"));
    auto fromFile = QrTextFile::read(path, Prefix);
    REQUIRE(fromFile.ok());
    CHECK(*fromFile == Card);
}

TEST_CASE("Anything that is not a card is refused with a reason", "[render][qr][bad-input]") {
    QTemporaryDir dir;
    CHECK(QrTextFile::read(dir.filePath(QStringLiteral("absent.txt")), Prefix).error().code() == ErrorCode::NotFound);
    CHECK_FALSE(QrTextFile::fromBytes(QByteArray(), Prefix).ok());
    CHECK_FALSE(QrTextFile::fromBytes("   \n", Prefix).ok());
    CHECK_FALSE(QrTextFile::fromBytes("hello, not a card", Prefix).ok());
    // A truncated picture.
    auto qr = render::QrCode::encode(Card);
    REQUIRE(qr.ok());
    const QByteArray picture = png(qr->toImage(6));
    CHECK_FALSE(QrTextFile::fromBytes(picture.left(picture.size() / 3), Prefix).ok());
    // A picture without any code, and a code that is not a card.
    QImage blank(200, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    CHECK_FALSE(QrTextFile::fromBytes(png(blank), Prefix).ok());
    auto other = render::QrCode::encode(QStringLiteral("https://example.org/"));
    REQUIRE(other.ok());
    auto wrong = QrTextFile::fromBytes(png(other->toImage(6)), Prefix);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message().contains(QStringLiteral("not a Corridor card")));
    // Too large to be a card or a photo of one.
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    QFile file(big);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(QrTextFile::MaxFileBytes + 1));
    file.close();
    CHECK(QrTextFile::read(big, Prefix).error().code() == ErrorCode::LimitExceeded);
}

TEST_CASE("Pictures searched for codes: oversized, huge-by-header, truncated and empty files are refused",
          "[render][qr][slip]") {
    QTemporaryDir dir;
    const auto write = [&](const char* name, const QByteArray& bytes) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    // A real code in a picture is found.
    auto code = render::QrCode::encode(QStringLiteral("CR1:ABC"));
    REQUIRE(code.ok());
    const QByteArray picture = png(code->toImage(6));
    auto found = QrTextFile::codesInPicture(write("ok.png", picture));
    REQUIRE(found.ok());
    CHECK(found->contains(QStringLiteral("CR1:ABC")));

    // Bigger than any photo we take in.
    auto big = QrTextFile::codesInPicture(write("big.jpg", QByteArray(QrTextFile::MaxFileBytes + 1, '\0')));
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code() == ErrorCode::LimitExceeded);

    // A BMP header that claims 10,000 × 10,000 pixels, with no pixels behind it.
    QByteArray bmp("BM");
    const auto le32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            bmp.append(char((v >> (8 * i)) & 0xff));
    };
    const auto le16 = [&](quint16 v) {
        bmp.append(char(v & 0xff));
        bmp.append(char(v >> 8));
    };
    le32(54 + 16);
    le32(0);
    le32(54);
    le32(40);
    le32(10000);
    le32(10000);
    le16(1);
    le16(24);
    le32(0);
    le32(0);
    le32(2835);
    le32(2835);
    le32(0);
    le32(0);
    bmp.append(16, '\0');
    auto huge = QrTextFile::codesInPicture(write("huge.bmp", bmp));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code() == ErrorCode::LimitExceeded);

    for (const QString& bad : {write("empty.png", QByteArray()), write("half.png", picture.left(picture.size() / 2)),
                               write("text.png", "not a picture"), dir.filePath(QStringLiteral("missing.png"))}) {
        INFO(bad.toStdString());
        auto result = QrTextFile::codesInPicture(bad);
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.error().message().isEmpty());
    }
    // A picture without any code.
    QImage blank(300, 200, QImage::Format_RGB32);
    blank.fill(Qt::white);
    CHECK_FALSE(QrTextFile::codesInPicture(write("blank.png", png(blank))).ok());
}

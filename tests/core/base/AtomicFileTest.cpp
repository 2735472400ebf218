#include "core/base/AtomicFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using corridor::AtomicFile;
using corridor::ErrorCode;

TEST_CASE("AtomicFile replaces a file whole and leaves no temporary behind", "[atomic-file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys"));
    REQUIRE(AtomicFile::write(path, "first").ok());
    REQUIRE(AtomicFile::write(path, "second version").ok());
    auto read = AtomicFile::read(path, 1024);
    REQUIRE(read.ok());
    CHECK(*read == "second version");
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("keys")});
    CHECK((QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("AtomicFile refuses missing and oversized files", "[atomic-file][bad-input]") {
    QTemporaryDir dir;
    auto missing = AtomicFile::read(dir.filePath(QStringLiteral("nope")), 10);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code() == ErrorCode::NotFound);
    const QString path = dir.filePath(QStringLiteral("big"));
    REQUIRE(AtomicFile::write(path, QByteArray(100, 'x')).ok());
    auto big = AtomicFile::read(path, 99);
    REQUIRE_FALSE(big.ok());
    CHECK(big.error().code() == ErrorCode::LimitExceeded);
    auto unwritable = AtomicFile::write(dir.filePath(QStringLiteral("no/such/folder/file")), "x");
    CHECK_FALSE(unwritable.ok());
}

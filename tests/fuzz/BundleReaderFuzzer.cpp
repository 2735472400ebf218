// libFuzzer target for every parser of outside input that a bundle passes through, in the
// order import uses them: the strict archive, the minisign signature and signed header,
// the (decompressed) manifest, each changeset, and device cards.
#include "core/base/Cbor.h"
#include "core/records/Changeset.h"
#include "core/sync/BundleFile.h"
#include "core/sync/BundleFormat.h"
#include "core/sync/DeviceCard.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));

    (void)sync::BundleFile::parse(input);

    sync::BundleManifest::Limits limits;
    limits.maxCompressed = 1 << 20;
    limits.maxDecompressed = 4 << 20;
    limits.maxChangesets = 1000;
    if (auto manifest = sync::BundleManifest::decode(input, limits); manifest.ok())
        for (const auto& [body, signature] : manifest->changesets)
            (void)records::Changeset::decode(body, signature);

    (void)records::Changeset::decode(input, QByteArray(64, '\0'));
    (void)Cbor::decode(input);
    (void)sync::DeviceCard::fromText(QString::fromLatin1(input));
    (void)sync::BundleHeader::fromTrustedComment(QString::fromUtf8(input));
    return 0;
}

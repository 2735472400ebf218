// libFuzzer target for a content pack from outside: the pack file (ustar holding the CBOR
// pack and its minisign signature), the CBOR pack itself with the views rebuilt from its
// Markdown, and the Markdown outline of a lesson. The input is tried as each of them.
#include "core/content/ContentPack.h"
#include "core/content/LessonMarkdown.h"
#include "core/content/PackFile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor::content;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto file = PackFile::parse(input); file.ok())
        (void)ContentPack::decode(file->packBytes);
    (void)ContentPack::decode(input);
    const QString text = QString::fromUtf8(input);
    (void)LessonMarkdown::lesson(text);
    (void)LessonMarkdown::titled(text);
    return 0;
}

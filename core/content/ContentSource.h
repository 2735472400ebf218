#pragma once

#include "core/base/Result.h"
#include "core/content/ContentPack.h"

#include <QCoreApplication>

namespace corridor::content {

// Reads an authored content folder (the layout of resources/content/README.md: pack.json,
// manifests and one Markdown file per section or lesson per language) into a pack, and
// checks it the way an imported pack is checked.
class ContentSource {
    Q_DECLARE_TR_FUNCTIONS(ContentSource)
public:
    [[nodiscard]] static Result<ContentPack> read(const QString& folder);
};

} // namespace corridor::content

#pragma once

#include "core/base/Result.h"
#include "core/content/ContentPack.h"

#include <QCoreApplication>

namespace corridor::content {

// The structure of authored Markdown files (see resources/content/README.md): a "# Title"
// first line; in a lesson, the "## Objectives", "## Facilitator notes", "## Participant
// content" and "## Quiz" parts, and the quiz's "###" questions with "- [ ]"/"- [x]" options
// and a "> Why:" line. Only this outline is read here; the Markdown inside each part is left
// for QTextDocument to render.
class LessonMarkdown {
    Q_DECLARE_TR_FUNCTIONS(LessonMarkdown)
public:
    struct Titled {
        QString title;
        QString body;
    };

    [[nodiscard]] static Result<Titled> titled(const QString& markdown);
    [[nodiscard]] static Result<LessonText> lesson(const QString& markdown);
};

} // namespace corridor::content

#include "core/content/LessonMarkdown.h"

namespace corridor::content {

namespace {

enum class Part { None, Objectives, Notes, Participant, Quiz };

Part partNamed(const QString& heading) {
    const QString key = heading.trimmed().toLower();
    if (key == QLatin1String("objectives"))
        return Part::Objectives;
    if (key == QLatin1String("facilitator notes"))
        return Part::Notes;
    if (key == QLatin1String("participant content"))
        return Part::Participant;
    if (key == QLatin1String("quiz"))
        return Part::Quiz;
    return Part::None;
}

QString joined(const QStringList& lines) {
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

Result<LessonMarkdown::Titled> LessonMarkdown::titled(const QString& markdown) {
    QStringList lines = markdown.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty() || !lines.first().startsWith(QLatin1String("# ")))
        return Error(ErrorCode::Corrupt, tr("The text does not start with a \"# Title\" line."));
    Titled out;
    out.title = lines.takeFirst().mid(2).trimmed();
    if (out.title.isEmpty())
        return Error(ErrorCode::Corrupt, tr("The title line is empty."));
    out.body = joined(lines);
    return out;
}

Result<LessonText> LessonMarkdown::lesson(const QString& markdown) {
    auto head = titled(markdown);
    CORRIDOR_TRY(head);
    LessonText lesson;
    lesson.title = head->title;

    Part part = Part::None;
    QStringList notes, participant;
    QuizQuestion* question = nullptr;
    const QStringList lines = head->body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const QString trimmed = line.trimmed();
        if (line.startsWith(QLatin1String("## "))) {
            part = partNamed(line.mid(3));
            if (part == Part::None)
                return Error(ErrorCode::Corrupt,
                             tr("Line %1: \"%2\" is not one of the lesson parts (Objectives, Facilitator notes, "
                                "Participant content, Quiz).")
                                 .arg(i + 2)
                                 .arg(trimmed));
            continue;
        }
        switch (part) {
        case Part::None:
            if (!trimmed.isEmpty())
                return Error(ErrorCode::Corrupt, tr("Line %1: text before the first lesson part.").arg(i + 2));
            break;
        case Part::Objectives:
            if (trimmed.startsWith(QLatin1String("- ")))
                lesson.objectives << trimmed.mid(2).trimmed();
            else if (!trimmed.isEmpty() && !lesson.objectives.isEmpty())
                lesson.objectives.last() += QLatin1Char(' ') + trimmed; // a wrapped item
            else if (!trimmed.isEmpty())
                return Error(ErrorCode::Corrupt, tr("Line %1: objectives are a list of \"- \" items.").arg(i + 2));
            break;
        case Part::Notes:
            notes << line;
            break;
        case Part::Participant:
            participant << line;
            break;
        case Part::Quiz:
            if (line.startsWith(QLatin1String("### "))) {
                lesson.quiz.append(QuizQuestion{});
                question = &lesson.quiz.last();
                question->question = line.mid(4).trimmed();
            } else if (trimmed.isEmpty()) {
                break;
            } else if (!question) {
                return Error(ErrorCode::Corrupt, tr("Line %1: a quiz question starts with \"### \".").arg(i + 2));
            } else if (trimmed.startsWith(QLatin1String("- [ ] ")) || trimmed.startsWith(QLatin1String("- [x] ")) ||
                       trimmed.startsWith(QLatin1String("- [X] "))) {
                if (trimmed[3] != QLatin1Char(' ')) {
                    if (question->correct >= 0)
                        return Error(ErrorCode::Corrupt,
                                     tr("Line %1: the question \"%2\" has more than one right answer.")
                                         .arg(i + 2)
                                         .arg(question->question));
                    question->correct = int(question->options.size());
                }
                question->options << trimmed.mid(6).trimmed();
            } else if (trimmed.startsWith(QLatin1Char('>'))) {
                QString why = trimmed.mid(1).trimmed();
                if (why.startsWith(QLatin1String("Why:"), Qt::CaseInsensitive))
                    why = why.mid(4).trimmed();
                question->why = question->why.isEmpty() ? why : question->why + QLatin1Char(' ') + why;
            } else {
                return Error(ErrorCode::Corrupt,
                             tr("Line %1: in a quiz, use \"- [ ]\" or \"- [x]\" for answers and \"> Why:\" for the "
                                "explanation.")
                                 .arg(i + 2));
            }
            break;
        }
    }
    lesson.facilitatorNotes = joined(notes);
    lesson.participantContent = joined(participant);
    for (const QuizQuestion& q : std::as_const(lesson.quiz)) {
        if (q.options.size() < 2 || q.correct < 0)
            return Error(ErrorCode::Corrupt,
                         tr("The question \"%1\" needs at least two answers and one marked right with \"- [x]\".")
                             .arg(q.question));
    }
    return lesson;
}

} // namespace corridor::content

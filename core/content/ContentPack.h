#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace corridor::content {

// The five languages every booklet section is written in.
QStringList packLanguages();

// One question of a lesson's quiz: exactly one right answer, and why it is right.
struct QuizQuestion {
    QString question;
    QStringList options;
    int correct = -1;
    QString why;
};

// One lesson in one language, as parsed from its Markdown file. A translation may hold only
// the title and the objectives; LessonText::merged fills the rest from English.
struct LessonText {
    QString title;
    QStringList objectives;
    QString facilitatorNotes;   // Markdown
    QString participantContent; // Markdown; each "###" block is one presenter slide
    QList<QuizQuestion> quiz;

    LessonText mergedOver(const LessonText& fallback) const;
    // The participant content cut at its "###" headings: one Markdown string per slide.
    QStringList slides() const;
};

struct Lesson {
    QString id;
    int minutes = 0;
    QMap<QString, QString> markdown; // language -> the lesson file as authored
    QMap<QString, LessonText> text;  // language -> parsed

    // The lesson in a language, falling back part by part to English.
    LessonText in(const QString& language) const;
};

struct Module {
    QString id;
    QMap<QString, QString> markdown; // language -> module.<lang>.md
    QMap<QString, QString> title;
    QMap<QString, QString> intro;
    QList<Lesson> lessons;

    QString titleIn(const QString& language) const;
};

// A place from the branch's site directory with a phone number someone there checked, for
// the booklet's contact pages (the built-in directory leaves phone numbers empty).
struct DirectoryEntry {
    QString name;      // English
    QString localName; // in the place's own language
    QString phone;
    QString hours;
};

struct BookletSection {
    QString id;
    QMap<QString, QString> markdown; // language -> the section file as authored
    QMap<QString, QString> title;
    QMap<QString, QString> body; // the Markdown after the title line, without a directory line
    // language -> the heading of the branch's phone list, from a "{{directory: Heading}}" line
    QMap<QString, QString> directoryHeading;

    QString titleIn(const QString& language) const;
    QStringList languages() const { return markdown.keys(); }
};

// A content pack: the "Know before you go" booklet and the training curriculum, as authored
// in Markdown (resources/content/), with the manifest facts that order them. The encoded
// form is deterministic CBOR of the Markdown files, so a pack signs and hashes the same on
// every machine; the parsed views are rebuilt (and checked) on every decode.
struct ContentPack {
    Q_DECLARE_TR_FUNCTIONS(ContentPack)
public:
    static constexpr int FormatVersion = 1;
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr qsizetype MaxFileBytes = 256 * 1024;

    QString id;
    int version = 0;
    QString publisher;
    QMap<QString, QString> bookletTitle;     // language -> "Know before you go"
    QMap<QString, QString> bookletReview;    // language -> review status
    QMap<QString, QString> curriculumReview; // language -> review status
    QList<BookletSection> booklet;
    QList<Module> curriculum;

    QByteArray encode() const;
    [[nodiscard]] static Result<ContentPack> decode(const QByteArray& bytes);

    // Parses every Markdown file into the views above and checks the rules a pack must
    // keep: every booklet section in every language, one right answer per question.
    [[nodiscard]] Status rebuildViews();

    // The pack with the branch's phone list under the directory heading of every section that
    // has one; sections without a directory line, or an empty list, are left as they are.
    ContentPack withDirectory(const QList<DirectoryEntry>& entries) const;

    const BookletSection* section(const QString& id) const;
    const Module* module(const QString& id) const;
    int lessonCount() const;
};

} // namespace corridor::content

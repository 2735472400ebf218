#include "core/content/ContentSource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace corridor::content {

namespace {

Result<QString> readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, ContentSource::tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > ContentPack::MaxFileBytes)
        return Error(ErrorCode::LimitExceeded,
                     ContentSource::tr("%1 is larger than %2 KB.").arg(path).arg(ContentPack::MaxFileBytes / 1024));
    const QByteArray bytes = file.readAll();
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error(ErrorCode::Corrupt, ContentSource::tr("%1 is not UTF-8 text.").arg(path));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

Result<QJsonObject> readJson(const QString& path) {
    auto text = readText(path);
    CORRIDOR_TRY(text);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error(ErrorCode::Corrupt,
                     ContentSource::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return document.object();
}

QMap<QString, QString> languageMapOf(const QJsonObject& manifest, const char* key) {
    QMap<QString, QString> review;
    const QJsonObject object = manifest.value(QLatin1String(key)).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        review.insert(it.key(), it.value().toString());
    return review;
}

// Every language file that exists for one base name: "<base>.<lang>.md".
Result<QMap<QString, QString>> languageFiles(const QDir& dir, const QString& base) {
    QMap<QString, QString> files;
    for (const QString& language : packLanguages()) {
        const QString path = dir.filePath(QStringLiteral("%1.%2.md").arg(base, language));
        if (!QFile::exists(path))
            continue;
        auto text = readText(path);
        CORRIDOR_TRY(text);
        files.insert(language, *text);
    }
    return files;
}

} // namespace

Result<ContentPack> ContentSource::read(const QString& folder) {
    const QDir root(folder);
    auto packJson = readJson(root.filePath(QStringLiteral("pack.json")));
    CORRIDOR_TRY(packJson);
    ContentPack pack;
    pack.id = packJson->value(QLatin1String("id")).toString();
    pack.version = packJson->value(QLatin1String("version")).toInt();
    pack.publisher = packJson->value(QLatin1String("publisher")).toString();
    if (pack.version < 1)
        return Error(ErrorCode::InvalidInput, tr("pack.json needs a \"version\" of 1 or more."));

    const QDir bookletDir(root.filePath(QStringLiteral("booklet")));
    auto booklet = readJson(bookletDir.filePath(QStringLiteral("manifest.json")));
    CORRIDOR_TRY(booklet);
    pack.bookletReview = languageMapOf(*booklet, "review");
    pack.bookletTitle = languageMapOf(*booklet, "title");
    for (const QJsonValue& id : booklet->value(QLatin1String("sections")).toArray()) {
        BookletSection section;
        section.id = id.toString();
        auto files = languageFiles(bookletDir, section.id);
        CORRIDOR_TRY(files);
        section.markdown = *files;
        pack.booklet << section;
    }

    const QDir curriculumDir(root.filePath(QStringLiteral("curriculum")));
    auto curriculum = readJson(curriculumDir.filePath(QStringLiteral("manifest.json")));
    CORRIDOR_TRY(curriculum);
    pack.curriculumReview = languageMapOf(*curriculum, "review");
    for (const QJsonValue& moduleValue : curriculum->value(QLatin1String("modules")).toArray()) {
        const QJsonObject moduleObject = moduleValue.toObject();
        Module module;
        module.id = moduleObject.value(QLatin1String("id")).toString();
        const QDir moduleDir(curriculumDir.filePath(module.id));
        auto moduleFiles = languageFiles(moduleDir, QStringLiteral("module"));
        CORRIDOR_TRY(moduleFiles);
        module.markdown = *moduleFiles;
        for (const QJsonValue& lessonValue : moduleObject.value(QLatin1String("lessons")).toArray()) {
            const QJsonObject lessonObject = lessonValue.toObject();
            Lesson lesson;
            lesson.id = lessonObject.value(QLatin1String("id")).toString();
            lesson.minutes = lessonObject.value(QLatin1String("minutes")).toInt();
            if (lesson.minutes < 1)
                return Error(ErrorCode::InvalidInput,
                             tr("The lesson %1/%2 needs \"minutes\" in the manifest.").arg(module.id, lesson.id));
            auto lessonFiles = languageFiles(moduleDir, lesson.id);
            CORRIDOR_TRY(lessonFiles);
            lesson.markdown = *lessonFiles;
            module.lessons << lesson;
        }
        pack.curriculum << module;
    }
    CORRIDOR_TRY(pack.rebuildViews());
    return pack;
}

} // namespace corridor::content

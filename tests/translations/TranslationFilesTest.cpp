// The .ts files are outside input to the build: check that every message is translated
// and keeps its placeholders, so a forgotten or broken translation fails CI, not a user.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations;
};

QList<Message> readTs(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message{context, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("numerusform"))
                current.translations << xml.readElementText();
            else if (xml.name() == QLatin1String("translation") &&
                     xml.attributes().value(QLatin1String("type")) != QLatin1String("obsolete")) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!text.trimmed().isEmpty() && current.translations.isEmpty())
                    current.translations << text;
                out << current;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

} // namespace

TEST_CASE("Every UI string is translated in Khmer, Lao, Myanmar and Thai, with its placeholders", "[translations]") {
    for (const QString& language :
         {QStringLiteral("km"), QStringLiteral("lo"), QStringLiteral("my"), QStringLiteral("th")}) {
        const QList<Message> messages =
            readTs(QStringLiteral(CORRIDOR_TRANSLATIONS_DIR "/corridor_%1.ts").arg(language));
        REQUIRE(messages.size() > 500);
        for (const Message& m : messages) {
            INFO(language.toStdString() << " [" << m.context.toStdString() << "] " << m.source.toStdString());
            REQUIRE_FALSE(m.translations.isEmpty());
            for (const QString& t : m.translations) {
                CHECK_FALSE(t.trimmed().isEmpty());
                CHECK(placeholders(t) == placeholders(m.source));
            }
        }
    }
}

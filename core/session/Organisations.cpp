#include "core/session/Organisations.h"

namespace corridor::session {

QStringList Organisations::codes() {
    return {QStringLiteral("CRC"), QStringLiteral("LRC"), QStringLiteral("MRCS"), QStringLiteral("TRCS")};
}

bool Organisations::isKnown(const QString& code) {
    return codes().contains(code);
}

QString Organisations::name(const QString& code) {
    if (code == QLatin1String("CRC"))
        return tr("Cambodian Red Cross");
    if (code == QLatin1String("LRC"))
        return tr("Lao Red Cross");
    if (code == QLatin1String("MRCS"))
        return tr("Myanmar Red Cross Society");
    if (code == QLatin1String("TRCS"))
        return tr("Thai Red Cross Society");
    return code;
}

QString Organisations::country(const QString& code) {
    if (code == QLatin1String("CRC"))
        return QStringLiteral("KH");
    if (code == QLatin1String("LRC"))
        return QStringLiteral("LA");
    if (code == QLatin1String("MRCS"))
        return QStringLiteral("MM");
    if (code == QLatin1String("TRCS"))
        return QStringLiteral("TH");
    return {};
}

} // namespace corridor::session

// Commands about sync: device cards and trust, bundles, conflicts, drop folders, dumps.
#include "app/cli/CliArguments.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"
#include "app/cli/JsonViews.h"

#include "core/base/AtomicFile.h"
#include "core/crypto/AgeEncryption.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/crypto/Minisign.h"
#include "core/render/QrCode.h"
#include "core/render/QrTextFile.h"
#include "core/sync/BundleFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

namespace corridor::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

QString roleName(records::Role role) {
    return records::roleCode(role);
}

QJsonObject deviceJson(const sync::KnownDevice& d, bool partner) {
    QJsonObject o;
    o[QStringLiteral("id")] = d.idText();
    o[QStringLiteral("name")] = d.name;
    o[QStringLiteral("role")] = roleName(d.role);
    o[QStringLiteral("organisation")] = d.organisation;
    o[QStringLiteral("branch")] = d.branch;
    o[QStringLiteral("scope")] = partner ? QStringLiteral("partner") : QStringLiteral("branch");
    o[QStringLiteral("status")] = d.revoked ? QStringLiteral("revoked") : QStringLiteral("trusted");
    o[QStringLiteral("trust")] = d.source == sync::KnownDevice::Source::Self ? QStringLiteral("this device")
                                 : d.source == sync::KnownDevice::Source::Anchor
                                     ? QStringLiteral("card taken in here")
                                     : QStringLiteral("enrolled by a coordinator");
    return o;
}

QJsonObject reportJson(const sync::ImportReport& r) {
    QJsonObject o;
    o[QStringLiteral("file")] = r.file;
    o[QStringLiteral("bundle_refused")] = r.refused;
    if (r.refused)
        o[QStringLiteral("refusal")] = r.refusal;
    o[QStringLiteral("alert")] = r.alert;
    o[QStringLiteral("already_imported")] = r.alreadyImported;
    o[QStringLiteral("bundle_id")] = r.bundleId;
    o[QStringLiteral("exporter")] = r.exporter;
    o[QStringLiteral("exporter_name")] = r.exporterName;
    o[QStringLiteral("sequence")] = qint64(r.sequence);
    o[QStringLiteral("new")] = r.newChangesets;
    o[QStringLiteral("seen")] = r.seen;
    o[QStringLiteral("held")] = r.held;
    o[QStringLiteral("created")] = r.created;
    o[QStringLiteral("updated")] = r.updated;
    o[QStringLiteral("erased")] = r.erased;
    o[QStringLiteral("conflicts")] = r.conflicts;
    o[QStringLiteral("refused")] = int(r.refusedItems.size()) + (r.refused ? 1 : 0);
    o[QStringLiteral("refused_items")] = QJsonArray::fromStringList(r.refusedItems);
    return o;
}

int deviceCommand(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json"), QStringLiteral("minisign")});
    QString error;
    if (!a.parse({QStringLiteral("out"), QStringLiteral("png")}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    const auto& device = s.vault().device();
    if (sub == QLatin1String("id")) {
        ctx.out(device.idText());
        return ExitOk;
    }
    if (sub == QLatin1String("card")) {
        if (!a.has(QStringLiteral("out")))
            return ctx.usage(Text::tr("device card --out FILE [--png FILE]"));
        auto card = s.deviceCard();
        if (!card.ok())
            return ctx.fail(card.error());
        if (auto saved = AtomicFile::write(*a.value(QStringLiteral("out")), card->toText().toLatin1() + '\n');
            !saved.ok())
            return ctx.fail(saved.error());
        if (const auto png = a.value(QStringLiteral("png"))) {
            auto qr = render::QrCode::encode(card->toText(), render::QrCode::ErrorCorrection::Medium);
            if (!qr.ok())
                return ctx.fail(qr.error());
            if (!qr->toImage(8).save(*png, "PNG"))
                return ctx.fail(Text::tr("the picture %1 could not be written").arg(QDir::toNativeSeparators(*png)));
        }
        ctx.out(device.idText());
        return ExitOk;
    }
    if (sub == QLatin1String("enrol")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("device enrol FILE|IMAGE"));
        auto text = render::QrTextFile::read(a.positional().first(), QLatin1String(sync::DeviceCard::Prefix));
        if (!text.ok())
            return ctx.fail(text.error());
        auto card = sync::DeviceCard::fromText(*text);
        if (!card.ok())
            return ctx.fail(card.error());
        auto enrolled = s.trust().enrol(*card, s.actor().role);
        if (!enrolled.ok())
            return ctx.fail(enrolled.error());
        ctx.warn(s.trust().isPartner(*enrolled)
                     ? Text::tr("%1 of %2 is registered as a partner coordinator.").arg(card->name, card->organisation)
                     : Text::tr("%1 (%2) is now trusted here.").arg(card->name, roleName(card->role)));
        ctx.out(card->deviceIdText());
        return ExitOk;
    }
    if (sub == QLatin1String("revoke")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("device revoke ID"));
        const QByteArray id = crypto::DeviceIdentity::idFromText(a.positional().first().toUpper());
        if (id.isEmpty())
            return ctx.fail(Text::tr("a device id is 16 hexadecimal digits"));
        if (auto revoked = s.trust().revoke(id, s.actor().role); !revoked.ok())
            return ctx.fail(revoked.error());
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        auto all = s.trust().all();
        if (!all.ok())
            return ctx.fail(all.error());
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto& d : *all)
                array.append(deviceJson(d, s.trust().isPartner(d)));
            ctx.json(array);
        } else {
            for (const auto& d : *all)
                ctx.out(QStringLiteral("%1  %2  %3  %4  %5%6")
                            .arg(d.idText(), roleName(d.role).leftJustified(11), d.organisation.leftJustified(5),
                                 d.name, d.branch, d.revoked ? Text::tr("  (revoked)") : QString()));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("pubkey")) {
        if (!a.flag(QStringLiteral("minisign")) || !a.has(QStringLiteral("out")))
            return ctx.usage(Text::tr("device pubkey --minisign --out FILE"));
        auto saved = AtomicFile::write(*a.value(QStringLiteral("out")),
                                       crypto::Minisign::publicKeyFile(device.id(), device.publicKey()));
        return saved.ok() ? ExitOk : ctx.fail(saved.error());
    }
    if (sub == QLatin1String("age-identity")) {
        if (!a.has(QStringLiteral("out")))
            return ctx.usage(Text::tr("device age-identity --out FILE"));
        ctx.warn(Text::tr("WARNING: the file will hold this laptop's secret decryption key in the clear. Anyone who "
                          "has it can read every bundle sent to this laptop. Use it only to recover bundles with the "
                          "stock age tool, keep it on an encrypted disk, and delete it afterwards."));
        auto again = ctx.passphrase(Text::tr("Type your passphrase again to confirm:"));
        if (!again.ok())
            return ctx.fail(again.error());
        if (auto confirmed = s.vault().checkPassphrase(s.actor().userId, *again); !confirmed.ok())
            return ctx.fail(confirmed.error());
        const QString identity = crypto::AgeEncryption::identityString(device.x25519SecretKey());
        const QByteArray content =
            "# created: " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() +
            "\n# public key: " + crypto::AgeEncryption::recipientString(device.x25519PublicKey()).toLatin1() + '\n' +
            identity.toLatin1() + '\n';
        auto saved = AtomicFile::write(*a.value(QStringLiteral("out")), content);
        return saved.ok() ? ExitOk : ctx.fail(saved.error());
    }
    return ctx.usage(Text::tr("device id|card|enrol|revoke|list|pubkey|age-identity"));
}

int bundleCommand(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("peer"), QStringLiteral("out")}, &error))
        return ctx.usage(error);
    if (sub == QLatin1String("inspect")) {
        if (a.positional().size() != 1)
            return ctx.usage(Text::tr("bundle inspect FILE"));
        auto bytes = AtomicFile::read(a.positional().first(), sync::BundleFile::MaxFileBytes);
        if (!bytes.ok())
            return ctx.fail(bytes.error());
        auto file = sync::BundleFile::parse(*bytes);
        if (!file.ok())
            return ctx.fail(file.error());
        const auto& h = file->header;
        QJsonObject o;
        o[QStringLiteral("bundle_id")] = h.bundleId;
        o[QStringLiteral("exporter")] = crypto::DeviceIdentity::idText(h.exporter);
        o[QStringLiteral("sequence")] = qint64(h.sequence);
        o[QStringLiteral("created")] = QDateTime::fromMSecsSinceEpoch(h.createdMs, Qt::UTC).toString(Qt::ISODate);
        o[QStringLiteral("previous")] =
            h.previousHash.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(h.previousHash.toHex()));
        QJsonArray to;
        for (const QByteArray& r : h.recipients)
            to.append(crypto::DeviceIdentity::idText(r));
        o[QStringLiteral("recipients")] = to;
        o[QStringLiteral("payload_bytes")] = qint64(file->payload.size());
        o[QStringLiteral("signature_checked")] = false;
        if (a.flag(QStringLiteral("json"))) {
            ctx.json(o);
        } else {
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                ctx.out(QStringLiteral("%1: %2").arg(it.key(), it.value().isArray()
                                                                   ? it.value().toVariant().toStringList().join(u',')
                                                                   : it.value().toVariant().toString()));
            ctx.warn(Text::tr("(the signature is checked on import, against the exporter's enrolled key)"));
        }
        return ExitOk;
    }
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    if (sub == QLatin1String("export")) {
        if (!a.has(QStringLiteral("peer")) || !a.has(QStringLiteral("out")))
            return ctx.usage(Text::tr("bundle export --peer DEVICE_ID --out FILE"));
        const QByteArray peer = crypto::DeviceIdentity::idFromText(a.value(QStringLiteral("peer"))->toUpper());
        if (peer.isEmpty())
            return ctx.fail(Text::tr("a device id is 16 hexadecimal digits"));
        auto exported = s.exporter().exportFor(peer);
        if (!exported.ok())
            return ctx.fail(exported.error());
        if (auto saved = AtomicFile::write(*a.value(QStringLiteral("out")), exported->file); !saved.ok())
            return ctx.fail(saved.error());
        (void)s.audit().record(
            QStringLiteral("export"), QStringLiteral("bundle"), exported->bundleId,
            QStringLiteral("%1 changesets to %2").arg(exported->changesets).arg(*a.value(QStringLiteral("peer"))));
        ctx.warn(Text::tr("%n changeset(s) in bundle %1 for %2 (%3 scope)", nullptr, exported->changesets)
                     .arg(exported->sequence)
                     .arg(*a.value(QStringLiteral("peer")), exported->scope));
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        if (a.positional().isEmpty())
            return ctx.usage(Text::tr("bundle import FILE… [--json]"));
        QList<sync::ImportReport> reports;
        for (const QString& path : a.positional())
            reports << s.importer().importFile(path);
        QJsonObject total;
        QJsonArray each;
        bool anyRefused = false;
        for (const QString& key : {QStringLiteral("new"), QStringLiteral("seen"), QStringLiteral("held"),
                                   QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("erased"),
                                   QStringLiteral("conflicts"), QStringLiteral("refused")})
            total[key] = 0;
        for (const sync::ImportReport& r : reports) {
            const QJsonObject o = reportJson(r);
            each.append(o);
            for (const QString& key : total.keys())
                total[key] = total[key].toInt() + o.value(key).toInt();
            anyRefused = anyRefused || r.refused;
            if (!a.flag(QStringLiteral("json"))) {
                if (r.refused)
                    ctx.warn(Text::tr("%1: refused: %2").arg(r.file, r.refusal));
                else
                    ctx.out(Text::tr("%1: %2 new, %3 already seen, %4 held, %5 new conflicts, %6 refused")
                                .arg(r.file)
                                .arg(r.newChangesets)
                                .arg(r.seen)
                                .arg(r.held)
                                .arg(r.conflicts)
                                .arg(r.refusedItems.size()));
                for (const QString& item : r.refusedItems)
                    ctx.warn(QStringLiteral("  - ") + item);
            }
        }
        total[QStringLiteral("bundles")] = each;
        if (a.flag(QStringLiteral("json")))
            ctx.json(total);
        return anyRefused ? ExitUserError : ExitOk;
    }
    return ctx.usage(Text::tr("bundle export|import|inspect"));
}

} // namespace

int runDevice(CliContext& ctx, const QStringList& args) {
    return deviceCommand(ctx, args);
}
int runBundle(CliContext& ctx, const QStringList& args) {
    return bundleCommand(ctx, args);
}

int runConflicts(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    CliArguments a(args.mid(1), {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("keep"), QStringLiteral("value")}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    auto conflicts = (*session)->cases().conflicts();
    if (!conflicts.ok())
        return ctx.fail(conflicts.error());
    if (sub == QLatin1String("list")) {
        if (a.flag(QStringLiteral("json"))) {
            QJsonArray array;
            for (const records::Conflict& c : *conflicts)
                array.append(JsonViews::conflict(c));
            ctx.json(array);
        } else {
            for (const records::Conflict& c : *conflicts)
                ctx.out(Text::tr("%1 %2 %3: kept “%4”, other “%5”")
                            .arg(c.recordType, c.recordId, c.field, JsonViews::valueText(c.winner.value),
                                 JsonViews::valueText(c.loser.value)));
            if (conflicts->isEmpty())
                ctx.warn(Text::tr("no conflicts"));
        }
        return ExitOk;
    }
    if (sub == QLatin1String("resolve")) {
        if (a.positional().size() != 2 || a.has(QStringLiteral("keep")) == a.has(QStringLiteral("value")))
            return ctx.usage(Text::tr("conflicts resolve RECORD_ID FIELD (--keep current|other | --value TEXT)"));
        const records::Conflict* found = nullptr;
        for (const records::Conflict& c : *conflicts)
            if (c.recordId.startsWith(a.positional().at(0).toLower()) && c.field == a.positional().at(1))
                found = &c;
        if (!found)
            return ctx.fail(Text::tr("there is no conflict on %1 %2").arg(a.positional().at(0), a.positional().at(1)));
        QCborValue value;
        if (const auto keep = a.value(QStringLiteral("keep"))) {
            if (*keep == QLatin1String("current"))
                value = found->winner.value;
            else if (*keep == QLatin1String("other"))
                value = found->loser.value;
            else
                return ctx.usage(Text::tr("--keep takes current or other"));
        } else {
            value = QCborValue(*a.value(QStringLiteral("value")));
        }
        auto resolved = (*session)->cases().resolveConflict(*found, value);
        return resolved.ok() ? ExitOk : ctx.fail(resolved.error());
    }
    return ctx.usage(Text::tr("conflicts list|resolve"));
}

int runSync(CliContext& ctx, const QStringList& args) {
    const QString sub = args.value(0);
    const bool status = sub == QLatin1String("status");
    const bool folders = sub == QLatin1String("folders");
    CliArguments a(status || folders ? args.mid(1) : args, {QStringLiteral("json")});
    QString error;
    if (!a.parse({QStringLiteral("inbox"), QStringLiteral("outbox")}, &error))
        return ctx.usage(error);
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    session::Session& s = **session;
    if (folders) {
        auto saved = s.setDropFolders(a.valueOr(QStringLiteral("inbox"), QString()),
                                      a.valueOr(QStringLiteral("outbox"), QString()));
        return saved.ok() ? ExitOk : ctx.fail(saved.error());
    }
    if (status) {
        auto peers = s.syncStatus().peers();
        if (!peers.ok())
            return ctx.fail(peers.error());
        QJsonArray array;
        for (const sync::PeerStatus& p : *peers) {
            QJsonObject o = deviceJson(p.device, p.scope == QLatin1String("partner"));
            const auto time = [](qint64 ms) {
                return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate))
                          : QJsonValue();
            };
            o[QStringLiteral("last_sent")] = qint64(p.lastSentSequence);
            o[QStringLiteral("last_sent_at")] = time(p.lastSentAtMs);
            o[QStringLiteral("last_acknowledged")] = qint64(p.lastAcknowledgedSequence);
            o[QStringLiteral("last_acknowledged_at")] = time(p.lastAcknowledgedAtMs);
            o[QStringLiteral("last_received")] = qint64(p.lastReceivedSequence);
            o[QStringLiteral("last_received_at")] = time(p.lastReceivedAtMs);
            o[QStringLiteral("pending")] = p.pending;
            array.append(o);
        }
        if (a.flag(QStringLiteral("json")))
            ctx.json(array);
        else
            for (const QJsonValue& v : array) {
                const QJsonObject o = v.toObject();
                ctx.out(Text::tr("%1 %2: sent #%3, acknowledged #%4, received #%5, %6 waiting")
                            .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString())
                            .arg(o.value(QStringLiteral("last_sent")).toInt())
                            .arg(o.value(QStringLiteral("last_acknowledged")).toInt())
                            .arg(o.value(QStringLiteral("last_received")).toInt())
                            .arg(o.value(QStringLiteral("pending")).toInt()));
            }
        return ExitOk;
    }
    const QString inbox = a.valueOr(QStringLiteral("inbox"), s.inboxFolder());
    const QString outbox = a.valueOr(QStringLiteral("outbox"), s.outboxFolder());
    if (inbox.isEmpty() && outbox.isEmpty())
        return ctx.usage(Text::tr("sync [--inbox DIR] [--outbox DIR] (or save them with sync folders)"));
    auto outcome = s.dropFolders().run(inbox, outbox);
    if (!outcome.ok())
        return ctx.fail(outcome.error());
    bool anyRefused = false;
    QJsonArray imported;
    for (const sync::ImportReport& r : outcome->imported) {
        imported.append(reportJson(r));
        anyRefused = anyRefused || r.refused;
    }
    if (a.flag(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("imported")] = imported;
        o[QStringLiteral("skipped")] = QJsonArray::fromStringList(outcome->skipped);
        o[QStringLiteral("exported")] = QJsonArray::fromStringList(outcome->exported);
        ctx.json(o);
    } else {
        for (const sync::ImportReport& r : outcome->imported)
            ctx.out(r.refused ? Text::tr("%1: refused: %2").arg(r.file, r.refusal)
                              : Text::tr("%1: %2 new, %3 already seen").arg(r.file).arg(r.newChangesets).arg(r.seen));
        for (const QString& name : outcome->exported)
            ctx.out(Text::tr("wrote %1").arg(name));
    }
    return anyRefused ? ExitUserError : ExitOk;
}

int runDump(CliContext& ctx, const QStringList& args) {
    CliArguments a(args, {QStringLiteral("canonical")});
    QString error;
    if (!a.parse({}, &error))
        return ctx.usage(error);
    if (!a.flag(QStringLiteral("canonical")))
        return ctx.usage(Text::tr("dump --canonical"));
    auto session = ctx.openSession();
    if (!session.ok())
        return ctx.fail(session.error());
    if (!(*session)->actor().isCoordinator() && !(*session)->actor().canReadCases())
        return ctx.fail(Text::tr("Your role (trainer) does not give access to case files."));
    auto dump = (*session)->records().canonicalDump();
    if (!dump.ok())
        return ctx.fail(dump.error());
    std::fwrite(dump->constData(), 1, size_t(dump->size()), stdout);
    return ExitOk;
}

} // namespace corridor::cli

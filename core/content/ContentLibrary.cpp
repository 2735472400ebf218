#include "core/content/ContentLibrary.h"

#include "core/content/PackFile.h"
#include "core/crypto/DeviceIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QFile>

namespace corridor::content {

ContentLibrary::ContentLibrary(storage::Database& db)
    : m_db(db) {}

Result<ContentPack> ContentLibrary::builtIn() {
    static const Result<ContentPack> pack = []() -> Result<ContentPack> {
        QFile file(QStringLiteral(":/corridor/content/builtin.cbor"));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::NotFound, tr("The built-in content is missing from this build."));
        return ContentPack::decode(file.readAll());
    }();
    return pack;
}

Result<std::optional<QByteArray>> ContentLibrary::storedFile() {
    auto pack = builtIn();
    CORRIDOR_TRY(pack);
    auto st = m_db.prepare("SELECT file FROM content_packs WHERE pack_id = ?1");
    CORRIDOR_TRY(st);
    st->bind(1, pack->id);
    auto row = st->step();
    CORRIDOR_TRY(row);
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(st->blob(0));
}

Result<ContentPack> ContentLibrary::current() {
    if (m_current)
        return *m_current;
    auto pack = builtIn();
    CORRIDOR_TRY(pack);
    m_current = *pack;
    m_currentSource = QStringLiteral("built-in");
    auto stored = storedFile();
    CORRIDOR_TRY(stored);
    if (*stored) {
        // Checked again on load: a vault edited behind our back must not show altered text.
        auto file = PackFile::parse(**stored);
        CORRIDOR_TRY(file);
        auto imported = ContentPack::decode(file->packBytes);
        CORRIDOR_TRY(imported);
        if (imported->id == pack->id && imported->version > pack->version) {
            m_current = *imported;
            m_currentSource = crypto::DeviceIdentity::idText(file->signature.keyId);
        }
    }
    return *m_current;
}

Result<QString> ContentLibrary::currentSource() {
    auto pack = current();
    CORRIDOR_TRY(pack);
    return m_currentSource;
}

Result<ContentPack> ContentLibrary::check(const QByteArray& bytes, const PublisherLookup& trusted,
                                          QString* publisherId) {
    auto file = PackFile::parse(bytes);
    CORRIDOR_TRY(file);
    const QString signer = crypto::DeviceIdentity::idText(file->signature.keyId);
    const std::optional<QByteArray> key = trusted ? trusted(file->signature.keyId) : std::nullopt;
    if (!key)
        return Error(ErrorCode::PermissionDenied,
                     tr("The pack is signed by %1, which is not a trusted publisher here. Only packs signed by an "
                        "enrolled coordinator or trainer can be imported.")
                         .arg(signer));
    if (!crypto::Minisign::verify(file->signature, *key, file->packBytes))
        return Error(ErrorCode::Tampered,
                     tr("The pack's signature does not match its contents: it was changed after it was signed."));
    auto pack = ContentPack::decode(file->packBytes);
    CORRIDOR_TRY(pack);
    if (file->signature.trustedComment != PackFile::trustedComment(*pack))
        return Error(ErrorCode::Tampered, tr("The pack's signed label does not match the pack inside."));
    auto inUse = current();
    CORRIDOR_TRY(inUse);
    if (pack->id != inUse->id)
        return Error(
            ErrorCode::InvalidInput,
            tr("This pack is \"%1\", not Corridor's booklet and curriculum (\"%2\").").arg(pack->id, inUse->id));
    if (pack->version <= inUse->version)
        return Error(ErrorCode::InvalidInput,
                     tr("This pack is version %1; this laptop already has version %2. Only a newer pack replaces it.")
                         .arg(pack->version)
                         .arg(inUse->version));
    if (publisherId)
        *publisherId = signer;
    return pack;
}

Result<ContentLibrary::Imported> ContentLibrary::import(const QByteArray& bytes, const PublisherLookup& trusted,
                                                        const QString& importedBy, qint64 nowMs) {
    Imported out;
    auto inUse = current();
    CORRIDOR_TRY(inUse);
    out.previousVersion = inUse->version;
    auto pack = check(bytes, trusted, &out.publisherId);
    CORRIDOR_TRY(pack);
    out.version = pack->version;
    {
        auto tx = storage::Transaction::begin(m_db);
        CORRIDOR_TRY(tx);
        auto remove = m_db.prepare("DELETE FROM content_packs WHERE pack_id = ?1");
        CORRIDOR_TRY(remove);
        remove->bind(1, pack->id);
        CORRIDOR_TRY(remove->run());
        auto insert = m_db.prepare("INSERT INTO content_packs(pack_id, version, file, publisher, imported_by, "
                                   "imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        CORRIDOR_TRY(insert);
        insert->bind(1, pack->id).bind(2, pack->version).bind(3, bytes).bind(4, out.publisherId).bind(5, importedBy);
        insert->bind(6, nowMs);
        CORRIDOR_TRY(insert->run());
        CORRIDOR_TRY(tx->commit());
    }
    m_current = *pack;
    m_currentSource = out.publisherId;
    return out;
}

} // namespace corridor::content

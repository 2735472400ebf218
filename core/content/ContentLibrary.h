#pragma once

#include "core/base/Result.h"
#include "core/content/ContentPack.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace corridor::storage {
class Database;
}

namespace corridor::content {

// The content this laptop shows: the pack built into the app, or a newer one imported from
// a file. An imported pack must carry a valid signature from a trusted publisher, have the
// built-in pack's id and a higher version than the pack in use; anything else is refused
// with the reason and changes nothing. The imported file is kept in the vault as it came,
// and checked again every time it is loaded.
class ContentLibrary {
    Q_DECLARE_TR_FUNCTIONS(ContentLibrary)
public:
    // The Ed25519 public key of a trusted publisher with this key id (a device id), if any.
    using PublisherLookup = std::function<std::optional<QByteArray>(const QByteArray& keyId)>;

    struct Imported {
        int previousVersion = 0;
        int version = 0;
        QString publisherId; // the signing device's id
    };

    explicit ContentLibrary(storage::Database& db);

    [[nodiscard]] static Result<ContentPack> builtIn();
    [[nodiscard]] Result<ContentPack> current();
    // Where the pack in use came from: "built-in", or the publisher device's id.
    [[nodiscard]] Result<QString> currentSource();

    // Checks a pack file without changing anything (what `content import` would do).
    [[nodiscard]] Result<ContentPack> check(const QByteArray& file, const PublisherLookup& trusted,
                                            QString* publisherId = nullptr);
    [[nodiscard]] Result<Imported> import(const QByteArray& file, const PublisherLookup& trusted,
                                          const QString& importedBy, qint64 nowMs);

private:
    [[nodiscard]] Result<std::optional<QByteArray>> storedFile();

    storage::Database& m_db;
    std::optional<ContentPack> m_current;
    QString m_currentSource;
};

} // namespace corridor::content

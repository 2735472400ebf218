#pragma once

#include "core/base/Result.h"
#include "core/records/RecordProjection.h"
#include "core/session/User.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace corridor::records {
class RecordStore;
}

namespace corridor::session {

// The users known to this vault (a records-backed list with its own projection).
class UserDirectory final : public records::RecordProjection {
    Q_DECLARE_TR_FUNCTIONS(UserDirectory)
public:
    UserDirectory(storage::Database& db, records::RecordStore& store);
    static storage::ModuleSchema schema();

    [[nodiscard]] Result<QString> add(const QString& name, records::Role role);
    [[nodiscard]] Result<std::optional<User>> user(const QString& id);
    [[nodiscard]] Result<QList<User>> all();
    [[nodiscard]] Result<std::optional<User>> byName(const QString& name);

    QString recordType() const override;
    Status project(storage::Database& db, const QString& recordId, const records::FieldMap& fields,
                   quint64 hlc) override;
    Status remove(storage::Database& db, const QString& recordId) override;

private:
    storage::Database& m_db;
    records::RecordStore& m_store;
};

} // namespace corridor::session

#pragma once

#include "core/records/RowProjection.h"

namespace corridor::cases {

// Keeps the clients table and the client_search full-text index in step with the
// clients' current field values.
class ClientProjection final : public records::RowProjection {
public:
    QString recordType() const override;
    Status remove(storage::Database& db, const QString& recordId) override;

    // The tokens a client is found by: name and places by word, UIC and phone by any part.
    static QString searchTokens(const records::FieldMap& fields);

private:
    Status write(storage::Database& db, const QString& recordId, const records::FieldMap& fields, quint64 hlc,
                 storage::UpsertOrder order) override;
};

} // namespace corridor::cases

#pragma once

#include "core/records/Actor.h"

#include <QString>

namespace corridor::session {

// A person who signs in on this vault. Users are records, so a coordinator's laptop learns
// the names behind the user ids in synced case files.
struct User {
    static constexpr const char* RecordType = "user";

    QString id;
    QString name;
    records::Role role = records::Role::Volunteer;
    bool active = true;
};

} // namespace corridor::session

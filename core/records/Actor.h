#pragma once

#include <QString>

namespace corridor::records {

// Roles decide what a signed-in user may see and do (DESIGN §3): trainers see content
// and training records, not case files; coordinators also read the audit log and manage
// users and trust.
enum class Role { Volunteer, Coordinator, Trainer };

// Who is doing something right now.
struct Actor {
    QString userId;
    QString userName;
    Role role = Role::Volunteer;
    QString deviceId; // 16 hex digits

    bool canReadCases() const { return role != Role::Trainer; }
    bool isCoordinator() const { return role == Role::Coordinator; }
};

inline QString roleCode(Role role) {
    switch (role) {
    case Role::Volunteer:
        return QStringLiteral("volunteer");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Trainer:
        return QStringLiteral("trainer");
    }
    return {};
}

inline bool roleFromCode(const QString& code, Role* role) {
    for (Role r : {Role::Volunteer, Role::Coordinator, Role::Trainer}) {
        if (roleCode(r) == code) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace corridor::records

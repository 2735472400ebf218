#pragma once

#include "core/cases/AuditLog.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/Encounter.h"
#include "core/cases/FollowUp.h"
#include "core/records/ConflictTracker.h"
#include "core/records/RecordStore.h"
#include "core/session/User.h"

#include <QJsonObject>

namespace corridor::cli {

// JSON shapes printed by --json. Field names are stable: scripts and acceptance checks read them.
namespace JsonViews {
QJsonObject client(const cases::Client& c);
QJsonObject clientSummary(const cases::ClientSummary& s);
QJsonObject encounter(const cases::Encounter& e);
QJsonObject followUp(const cases::FollowUp& f);
QJsonObject auditEntry(const cases::AuditEntry& e);
QJsonObject user(const session::User& u);
QJsonObject conflict(const records::Conflict& c);
QJsonObject historyEntry(const records::HistoryEntry& h);
QJsonValue value(const QCborValue& v);
QString valueText(const QCborValue& v);
} // namespace JsonViews

} // namespace corridor::cli

#pragma once

#include "core/base/Result.h"
#include "core/records/Actor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace corridor::crypto {
class DeviceIdentity;
}

namespace corridor::sync {

// What a device tells another about itself when they enrol each other: who it is, for
// which National Society and branch, and its public key; a coordinator's card also carries
// its organisation's public key. Signed by the device itself (proof it holds the key).
// Carried as text — "CRDC1:" and Base45 — in a QR code or a small file.
struct DeviceCard {
    Q_DECLARE_TR_FUNCTIONS(DeviceCard)
public:
    static constexpr const char* Prefix = "CRDC1:";
    static constexpr qsizetype MaxTextBytes = 2048;

    QByteArray publicKey; // Ed25519, 32 bytes
    QString name;
    records::Role role = records::Role::Volunteer;
    QString organisation;
    QString branch;
    QByteArray organisationKey; // X25519, 32 bytes, or empty
    qint64 createdMs = 0;
    QByteArray signature;

    QByteArray deviceId() const;
    QString deviceIdText() const;

    void sign(const crypto::DeviceIdentity& device);
    QString toText() const;
    [[nodiscard]] static Result<DeviceCard> fromText(const QString& text);

private:
    QByteArray signedBytes() const;
};

} // namespace corridor::sync

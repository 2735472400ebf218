#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <vector>

namespace corridor::crypto {
class DeviceIdentity;
}

namespace corridor::records {

using FieldMap = QMap<QString, QCborValue>;

// One save of one record by one device, signed by that device at creation and never
// changed afterwards. Its canonical CBOR body is what is signed, hashed and carried in
// bundles; the struct is a parsed view of it.
//
// Body: a CBOR map with integer keys
//   0 format (1)      1 author device id (8 bytes)   2 sequence number (per device, from 1)
//   3 HLC             4 author user id (16 bytes)   5 record type (text)
//   6 record id (16 bytes)                           7 operation (0 write, 1 erase)
//   8 fields: map of field name -> [new value, HLC of the value it replaced (0 if none)]
class Changeset {
    Q_DECLARE_TR_FUNCTIONS(Changeset)
public:
    enum class Op { Write = 0, Erase = 1 };
    static constexpr int FormatVersion = 1;

    struct Field {
        QString name;
        QCborValue value;
        quint64 previousHlc = 0;
    };

    QByteArray author; // device id, 8 bytes
    quint64 sequence = 0;
    quint64 hlc = 0;
    QString userId;
    QString recordType;
    QString recordId;
    Op op = Op::Write;
    std::vector<Field> fields; // sorted by name

    // Filled by sign() or decode().
    QByteArray body;
    QByteArray signature;
    QByteArray hash; // BLAKE2b-256 of body

    void sign(const crypto::DeviceIdentity& device);
    bool verify(const QByteArray& authorPublicKey) const;
    QByteArray encodeBody() const;

    // Parses a body from outside (a bundle); checks structure and limits, not the signature.
    [[nodiscard]] static Result<Changeset> decode(const QByteArray& body, const QByteArray& signature);

    FieldMap values() const;
    const Field* field(const QString& name) const;

    static QByteArray hashOf(const QByteArray& body);
    static QByteArray signedMessage(const QByteArray& body);
};

} // namespace corridor::records

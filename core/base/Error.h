#pragma once

#include <QString>

namespace corridor {

// What went wrong, in a form code can branch on. The message is already translated for
// the person in front of the screen; code never parses it.
enum class ErrorCode {
    InvalidInput,     // a field, argument or file the user gave is not acceptable
    NotFound,         // the thing asked for does not exist
    WrongPassphrase,  // no key slot opens with this secret
    Corrupt,          // a file is damaged: truncated, unparsable, checksum mismatch
    Tampered,         // a file is well formed but its authentication failed
    Unsupported,      // a format version this build does not understand
    PermissionDenied, // the current user's role does not allow this
    Io,               // the operating system refused a read or write
    Database,         // SQLCipher reported an error
    Crypto,           // a cryptographic primitive failed unexpectedly
    Locked,           // the vault is locked
    AlreadyExists,    // creating something that is already there
    LimitExceeded,    // outside input is larger than we accept
};

class Error {
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message)) {}

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

    // A copy with more context in front: "vault.keys: " + message.
    Error prefixed(const QString& context) const;

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace corridor

#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace corridor::crypto {

// Secret bytes in libsodium's guarded, locked memory (sodium_malloc): not swapped out,
// fenced by guard pages, and wiped when the buffer goes away or clear() is called.
// Move-only so a secret is never copied by accident.
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    // Copies bytes in and wipes the source, so the only copy left is the guarded one.
    static SecureBuffer takeFrom(QByteArray& bytes);
    // A passphrase as NFC-normalised UTF-8; wipes the temporary UTF-8 copy it makes.
    static SecureBuffer fromPassphrase(const QString& passphrase);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool allocated() const { return m_data != nullptr; }

    SecureBuffer copy() const;
    bool equals(const SecureBuffer& other) const; // constant time
    void clear();                                 // wipe and release now

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's storage in place (for temporaries that held secrets).
void wipe(QByteArray& bytes);

} // namespace corridor::crypto

#include "core/crypto/SecureBuffer.h"

#include "core/crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <utility>

namespace corridor::crypto {

SecureBuffer::SecureBuffer(std::size_t size) {
    if (!ensureSodium())
        std::abort(); // without libsodium there is no safe way to continue
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        std::abort(); // out of locked memory: refusing beats leaking secrets to swap
    m_size = size;
}

SecureBuffer::~SecureBuffer() {
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray& bytes) {
    SecureBuffer buffer(static_cast<std::size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(buffer.data(), bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return buffer;
}

SecureBuffer SecureBuffer::fromPassphrase(const QString& passphrase) {
    QByteArray utf8 = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    return takeFrom(utf8);
}

SecureBuffer SecureBuffer::copy() const {
    SecureBuffer other(m_size);
    if (m_size)
        std::memcpy(other.m_data, m_data, m_size);
    return other;
}

bool SecureBuffer::equals(const SecureBuffer& other) const {
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::clear() {
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace corridor::crypto

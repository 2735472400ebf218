#include "core/sync/SignatureVerifier.h"

#include "core/base/Parallel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <system_error>

namespace corridor::sync {

SignatureVerifier::SignatureVerifier(const QList<records::Changeset>& list, const QList<QByteArray>& keys,
                                     qsizetype chunkSize)
    : m_list(list)
    , m_keys(keys)
    , m_chunkSize(std::max<qsizetype>(1, chunkSize))
    , m_chunks((list.size() + m_chunkSize - 1) / m_chunkSize)
    , m_valid(std::size_t(list.size()), 0)
    , m_done(new bool[std::size_t(m_chunks) + 1]()) {
    const unsigned helpers = std::min<qsizetype>(coreCount() - 1, m_chunks);
    for (unsigned i = 0; i < helpers; ++i) {
        try {
            m_helpers.emplace_back([this] {
                while (!m_stop.load() && claimAndCheck()) {
                }
            });
        } catch (const std::system_error&) {
            break; // no thread to be had: the applying thread checks every chunk itself
        }
    }
}

SignatureVerifier::~SignatureVerifier() {
    m_stop.store(true);
    for (std::thread& helper : m_helpers)
        helper.join();
}

qsizetype SignatureVerifier::chunkEnd(qsizetype chunk) const {
    return std::min(m_list.size(), (chunk + 1) * m_chunkSize);
}

bool SignatureVerifier::claimAndCheck() {
    const qsizetype chunk = m_nextClaim.fetch_add(1);
    if (chunk >= m_chunks)
        return false;
    check(chunk);
    return true;
}

void SignatureVerifier::check(qsizetype chunk) {
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = chunkBegin(chunk); i < chunkEnd(chunk); ++i)
        m_valid[std::size_t(i)] = m_list.at(i).verify(m_keys.at(i)) ? 1 : 0;
    m_nanoseconds += clock.nsecsElapsed();
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_done[std::size_t(chunk)] = true;
    }
    m_checked.notify_all();
}

void SignatureVerifier::await(qsizetype chunk) {
    for (;;) {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_done[std::size_t(chunk)])
                return;
        }
        if (!claimAndCheck())
            break;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    m_checked.wait(lock, [&] { return m_done[std::size_t(chunk)]; });
}

} // namespace corridor::sync

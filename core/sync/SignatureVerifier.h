#pragma once

#include "core/records/Changeset.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace corridor::sync {

// Checks changeset signatures ahead of the thread that applies them. Ed25519 verification
// bounds import speed, so helper threads (one per spare core) claim chunks in bundle order
// as soon as the verifier exists; the applying thread, when it reaches a chunk nobody has
// checked yet, checks the next unclaimed chunk itself instead of waiting idle. Nothing is
// reported valid before its own check has run.
class SignatureVerifier {
public:
    // `list` and `keys` (the author's public key for each changeset) must outlive the verifier.
    SignatureVerifier(const QList<records::Changeset>& list, const QList<QByteArray>& keys, qsizetype chunkSize = 256);
    // Stops the helpers after their current chunk and waits for them.
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    qsizetype chunkCount() const { return m_chunks; }
    qsizetype chunkBegin(qsizetype chunk) const { return chunk * m_chunkSize; }
    qsizetype chunkEnd(qsizetype chunk) const;
    // Returns once every signature of `chunk` has been checked, helping meanwhile.
    void await(qsizetype chunk);
    // Whether changeset `index` carries a valid signature; only after its chunk was awaited.
    bool valid(qsizetype index) const { return m_valid[std::size_t(index)] != 0; }
    // Time spent checking, summed over all threads.
    double secondsChecking() const { return double(m_nanoseconds.load()) / 1e9; }

private:
    bool claimAndCheck(); // false when every chunk is claimed
    void check(qsizetype chunk);

    const QList<records::Changeset>& m_list;
    const QList<QByteArray>& m_keys;
    const qsizetype m_chunkSize;
    const qsizetype m_chunks;
    std::vector<char> m_valid;
    std::unique_ptr<bool[]> m_done; // guarded by m_mutex
    std::atomic<qsizetype> m_nextClaim{0};
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_nanoseconds{0};
    std::mutex m_mutex;
    std::condition_variable m_checked;
    std::vector<std::thread> m_helpers;
};

} // namespace corridor::sync

#pragma once

#include "core/base/Result.h"
#include "core/cases/Client.h"
#include "core/cases/Encounter.h"
#include "core/cases/FollowUp.h"

#include <QDate>
#include <QList>
#include <functional>

namespace corridor::records {
class RecordStore;
}
namespace corridor::storage {
class Database;
}

namespace corridor::cases {

// Fictional but realistic case files for practice mode, demos and benchmarks: names and
// places in Khmer, Lao, Thai and Myanmar script and in Latin transliteration, plausible
// journeys across the four countries, contacts and follow-ups. Deterministic for a seed.
// Nothing here describes a real person; phone numbers are random digits.
class DemoData {
public:
    struct CaseFile {
        Client client;
        QList<Encounter> encounters;
        QList<FollowUp> followUps;
    };

    DemoData(quint32 seed, const QDate& today, QString volunteerId);

    CaseFile next();
    // `encountersPerClient` on average (0 for clients only).
    QList<CaseFile> generate(int count, double encountersPerClient = 3.0);

    // Saves case files through the normal write path, `batch` per transaction.
    // `progress(done)` is called after every batch.
    [[nodiscard]] static Status write(records::RecordStore& store, storage::Database& db, const QList<CaseFile>& files,
                                      int batch = 500, const std::function<void(int)>& progress = {});

private:
    quint32 bounded(quint32 n);
    template<class T>
    const T& pick(const QList<T>& list) {
        return list.at(qsizetype(bounded(quint32(list.size()))));
    }

    quint64 m_state;
    QDate m_today;
    QString m_volunteerId;
    double m_encountersPerClient = 3.0;
};

} // namespace corridor::cases

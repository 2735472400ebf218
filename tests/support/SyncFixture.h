#pragma once

#include "core/sync/ImportReport.h"
#include "tests/support/TempVault.h"

#include <memory>
#include <vector>

namespace corridor::test {

// A branch for sync tests: one coordinator and some volunteers, each with its own vault
// and clock; the coordinator has enrolled every volunteer's card and every volunteer has
// taken in the coordinator's card.
class Branch {
public:
    explicit Branch(int volunteers, const QString& organisation = QStringLiteral("TRCS"));

    TempVault& coordinator() { return *m_coordinator; }
    TempVault& volunteer(int i) { return *m_volunteers.at(size_t(i)); }
    int size() const { return int(m_volunteers.size()); }

    static QByteArray bundle(TempVault& from, TempVault& to);
    static sync::ImportReport import(TempVault& into, const QByteArray& bundle);
    // from → to, then to → from (so receipts and acknowledgements flow back).
    static void exchange(TempVault& a, TempVault& b);
    static QByteArray dump(TempVault& vault);
    static QByteArray deviceId(TempVault& vault);

private:
    std::unique_ptr<TempVault> m_coordinator;
    std::vector<std::unique_ptr<TempVault>> m_volunteers;
};

// Two coordinators of different National Societies register each other as partners,
// from their cards; the test fails if they cannot.
void registerPartners(TempVault& a, TempVault& b);

// Adds a case file with a UIC and a name; the test fails if it cannot.
QString addCase(TempVault& vault, const QString& uic, const QString& name);

} // namespace corridor::test

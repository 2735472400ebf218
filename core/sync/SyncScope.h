#pragma once

#include <QString>
#include <functional>

namespace corridor::sync {

// Which records travel to a partner National Society. Sync knows nothing of case files;
// the referrals module registers the rule (only referrals addressed to that organisation
// and their status events). Without a rule nothing crosses the border.
class SyncScope {
public:
    using PartnerRule =
        std::function<bool(const QString& recordType, const QString& recordId, const QString& partnerOrg)>;

    void setPartnerRule(PartnerRule rule) { m_partner = std::move(rule); }
    bool sendsToPartner(const QString& recordType, const QString& recordId, const QString& partnerOrg) const {
        return m_partner && m_partner(recordType, recordId, partnerOrg);
    }

private:
    PartnerRule m_partner;
};

} // namespace corridor::sync

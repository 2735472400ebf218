#pragma once

#include "core/storage/Schema.h"

namespace corridor::referrals {

// Projections of referrals and their events, and the routes that say which National
// Societies a referral concerns. Routes hold no personal data and outlive an erasure, so
// the erasure reaches the partner too.
namespace ReferralSchema {
storage::ModuleSchema schema();
}

} // namespace corridor::referrals

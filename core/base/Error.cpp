#include "core/base/Error.h"

namespace corridor {

Error Error::prefixed(const QString& context) const {
    return Error(m_code, context + QStringLiteral(": ") + m_message);
}

} // namespace corridor

#pragma once

#include "core/base/Error.h"

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace corridor {

// A value or an Error. Errors a user can cause travel as values and are shown, never thrown.
template<class T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Status success() {
    return {};
}

} // namespace corridor

// Return early with the error of a failed Result; keeps call chains flat.
#define CORRIDOR_TRY(expr)                                                                                             \
    do {                                                                                                               \
        auto&& corridorTryResult_ = (expr);                                                                            \
        if (!corridorTryResult_.ok())                                                                                  \
            return corridorTryResult_.error();                                                                         \
    } while (false)

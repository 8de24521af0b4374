// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Whole rows (both languages and the link) by code or by name. Apart from the core, which lookup
// serves: each std::optional of another type costs every translation unit that includes it.
#ifndef TCCODE_ROWS_HPP
#define TCCODE_ROWS_HPP

#include <tccode/table.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace tccode {

/// The row of `code` in `t`, or nothing when `t` has no such code.
template <class Table>
[[nodiscard]] constexpr std::optional<row> find_row(const Table& t, int code) noexcept {
  const std::size_t i = t.index_of(code);
  if (i == t.size()) {
    return std::nullopt;
  }
  return t[i];
}

/// The row named `name` (e.g. "auth_failed") in `t`, or nothing when `t` has no such name.
template <class Table>
[[nodiscard]] constexpr std::optional<row> find_row_by_name(const Table& t, std::string_view name) noexcept {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].name == name) {
      return t[i];
    }
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_ROWS_HPP

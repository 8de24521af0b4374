// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Whole rows (both languages and the link) by code or by name. Apart from the core, which lookup
// serves: each std::optional of another type costs every translation unit that includes it.
#ifndef TCCODE_ROWS_HPP
#define TCCODE_ROWS_HPP

#include <tccode/table.hpp>

#include <optional>
#include <string_view>

namespace tccode {

namespace detail {

// std::optional<row>, named through the table's type so that a translation unit compiles
// optional<row> only where it calls find_row: for a return type that names no template
// parameter, the compiler builds optional<row> where the template is defined (about 20 M
// instructions of clang++'s, bench/include_cost.py).
template <class Table>
struct found_row {
  using type = std::optional<row>;
};

}  // namespace detail

// The row of `code` in `t`, or nothing when `t` has no such code.
template <class Table>
[[nodiscard]] constexpr typename detail::found_row<Table>::type find_row(const Table& t, int code) noexcept {
  const detail::size_t i = t.index_of(code);
  if (i == t.size()) {
    return std::nullopt;
  }
  return t[i];
}

// The row named `name` (e.g. "auth_failed") in `t`, or nothing when `t` has no such name.
template <class Table>
[[nodiscard]] constexpr typename detail::found_row<Table>::type find_row_by_name(const Table& t,
                                                                                 std::string_view name) noexcept {
  for (detail::size_t i = 0; i < t.size(); ++i) {
    if (t[i].name == name) {
      return t[i];
    }
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_ROWS_HPP

// SPDX-License-Identifier: MIT
// What the fuzz targets share: a check that aborts (so libFuzzer and the replay runner both report
// it), and the invariants of lookup.
#ifndef TCCODE_FUZZ_CHECK_HPP
#define TCCODE_FUZZ_CHECK_HPP

#include <tccode/tccode.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string_view>

#define TCCODE_FUZZ_CHECK(condition)                                                         \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)

namespace tccode_fuzz {

/// True when `part` lies inside `whole`: a view, not a copy.
inline bool is_inside(std::string_view part, std::string_view whole) {
  const std::less_equal<> le;
  return le(whole.data(), part.data()) && le(part.data() + part.size(), whole.data() + whole.size());
}

/// `s` without leading and trailing ASCII whitespace, written apart from the library's trim.
inline std::string_view trimmed(std::string_view s) {
  constexpr std::string_view space = " \t\n\v\f\r";
  const std::size_t first = s.find_first_not_of(space);
  if (first == std::string_view::npos) {
    return s.substr(s.size());
  }
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

/// lookup of `code` in every table finds the row of that code or nothing, and agrees with a scan.
inline void check_lookup(int code) {
  const auto check = [code](const auto& table) {
    bool listed = false;
    for (const tccode::row& r : table) {
      listed = listed || r.code == code;
    }
    const tccode::row* found = tccode::lookup(table, code);
    TCCODE_FUZZ_CHECK((found != nullptr) == listed);
    TCCODE_FUZZ_CHECK(found == nullptr || found->code == code);
  };
  check(tccode::public_codes);
  check(tccode::project_crud);
  check(tccode::project_query);
}

}  // namespace tccode_fuzz

#endif  // TCCODE_FUZZ_CHECK_HPP

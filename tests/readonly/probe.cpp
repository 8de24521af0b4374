// SPDX-License-Identifier: MIT
// A shared library that uses one table, chosen by TCCODE_PROBE (1: public_codes, 17 rows;
// 2: project_query, 2 rows; 3 and 4: a table of pointers, 2 and 20 rows, the control; 0: none).
// check.cmake compares their dynamic relocations and static initialisers.
#include <tccode/core.hpp>

#include <cstddef>

#if TCCODE_PROBE == 3 || TCCODE_PROBE == 4
namespace {
// string_views in the table: one relocation per string, so their count grows with the rows.
#if TCCODE_PROBE == 3
constexpr tccode::row rows[] = {
    {1, "a", {"", "d", "r"}, {"", "d", "r"}, ""},
    {2, "b", {"", "e", "s"}, {"", "e", "s"}, ""},
};
#else
constexpr tccode::row rows[] = {
    {1, "a", {"", "d", "r"}, {"", "d", "r"}, ""},  {2, "b", {"", "e", "s"}, {"", "e", "s"}, ""},
    {3, "c", {"", "f", "t"}, {"", "f", "t"}, ""},  {4, "d", {"", "g", "u"}, {"", "g", "u"}, ""},
    {5, "e", {"", "h", "v"}, {"", "h", "v"}, ""},  {6, "f", {"", "i", "w"}, {"", "i", "w"}, ""},
    {7, "g", {"", "j", "x"}, {"", "j", "x"}, ""},  {8, "h", {"", "k", "y"}, {"", "k", "y"}, ""},
    {9, "i", {"", "l", "z"}, {"", "l", "z"}, ""},  {10, "j", {"", "m", "a"}, {"", "m", "a"}, ""},
    {11, "k", {"", "n", "b"}, {"", "n", "b"}, ""}, {12, "l", {"", "o", "c"}, {"", "o", "c"}, ""},
    {13, "m", {"", "p", "d"}, {"", "p", "d"}, ""}, {14, "n", {"", "q", "e"}, {"", "q", "e"}, ""},
    {15, "o", {"", "r", "f"}, {"", "r", "f"}, ""}, {16, "p", {"", "s", "g"}, {"", "s", "g"}, ""},
    {17, "q", {"", "t", "h"}, {"", "t", "h"}, ""}, {18, "r", {"", "u", "i"}, {"", "u", "i"}, ""},
    {19, "s", {"", "v", "j"}, {"", "v", "j"}, ""}, {20, "t", {"", "w", "k"}, {"", "w", "k"}, ""},
};
#endif
constexpr tccode::table control{rows};
}  // namespace
#endif

extern "C" __attribute__((visibility("default"))) std::size_t tccode_probe(int code) {
#if TCCODE_PROBE == 1
  const auto e = tccode::lookup(tccode::public_codes, code);
#elif TCCODE_PROBE == 2
  const auto e = tccode::lookup(tccode::project_query, code);
#elif TCCODE_PROBE == 3 || TCCODE_PROBE == 4
  const auto e = tccode::lookup(control, code);
#else
  const auto e = code > 0 ? std::optional<tccode::entry>(tccode::entry{code, "", "", "", ""}) : std::nullopt;
#endif
  return e ? e->description.size() + e->remedy.size() + e->name.size() : 0;
}

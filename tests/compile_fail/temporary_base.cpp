// SPDX-License-Identifier: MIT
// Must not compile: a service that extends a temporary service (a table converted to one), whose
// address it would keep after the temporary is destroyed. With TCCODE_TEST_CONTROL the base is a
// service that outlives it, and it compiles.
#include <tccode/core.hpp>

namespace {

constexpr tccode::row mine_rows[] = {tccode::make_row(4000, "mine").with_retry(tccode::retry_advice::never)};
constexpr tccode::table mine{"mine", mine_rows};
constexpr tccode::table_view modules[] = {mine};
constexpr tccode::service project{tccode::project_crud};

}  // namespace

int main() {
#ifdef TCCODE_TEST_CONTROL
#define TCCODE_TEST_BASE project
#else
#define TCCODE_TEST_BASE tccode::project_crud
#endif
#if TCCODE_TEST_CASE == 1
  const tccode::service s{"mine", mine, modules, TCCODE_TEST_BASE};
#else
  const tccode::service s{"mine", mine, TCCODE_TEST_BASE};
#endif
  return tccode::explain(5100, "(1036)x", s).module_row() == nullptr ? 1 : 0;
}

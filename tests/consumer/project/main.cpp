// SPDX-License-Identifier: MIT
// A client of tccode, built through each way of consuming it. Exits non-zero on a wrong answer.
#include <tccode/tccode.hpp>

#include <cstdio>

static_assert(TCCODE_VERSION_MAJOR == 1, "tccode's version macros");
static_assert(tccode::lookup(tccode::public_codes, 5100)->name == "resource_operation_failed", "constexpr lookup");

int main() {
  int failures = 0;
  const auto check = [&failures](bool ok, const char* what) {
    if (!ok) {
      std::fprintf(stderr, "consumer: wrong answer: %s\n", what);
      ++failures;
    }
  };
  // {"code": 5100, "message": "(100004)projectId<U+4E0D U+6B63 U+786E>"}
  const tccode::parsed_message m = tccode::parse_message("(100004)projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae");
  check(m.module_code == 100004, "module code 100004");
  check(m.description == "projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae", "description");
  const tccode::row* e = tccode::lookup(tccode::public_codes, 5100);
  check(e != nullptr && e->en.type == "Resource operation failed", "5100 in English");
  check(tccode::parse_code("5100") == 5100, "parse_code");
  check(!tccode::lookup(tccode::project_crud, 100004), "100004 is not a project_crud code");
  check(tccode::public_codes.size() == 17 && tccode::project_crud.size() == 7 && tccode::project_query.size() == 2,
        "table sizes");
  std::printf("consumer: %s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}

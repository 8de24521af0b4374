// SPDX-License-Identifier: MIT
// Windows: error codes from two DLLs. Each DLL (and the program) has its own copy of each tccode
// category, so error codes and conditions from different DLLs do not compare equal; what does hold
// is the category's name and the code's value, and an explanation of the value. The README says
// so; this test fails when that stops being true, so that the README changes with it.
#include <tccode/tccode.hpp>

#include <cstdio>
#include <string_view>
#include <system_error>

#define TCCODE_TEST_IMPORT __declspec(dllimport)
TCCODE_TEST_IMPORT std::error_code lib_a_public();
TCCODE_TEST_IMPORT std::error_code lib_b_public();
TCCODE_TEST_IMPORT std::error_condition lib_a_condition();
TCCODE_TEST_IMPORT std::error_condition lib_b_condition();

int main() {
  int failures = 0;
  const auto expect = [&failures](bool holds, const char* what) {
    std::printf("%s: %s\n", holds ? "as documented" : "NOT AS DOCUMENTED", what);
    failures += holds ? 0 : 1;
  };
  const std::error_code a = lib_a_public();
  const std::error_code b = lib_b_public();
  expect(&a.category() != &b.category(), "each DLL has its own tccode.public category");
  expect(a != b, "so the same code from two DLLs compares unequal");
  expect(!(a == lib_b_condition()), "and a code of one DLL meets no condition of the other");
  expect(a == lib_a_condition(), "within one DLL, codes and conditions work");
  expect(std::string_view(a.category().name()) == b.category().name() && a.value() == b.value(),
         "the category's name and the value agree across DLLs");
  expect(tccode::explain(a.value(), "").retry() == tccode::explain(b.value(), "").retry(),
         "tccode::explain of the value works anywhere");
  std::printf("dlls: %s\n", failures == 0 ? "as documented" : "CHANGED: update the README");
  return failures == 0 ? 0 : 1;
}

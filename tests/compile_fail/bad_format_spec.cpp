// SPDX-License-Identifier: MIT
// Must not compile: a format spec other than {}, {:zh} or {:en} in a format string that is checked
// at compile time (fmt's FMT_STRING; std::format's format strings, with TCCODE_TEST_STD_FORMAT).
// With TCCODE_TEST_CONTROL the spec is {:en} and it compiles, so the failure is the spec's.
#ifdef TCCODE_TEST_STD_FORMAT
#include <tccode/format.hpp>

#include <format>
#else
#include <tccode/fmt.hpp>
#endif

#include <string>

#ifdef TCCODE_TEST_CONTROL
#define TCCODE_TEST_SPEC "{:en}"
#else
#define TCCODE_TEST_SPEC "{:fr}"
#endif

std::string advice() {
#ifdef TCCODE_TEST_STD_FORMAT
  return std::format(TCCODE_TEST_SPEC, tccode::retry_advice::never);
#else
  return fmt::format(FMT_STRING(TCCODE_TEST_SPEC), tccode::retry_advice::never);
#endif
}

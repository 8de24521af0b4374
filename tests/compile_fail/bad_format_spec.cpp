// SPDX-License-Identifier: MIT
// Must not compile: a format spec that a string's spec rejects, after the optional zh or en, in a
// format string that is checked at compile time (fmt's FMT_STRING; std::format's format strings,
// with TCCODE_TEST_STD_FORMAT). With TCCODE_TEST_CONTROL the spec is {:en>30} and it compiles, so
// the failure is the spec's.
#ifdef TCCODE_TEST_STD_FORMAT
#include <format>
#else
#include <fmt/format.h>
#endif
#include <tccode/format.hpp>

#include <string>

#ifdef TCCODE_TEST_CONTROL
#define TCCODE_TEST_SPEC "{:en>30}"
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

// SPDX-License-Identifier: MIT
// Built twice, as two shared libraries with -fvisibility=hidden; TCCODE_TEST_LIBRARY names the
// exported functions. Each makes error codes with tccode's categories and a service's.
#include <tccode/tccode.hpp>

#include "service.hpp"

#define TCCODE_TEST_EXPORT __attribute__((visibility("default")))
#define TCCODE_TEST_CAT2(a, b) a##b
#define TCCODE_TEST_CAT(a, b) TCCODE_TEST_CAT2(a, b)
#define TCCODE_TEST_FUNCTION(name) TCCODE_TEST_CAT(TCCODE_TEST_LIBRARY, name)

TCCODE_TEST_EXPORT std::error_code TCCODE_TEST_FUNCTION(_public)() { return tccode::public_code::api_unavailable; }
TCCODE_TEST_EXPORT std::error_code TCCODE_TEST_FUNCTION(_module)() {
  return tccode::make_error_code(tccode::explain(4000, "(9003)x", tccode::project_query));
}
TCCODE_TEST_EXPORT std::error_code TCCODE_TEST_FUNCTION(_service)() {
  return tccode::make_error_code(tccode::explain(4420, "", visibility_test::queue));
}
TCCODE_TEST_EXPORT std::error_condition TCCODE_TEST_FUNCTION(_condition)() { return tccode::condition::retryable; }

// SPDX-License-Identifier: MIT
// Error codes from two shared libraries built with -fvisibility=hidden compare equal: both use the
// one object of each tccode category, a service's of the user's own included.
#include <cstdio>
#include <system_error>

std::error_code lib_a_public();
std::error_code lib_b_public();
std::error_code lib_a_module();
std::error_code lib_b_module();
std::error_code lib_a_service();
std::error_code lib_b_service();
std::error_condition lib_a_condition();
std::error_condition lib_b_condition();

int main() {
  int failures = 0;
  const auto check = [&failures](bool ok, const char* what) {
    std::printf("%s: %s\n", ok ? "same" : "DIFFERENT", what);
    failures += ok ? 0 : 1;
  };
  check(&lib_a_public().category() == &lib_b_public().category(), "tccode.public category");
  check(lib_a_public() == lib_b_public(), "public error codes");
  check(&lib_a_module().category() == &lib_b_module().category(), "tccode.public.invalid_query_parameter.zh category");
  check(lib_a_module() == lib_b_module(), "module error codes");
  check(&lib_a_service().category() == &lib_b_service().category(), "tccode.queue.zh category (a service's)");
  check(lib_a_service() == lib_b_service(), "service error codes");
  check(lib_a_condition() == lib_b_condition(), "conditions");
  check(lib_a_public() == lib_b_condition(), "library A's code meets library B's condition");
  check(lib_b_service() == lib_a_condition(), "library B's service code meets library A's condition");
  std::printf("visibility: %s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}

// SPDX-License-Identifier: MIT
// Uses the installed static SDK, which explains failures with tccode inside.
#include <sdk.hpp>

#include <cstdio>
#include <string>

int main() {
  const std::string line = sdk::describe_failure(5100, "(1036)x");
  const bool ok = line.rfind("5100 Resource operation failed: (1036)", 0) == 0 && !sdk::would_retry(5100, "(1036)x") &&
                  sdk::would_retry(6000, "");
  std::printf("%s\nconsumer: %s\n", line.c_str(), ok ? "ok" : "FAILED");
  return ok ? 0 : 1;
}

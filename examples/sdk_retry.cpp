// SPDX-License-Identifier: MIT
// An SDK's retry loop driven by tccode::retry_for (the README's "In an SDK" shows call_with_retries).
#include <tccode/tccode.hpp>

#include <chrono>
#include <iostream>
#include <string>
#include <thread>

namespace {

struct response {
  int code;
  std::string message;
};

// Stand-ins for the SDK's own code: the server fails twice, then answers.
response send_request(int attempt) {
  static const response answers[] = {{6000, ""}, {5100, "(9003)busy"}, {0, "success"}};
  response r = answers[attempt < 2 ? attempt : 2];
  std::cout << "attempt " << attempt << ": " << tccode::explain(r.code, r.message) << "\n";
  return r;
}
void sign_again() {}

response call_with_retries(int max_attempts) {
  for (int attempt = 0;; ++attempt) {
    response r = send_request(attempt);
    const tccode::retry_advice advice = tccode::retry_for(r.code);
    if (r.code == 0 || advice == tccode::retry_advice::never || attempt + 1 == max_attempts) return r;
    if (advice == tccode::retry_advice::after_resign) sign_again();  // fresh Timestamp and Nonce
    const int base_ms = advice == tccode::retry_advice::throttled ? 1000 : 10;
    std::this_thread::sleep_for(std::chrono::milliseconds(base_ms << attempt));
  }
}

}  // namespace

int main() { return call_with_retries(5).code == 0 ? 0 : 1; }

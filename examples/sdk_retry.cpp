// SPDX-License-Identifier: MIT
// An SDK's call with retries: decide() says whether, how and when to retry, the retry budget
// whether the endpoint can take another retry (the README's "In an SDK" shows call()).
#include <tccode/retry.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

struct response {
  int code;
  std::string message;
};

// Stand-ins for the SDK's own code: a server that answers each call with the next response.
std::vector<response> answers;
response send_request() {
  response r = answers.empty() ? response{0, ""} : answers.front();
  if (!answers.empty()) {
    answers.erase(answers.begin());
  }
  return r;
}
void sign_again() { std::cout << "  signed again with a fresh Timestamp and Nonce\n"; }

tccode::retry_budget budget;  // one for each endpoint, shared by every call to it
std::mt19937 rng(2026);       // NOLINT(cert-msc32-c,cert-msc51-cpp): seeded for the same output on every run

response call(const tccode::retry_policy& policy = {}) {
  for (int attempts = 1;; ++attempts) {
    response r = send_request();
    const tccode::explanation e = tccode::explain(r.code, r.message, tccode::project_crud, tccode::lang::en);
    std::cout << "  attempt " << attempts << ": " << e << "\n";
    if (e.success()) {
      budget.on_success(attempts > 1);
      return r;
    }
    const tccode::retry_decision d = tccode::decide(policy, e, attempts, rng);
    if (d.action == tccode::retry_action::stop || !budget.try_acquire()) {
      return r;
    }
    if (d.action == tccode::retry_action::resign) {
      sign_again();
    }
    std::cout << "  waiting " << d.delay.count() << " ms\n";
    std::this_thread::sleep_for(d.delay);
  }
}

}  // namespace

int main() {
  std::cout << "a call that expires, then meets a server error:\n";
  answers = {{4200, "expired"}, {6000, ""}, {0, ""}};
  const response first = call();
  std::cout << "  result: " << first.code << "\n";
  std::cout << "a call whose project name is taken:\n";
  answers = {{5100, "(1036)name taken"}};
  const response second = call();
  std::cout << "  result: " << second.code << "\n";
  std::cout << "retry budget: " << budget.available() << " of " << budget.capacity() << " tokens\n";
}

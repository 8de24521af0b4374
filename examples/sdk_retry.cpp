// SPDX-License-Identifier: MIT
// An SDK's call with retries: decide() says whether, how and when to retry (a transport failure, a
// call that must not run twice, an outcome that is not a failure), the retry budget whether the
// endpoint can take another retry (the README's "Retry" shows call()).
#include <tccode/retry.hpp>
#include <tccode/services/cmq.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

// What one attempt gave: a failure of the transport, or a response.
struct outcome {
  std::optional<tccode::transport_failure> failed;
  int code = 0;
  std::string message;
};

// Stand-ins for the SDK's own code: a transport that answers each attempt with the next outcome, and
// a signer whose Timestamp counts seconds (its Nonce is random).
std::vector<outcome> outcomes;
outcome send_request() {
  outcome o = outcomes.empty() ? outcome{} : outcomes.front();
  if (!outcomes.empty()) {
    outcomes.erase(outcomes.begin());
  }
  return o;
}
std::mt19937 rng(2026);  // NOLINT(cert-msc32-c,cert-msc51-cpp): seeded for the same output on every run
std::pair<long long, unsigned> signature{0, 0};  // the Timestamp (seconds) and Nonce the request was signed with
std::pair<long long, unsigned> sign() {
  return {std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count(),
          static_cast<unsigned>(rng())};
}
void sign_again() {
  const std::pair<long long, unsigned> fresh = sign();
  if (fresh.first == signature.first) {  // what resign_delay is for: a signer counting seconds would repeat it
    std::cout << "  the re-signed request repeats the failed one's Timestamp\n";
    std::abort();
  }
  signature = fresh;
  std::cout << "  signed again with a fresh Timestamp and Nonce\n";
}

std::ostream& operator<<(std::ostream& os, tccode::transport_failure f) {
  return os << (f == tccode::transport_failure::timeout    ? "timed out"
                : f == tccode::transport_failure::not_sent ? "not sent: connection refused"
                                                           : "a bad response");
}

tccode::retry_budget budget;  // one for each endpoint, shared by every call to it

// One call: `idempotent` is false for a call that must not run twice (a purchase, a create).
outcome call(const tccode::service& service, bool idempotent, const tccode::retry_policy& policy = {}) {
  const auto start = std::chrono::steady_clock::now();
  signature = sign();
  int taken = 0;  // what the last retry took from the budget
  for (int attempts = 1;; ++attempts) {
    outcome o = send_request();
    const tccode::explanation e = tccode::explain(o.code, o.message, service, tccode::lang::en);
    const tccode::failure failed = o.failed ? tccode::failure(*o.failed) : tccode::failure(e);
    if (o.failed) {
      std::cout << "  attempt " << attempts << ": " << *o.failed << "\n";
    } else {
      std::cout << "  attempt " << attempts << ": " << e << "\n";
    }
    if (!o.failed && e.success()) {
      budget.on_success(taken);
      return o;
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    const tccode::retry_decision d = tccode::decide(policy, failed, {attempts, elapsed, idempotent}, rng);
    if (d.action == tccode::retry_action::stop || !budget.try_acquire(d.cost)) {
      return o;
    }
    taken = d.cost;
    std::cout << "  waiting " << d.delay.count() << " ms\n";
    std::this_thread::sleep_for(d.delay);
    if (d.action == tccode::retry_action::resign) {
      sign_again();
    }
  }
}

void show(const char* what, const tccode::service& service, bool idempotent, std::vector<outcome> answers) {
  std::cout << what << ":\n";
  outcomes = std::move(answers);
  const outcome o = call(service, idempotent);
  std::cout << "  result: " << (o.failed ? "no response" : std::to_string(o.code)) << "\n";
}

}  // namespace

int main() {
  using tccode::transport_failure;
  show("a call that expires, times out, then succeeds", tccode::project_crud, true,
       {{std::nullopt, 4200, "expired"}, {transport_failure::timeout, 0, ""}, {std::nullopt, 0, ""}});
  show("a purchase that times out: it may have bought, so no retry", tccode::service(), false,
       {{transport_failure::timeout, 0, ""}});
  show("a purchase whose connection is refused: it was not sent, so a retry", tccode::service(), false,
       {{transport_failure::not_sent, 0, ""}, {std::nullopt, 0, ""}});
  show("a receive from an empty queue: not a failure, nothing taken from the budget", tccode::services::cmq, true,
       {{std::nullopt, 7000, "(10200)no message"}});
  show("a call whose project name is taken", tccode::project_crud, true, {{std::nullopt, 5100, "(1036)name taken"}});
  std::cout << "retry budget: " << budget.available() << " of " << budget.capacity() << " tokens\n";
}

// SPDX-License-Identifier: MIT
// An SDK's call with retries: decide() says whether, how and when to retry (a transport failure, a
// call that must not run twice, an outcome that is not a failure), the retry budget whether the
// endpoint can take another retry; the log line says what was decided, and the error code returned
// agrees with it (the README's "Retry" shows call()).
#include <tccode/retry.hpp>
#include <tccode/services/cmq.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace {

// What one attempt gave: a failure of the transport, or a response.
struct outcome {
  std::optional<tccode::transport_failure> failed;
  int code = 0;
  std::string message;
  std::string request_id;
};

// Stand-ins for the SDK's own code: a transport that answers each attempt with the next outcome, and
// a signer whose Timestamp counts seconds and whose Nonce is random.
std::vector<outcome> outcomes;
bool expired = false;  // the last answer was "expired" (4200): the next signature must have a new Timestamp
outcome send_request() {
  outcome o = outcomes.empty() ? outcome{} : outcomes.front();
  if (!outcomes.empty()) {
    outcomes.erase(outcomes.begin());
  }
  expired = !o.failed && o.code == 4200;
  return o;
}
std::mt19937 rng(2026);  // NOLINT(cert-msc32-c,cert-msc51-cpp): seeded for the same output on every run
void sign() {
  static long long last_timestamp = -1;
  const long long timestamp =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  const auto nonce = static_cast<unsigned>(rng());  // random: API 2.0 refuses a Nonce it has seen (4500)
  if (expired && timestamp == last_timestamp) {     // what resign_delay is for: the second has to change
    std::cout << "  the re-signed request repeats the expired one's Timestamp\n";
    std::abort();
  }
  last_timestamp = timestamp;
  static_cast<void>(nonce);
}

tccode::retry_budget budget;  // one for each endpoint, shared by every call to it

// One call: `idempotent` is false for a call that must not run twice (a purchase, a create). Every
// attempt is signed anew; the error code that the SDK returns agrees with what decide decided.
std::error_code call(const tccode::service& service, bool idempotent, const tccode::retry_policy& policy = {}) {
  const auto start = std::chrono::steady_clock::now();
  int taken = 0;  // what the last retry took from the budget
  for (int attempts = 1;; ++attempts) {
    sign();  // a fresh Timestamp and Nonce for every attempt
    const outcome o = send_request();
    const tccode::explanation e = o.failed ? tccode::explain(*o.failed, tccode::lang::en)
                                           : tccode::explain(o.code, o.message, service, tccode::lang::en);
    if (e.success()) {
      std::cout << "  attempt " << attempts << ": " << e << "\n";
      budget.on_success(taken);
      return {};
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    tccode::retry_decision d = tccode::decide(policy, e, {attempts, elapsed, idempotent}, rng);
    if (d.action != tccode::retry_action::stop && !budget.try_acquire(d.cost)) {
      d = {tccode::retry_action::stop, {}, 0, tccode::stop_reason::budget};
    }
    std::cout << "  attempt " << attempts << ": " << tccode::to_string(e, d, o.request_id) << "\n";
    if (d.action == tccode::retry_action::stop) {
      return tccode::make_error_code(e, idempotent);  // retryable only if a retry could not run it twice
    }
    taken = d.cost;
    std::this_thread::sleep_for(d.delay);  // a re-sign needs nothing more: the next attempt is signed anew
  }
}

void show(const char* what, const tccode::service& service, bool idempotent, std::vector<outcome> answers) {
  std::cout << what << ":\n";
  outcomes = std::move(answers);
  const std::error_code ec = call(service, idempotent);
  std::cout << "  result: " << (ec ? ec.category().name() + std::string(" ") + std::to_string(ec.value()) : "ok")
            << (ec == tccode::condition::retryable ? ", retryable" : "")
            << (ec == tccode::condition::may_have_executed ? ", may have run" : "") << "\n";
}

}  // namespace

int main() {
  using tccode::transport_failure;
  show("a call that expires, times out, then succeeds", tccode::project_crud, true,
       {{std::nullopt, 4200, "expired", "req-1"}, {transport_failure::timeout, 0, "", ""}, {std::nullopt, 0, "", ""}});
  show("a purchase that times out: it may have bought, so no retry", tccode::service(), false,
       {{transport_failure::timeout, 0, "", ""}});
  show("a purchase whose connection is refused: it was not sent, so a retry", tccode::service(), false,
       {{transport_failure::not_sent, 0, "", ""}, {std::nullopt, 0, "", ""}});
  show("a purchase that got 6000: it may have bought, so no retry", tccode::service(), false,
       {{std::nullopt, 6000, "internal error", "req-2"}});
  show("a receive from an empty queue: not a failure, nothing taken from the budget", tccode::services::cmq, true,
       {{std::nullopt, 7000, "(10200)no message", "req-3"}});
  show("a call whose project name is taken", tccode::project_crud, true,
       {{std::nullopt, 5100, "(1036)name taken", "req-4"}});
  std::cout << "retry budget: " << budget.available() << " of " << budget.capacity() << " tokens\n";
}

// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Retry decisions: a backoff policy with full jitter, a cap and a deadline; calls that must not run
// twice; failures without a response; a retry budget that stops retries when an endpoint keeps
// failing; and the log line of an attempt with what was decided. Apart from the core, which stays
// free of <chrono>, <atomic> and <string>.
#ifndef TCCODE_RETRY_HPP
#define TCCODE_RETRY_HPP

#include <tccode/core.hpp>
#include <tccode/detail/words.hpp>
#include <tccode/owned.hpp>
#include <tccode/to_string.hpp>
#include <tccode/transport.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace tccode {

/// How to retry. The delays are the AWS SDKs' "standard" retry mode as announced in 2026: full jitter
/// over a base of 50 ms, 1000 ms for throttling errors, capped at 20 s, 3 attempts. A retry takes 14
/// tokens of a retry budget, a throttled one too: AWS charges 5 for it (aws-sdk-java-v2's
/// THROTTLING_RETRY_COST), which in bench/retry_storm's throttled overload let 11% more calls into the
/// server for 4% fewer successes (docs/retry.md has the table); set throttled_retry_cost to 5 for AWS's.
struct retry_policy {
  std::chrono::milliseconds base_delay{50};              ///< the ceiling of the first retry's delay
  std::chrono::milliseconds throttled_base_delay{1000};  ///< the same for a throttled call (a rate, a backlog)
  std::chrono::milliseconds max_delay{20000};            ///< no delay is longer
  int max_attempts = 3;                                  ///< every attempt counts, the first included
  /// The longest a call may take, from its first attempt to its answer; 0: no limit. decide stops when
  /// the next attempt would start at or after it (give each attempt the time left as its timeout).
  std::chrono::milliseconds deadline{0};
  /// The wait before a request signed again after an expiry is sent: at least a second, so that a
  /// Timestamp that counts seconds changes. Every attempt is signed anew, with a Nonce drawn at random
  /// (API 2.0 refuses a Nonce it has seen: 4500), never from a clock. 0 where the Timestamp is finer.
  std::chrono::milliseconds resign_delay{1000};
  int retry_cost = 14;  ///< the tokens a retry takes from a retry_budget
  /// Deprecated since 1.1, and ignored: a retry after a timeout costs retry_cost, as in the AWS SDKs'
  /// standard mode of 2026, which no longer charges timeouts more. Removed in 2.0.
  int timeout_retry_cost = 14;
  int throttled_retry_cost = 14;  ///< the tokens a retry after a throttling error (a rate, a backlog) takes
};

/// What decide knows of a failed attempt: made from an explanation, an advice or a transport failure.
struct failure {
  retry_advice advice = retry_advice::never;
  bool may_have_executed = true;  ///< the server may have done the work
  bool timeout = false;           ///< a timeout: no answer in time (it may have run)
  bool success = false;           ///< not a failure at all: code 0

  /// The failure of an explained response: its advice, and whether it may have run.
  constexpr failure(const explanation& e) noexcept  // NOLINT(google-explicit-constructor)
      : advice(e.retry()), may_have_executed(e.may_have_executed()), success(e.success()) {}
  /// The same for what explain gives for a temporary message.
  failure(const owned_explanation& e) noexcept : failure(e.get()) {}  // NOLINT(google-explicit-constructor)
  /// A failure known only by its advice (it may have run).
  constexpr failure(retry_advice a) noexcept : advice(a) {}  // NOLINT(google-explicit-constructor)
  /// A failure without a response: retried after a backoff; a request not sent did not run.
  constexpr failure(transport_failure t) noexcept  // NOLINT(google-explicit-constructor)
      : advice(retry_advice::backoff),
        may_have_executed(t != transport_failure::not_sent),
        timeout(t == transport_failure::timeout) {}
};

/// What decide knows of the call so far.
struct call_state {
  int attempts_made = 1;                ///< the attempts sent, the one that failed included
  std::chrono::milliseconds elapsed{};  ///< the time since the first attempt was sent
  bool idempotent = true;               ///< false for a call that must not run twice (a purchase, a create)

  /// The state after `attempts`, `elapsed_so_far` since the first, of a call that may (or must not) run twice.
  constexpr call_state(int attempts = 1, std::chrono::milliseconds elapsed_so_far = {},  // NOLINT
                       bool is_idempotent = true) noexcept
      : attempts_made(attempts), elapsed(elapsed_so_far), idempotent(is_idempotent) {}
};

/// What to do after a failed attempt.
enum class retry_action {
  stop,    ///< give up: the advice is never, the attempts or the time are used up, or the call succeeded
  retry,   ///< send the same request again after the decision's delay
  resign,  ///< sign the request again (fresh Timestamp and Nonce), then send it after the delay
};

/// Why a decision is to stop.
enum class stop_reason : unsigned char {
  none,               ///< the decision is not to stop
  success,            ///< not a failure
  not_retryable,      ///< the advice is never: the same request fails again
  may_have_executed,  ///< the failure may have run, and the call must not run twice
  attempts,           ///< max_attempts are made
  deadline,           ///< the next attempt would start at or after the deadline
  clock,              ///< a request signed again was refused again: the clock is wrong
  budget,             ///< the retry budget refused the retry (set by the caller: see retry_budget)
};

/// A decision: what to do, how long to wait before doing it, what the retry costs a retry_budget,
/// and why it stops.
struct retry_decision {
  retry_action action = retry_action::stop;
  std::chrono::milliseconds delay{0};
  int cost = 0;  ///< the tokens to take from the endpoint's retry_budget before the retry (0 for stop)
  stop_reason reason = stop_reason::none;  ///< for a decision to stop: why
};

namespace detail {

/// min(cap, base * 2^(attempts_made - 1)) in milliseconds, without overflow; negative values count as 0.
constexpr std::int64_t backoff_ceiling(std::chrono::milliseconds base_delay, std::chrono::milliseconds max_delay,
                                       int attempts_made) noexcept {
  const std::int64_t cap = max_delay.count() > 0 ? static_cast<std::int64_t>(max_delay.count()) : 0;
  std::int64_t ceiling = base_delay.count() > 0 ? static_cast<std::int64_t>(base_delay.count()) : 0;
  for (int doubled = 1; doubled < attempts_made && ceiling > 0 && ceiling < cap; ++doubled) {
    ceiling = ceiling > cap / 2 ? cap : ceiling * 2;
  }
  return ceiling < cap ? ceiling : cap;
}

/// True when an attempt `delay` from now starts at or after the deadline (0: none); no overflow.
constexpr bool past_deadline(const retry_policy& policy, const call_state& call, std::int64_t delay) noexcept {
  const std::int64_t deadline = policy.deadline.count();
  const std::int64_t elapsed = call.elapsed.count() > 0 ? static_cast<std::int64_t>(call.elapsed.count()) : 0;
  return deadline > 0 && (elapsed >= deadline || delay >= deadline - elapsed);
}

/// A draw in [0, 1) from any UniformRandomBitGenerator.
template <class URBG>
double jitter_from(URBG& rng) {
  const auto range = static_cast<double>(URBG::max() - URBG::min()) + 1.0;
  const double draw = static_cast<double>(rng() - URBG::min()) / range;
  return draw < 1.0 ? draw : 0.0;  // a 64-bit draw may round up to 1
}

}  // namespace detail

/// The decision after a call's attempt failed. `jitter` is the caller's random draw in [0, 1): the
/// delay of a retry is full jitter, jitter * min(max_delay, base * 2^(attempts_made - 1)), with the
/// throttled base for `throttled`.
///
/// - A success, or the advice `never`: stop (reason `success`, `not_retryable`).
/// - A call that is not idempotent, when the failure may have run (an internal error, a timeout, a
///   bad response): stop, as the work may be done; a retry could buy twice (`may_have_executed`).
/// - `attempts_made >= max_attempts`: stop (`attempts`).
/// - `resign`: sign again and send after resign_delay, after the first attempt only. Every attempt is
///   signed anew, so a request that expires (or is a replay) again right after signing means that the
///   clock is wrong, and signing a third time fails the same way: stop (`clock`).
/// - With a deadline: stop when the next attempt would start at or after it (`deadline`).
/// - Defined for any input: attempts_made below 1 counts as 1; max_attempts below 2 allows no retry;
///   negative delays count as 0 (a retry at once); jitter that is NaN or negative counts as 0, and
///   above 1 as 1; no overflow for attempts_made up to INT_MAX or delays up to milliseconds::max().
[[nodiscard]] constexpr retry_decision decide(const retry_policy& policy, const failure& f, const call_state& call,
                                              double jitter) noexcept {
  const int made = call.attempts_made < 1 ? 1 : call.attempts_made;
  const auto stop = [](stop_reason why) { return retry_decision{retry_action::stop, {}, 0, why}; };
  if (f.success) {
    return stop(stop_reason::success);
  }
  if (f.advice == retry_advice::never) {
    return stop(stop_reason::not_retryable);
  }
  if (!call.idempotent && f.may_have_executed) {
    return stop(stop_reason::may_have_executed);
  }
  if (made >= policy.max_attempts) {
    return stop(stop_reason::attempts);
  }
  const int cost = f.advice == retry_advice::throttled ? policy.throttled_retry_cost : policy.retry_cost;
  if (f.advice == retry_advice::resign) {
    const std::int64_t wait =
        policy.resign_delay.count() > 0 ? static_cast<std::int64_t>(policy.resign_delay.count()) : 0;
    if (made != 1) {
      return stop(stop_reason::clock);
    }
    if (detail::past_deadline(policy, call, wait)) {
      return stop(stop_reason::deadline);
    }
    return {retry_action::resign, std::chrono::milliseconds(wait), cost};
  }
  const std::chrono::milliseconds base =
      f.advice == retry_advice::throttled ? policy.throttled_base_delay : policy.base_delay;
  const std::int64_t ceiling = detail::backoff_ceiling(base, policy.max_delay, made);
  const double draw = !(jitter > 0.0) ? 0.0 : jitter > 1.0 ? 1.0 : jitter;  // NaN fails every comparison
  const double delay = draw * static_cast<double>(ceiling);
  const std::int64_t ms = delay >= static_cast<double>(ceiling) ? ceiling : static_cast<std::int64_t>(delay);
  if (detail::past_deadline(policy, call, ms)) {
    return stop(stop_reason::deadline);
  }
  return {retry_action::retry, std::chrono::milliseconds(ms), cost};
}

/// The same with the jitter drawn from `rng`, a UniformRandomBitGenerator (std::mt19937,
/// std::random_device, ...).
template <class URBG, std::enable_if_t<!std::is_arithmetic<URBG>::value, int> = 0>
retry_decision decide(const retry_policy& policy, const failure& f, const call_state& call, URBG& rng) {
  return decide(policy, f, call, detail::jitter_from(rng));
}

/// A retry quota shared by every call to one endpoint, as the AWS SDKs keep one: a bucket of
/// tokens. A retry takes its decision's cost, or does not happen; a call that succeeded at once
/// gives 1 back, a retry that succeeded what it took. When an endpoint keeps failing, the bucket
/// empties and only first attempts go out. Safe to use from many threads at once, without a lock.
class retry_budget {
 public:
  /// A full bucket of `capacity` tokens; 0 or less allows no retry.
  explicit retry_budget(int capacity = 500) noexcept : capacity_(capacity > 0 ? capacity : 0), tokens_(capacity_) {}

  /// Takes `cost` tokens (a decision's cost) and returns true, or returns false and takes nothing.
  /// A cost of 0 or less always succeeds and takes nothing.
  bool try_acquire(int cost) noexcept {
    if (cost <= 0) {
      return true;
    }
    int tokens = tokens_.load(std::memory_order_relaxed);
    do {
      if (tokens < cost) {
        return false;
      }
    } while (!tokens_.compare_exchange_weak(tokens, tokens - cost, std::memory_order_relaxed));
    return true;
  }

  /// After a call that succeeded: gives back what its last retry took (`taken`, 0 for a call that
  /// succeeded at once, which gives back 1), never filling the bucket above its capacity.
  void on_success(int taken) noexcept {
    const int back = taken > 0 ? taken : 1;
    int tokens = tokens_.load(std::memory_order_relaxed);
    while (tokens < capacity_ &&
           !tokens_.compare_exchange_weak(tokens, capacity_ - tokens < back ? capacity_ : tokens + back,
                                          std::memory_order_relaxed)) {
    }
  }

  /// The tokens in the bucket now.
  [[nodiscard]] int available() const noexcept { return tokens_.load(std::memory_order_relaxed); }
  [[nodiscard]] int capacity() const noexcept { return capacity_; }

 private:
  int capacity_;
  std::atomic<int> tokens_;
};

/// What decision `d` says, in language `l`: "retry in 35 ms", "stop: do not retry", ...
inline std::string to_string(const retry_decision& d, lang l) {
  const detail::words& words = detail::words_in[l == lang::en ? 1 : 0];
  if (d.action != retry_action::stop) {
    const std::string_view pattern = d.action == retry_action::resign ? words.resign : words.retry;
    const std::size_t at = pattern.find("%d");
    return std::string(pattern.substr(0, at)) + std::to_string(d.delay.count()) + std::string(pattern.substr(at + 2));
  }
  switch (d.reason) {
    case stop_reason::may_have_executed:
      return std::string(words.stop_may_have_executed);
    case stop_reason::attempts:
      return std::string(words.stop_attempts);
    case stop_reason::deadline:
      return std::string(words.stop_deadline);
    case stop_reason::clock:
      return std::string(words.stop_clock);
    case stop_reason::budget:
      return std::string(words.stop_budget);
    case stop_reason::none:
    case stop_reason::success:
    case stop_reason::not_retryable:
      break;
  }
  return std::string(words.stop_not_retryable);
}

/// The log line of an attempt that failed as `e` explains, in its language: to_string(e) with what
/// decide decided in place of the advice, and the request's id (the response's requestId) when there
/// is one, so that the line says what the loop does next:
///   6000 Internal server error: boom [stop: it may have run, and the call must not run twice] requestId=8a1c
/// A transport failure is explained too (explain(transport_failure::timeout, lang::en)).
inline std::string to_string(const explanation& e, const retry_decision& d, std::string_view request_id = {}) {
  std::string out = detail::line_of(e, e.language());
  if (!e.success()) {
    out += " [";
    out += to_string(d, e.language());
    out += ']';
  }
  if (!request_id.empty()) {
    out += " requestId=";
    detail::append_escaped(out, request_id, false);
  }
  return out;
}

/// The same for what explain gives for a temporary message.
inline std::string to_string(const owned_explanation& e, const retry_decision& d, std::string_view request_id = {}) {
  return to_string(e.get(), d, request_id);
}

}  // namespace tccode

#endif  // TCCODE_RETRY_HPP

// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Retry decisions: a backoff policy with full jitter and a cap, and a retry budget that stops
// retries when an endpoint keeps failing. Apart from the core, which stays free of <chrono> and
// <atomic>.
#ifndef TCCODE_RETRY_HPP
#define TCCODE_RETRY_HPP

#include <tccode/core.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <type_traits>

namespace tccode {

/// How to retry. The defaults are those of the AWS SDKs' "standard" retry mode: full jitter over a
/// base of 100 ms, 500 ms for throttling errors, delays capped at 20 s, and 3 attempts.
struct retry_policy {
  std::chrono::milliseconds base_delay{100};            ///< the ceiling of the first retry's delay
  std::chrono::milliseconds throttled_base_delay{500};  ///< the same for a throttled call
  std::chrono::milliseconds max_delay{20000};           ///< no delay is longer
  int max_attempts = 3;                                 ///< every attempt counts, the first included
};

/// What to do after a failed attempt.
enum class retry_action {
  stop,    ///< give up: the advice is never, the attempts are used up, or the call succeeded
  retry,   ///< send the same request again after the decision's delay
  resign,  ///< sign the request again (fresh Timestamp and Nonce), then send it at once
};

/// A decision: what to do, and how long to wait before doing it (0 unless the action is retry).
struct retry_decision {
  retry_action action = retry_action::stop;
  std::chrono::milliseconds delay{0};
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

}  // namespace detail

/// The decision after `attempts_made` attempts (1 after the first failure) failed with `advice`.
/// `jitter` is the caller's random draw in [0, 1): the delay of a retry is full jitter,
/// jitter * min(max_delay, base * 2^(attempts_made - 1)), with the throttled base for `throttled`.
///
/// - `never`, or `attempts_made >= max_attempts`: stop.
/// - `resign`: sign again and send at once, after the first attempt only. Every attempt is
///   signed anew, so a request that expires (or is a replay) again right after signing means that
///   the clock is wrong, and signing a third time fails the same way: stop.
/// - Defined for any input: attempts_made below 1 counts as 1; max_attempts below 2 allows no retry;
///   negative delays count as 0 (a retry at once); jitter that is NaN or negative counts as 0, and
///   above 1 as 1; no overflow for attempts_made up to INT_MAX.
[[nodiscard]] constexpr retry_decision decide(const retry_policy& policy, retry_advice advice, int attempts_made,
                                              double jitter) noexcept {
  const int made = attempts_made < 1 ? 1 : attempts_made;
  if (advice == retry_advice::never || made >= policy.max_attempts) {
    return {};
  }
  if (advice == retry_advice::resign) {
    return made == 1 ? retry_decision{retry_action::resign, std::chrono::milliseconds(0)} : retry_decision{};
  }
  const std::chrono::milliseconds base =
      advice == retry_advice::throttled ? policy.throttled_base_delay : policy.base_delay;
  const std::int64_t ceiling = detail::backoff_ceiling(base, policy.max_delay, made);
  const double draw = !(jitter > 0.0) ? 0.0 : jitter > 1.0 ? 1.0 : jitter;  // NaN fails every comparison
  const double delay = draw * static_cast<double>(ceiling);
  const std::int64_t ms = delay >= static_cast<double>(ceiling) ? ceiling : static_cast<std::int64_t>(delay);
  return {retry_action::retry, std::chrono::milliseconds(ms)};
}

/// The same for an explained response: its advice, which heeds the module code; a success stops.
[[nodiscard]] constexpr retry_decision decide(const retry_policy& policy, const explanation& e, int attempts_made,
                                              double jitter) noexcept {
  return e.success() ? retry_decision{} : decide(policy, e.retry(), attempts_made, jitter);
}

namespace detail {

/// A draw in [0, 1) from any UniformRandomBitGenerator.
template <class URBG>
double jitter_from(URBG& rng) {
  const auto range = static_cast<double>(URBG::max() - URBG::min()) + 1.0;
  const double draw = static_cast<double>(rng() - URBG::min()) / range;
  return draw < 1.0 ? draw : 0.0;  // a 64-bit draw may round up to 1
}

}  // namespace detail

/// decide for an advice or an explained response, with the jitter drawn from `rng`, a
/// UniformRandomBitGenerator (std::mt19937, std::random_device, ...).
template <class Failure, class URBG, std::enable_if_t<!std::is_arithmetic<URBG>::value, int> = 0>
retry_decision decide(const retry_policy& policy, const Failure& failure, int attempts_made, URBG& rng) {
  return decide(policy, failure, attempts_made, detail::jitter_from(rng));
}

/// A retry quota shared by every call to one endpoint, as the AWS SDKs keep one: a bucket of
/// tokens. A retry takes `retry_cost` tokens, or does not happen; a call that succeeded at once
/// gives 1 back, a retry that succeeded its cost. When an endpoint keeps failing, the bucket
/// empties and only first attempts go out. Safe to use from many threads at once, without a lock.
class retry_budget {
 public:
  /// A full bucket. A capacity of 0 or less allows no retry; a cost of 0 or less makes retries free
  /// (the budget never stops one).
  explicit retry_budget(int capacity = 500, int retry_cost = 5) noexcept
      : capacity_(capacity > 0 ? capacity : 0), cost_(retry_cost > 0 ? retry_cost : 0), tokens_(capacity_) {}

  /// Takes a retry's tokens and returns true, or returns false and takes nothing.
  bool try_acquire() noexcept {
    int tokens = tokens_.load(std::memory_order_relaxed);
    do {
      if (tokens < cost_ || capacity_ == 0) {
        return false;
      }
    } while (!tokens_.compare_exchange_weak(tokens, tokens - cost_, std::memory_order_relaxed));
    return true;
  }

  /// After a call that succeeded: gives back a retry's cost when it was a retry, else 1, never
  /// filling the bucket above its capacity.
  void on_success(bool was_retry) noexcept {
    const int back = was_retry ? cost_ : 1;
    int tokens = tokens_.load(std::memory_order_relaxed);
    while (tokens < capacity_ &&
           !tokens_.compare_exchange_weak(tokens, capacity_ - tokens < back ? capacity_ : tokens + back,
                                          std::memory_order_relaxed)) {
    }
  }

  /// The tokens in the bucket now.
  [[nodiscard]] int available() const noexcept { return tokens_.load(std::memory_order_relaxed); }
  [[nodiscard]] int capacity() const noexcept { return capacity_; }
  [[nodiscard]] int retry_cost() const noexcept { return cost_; }

 private:
  int capacity_;
  int cost_;
  std::atomic<int> tokens_;
};

}  // namespace tccode

#endif  // TCCODE_RETRY_HPP

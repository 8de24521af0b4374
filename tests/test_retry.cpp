// SPDX-License-Identifier: MIT
// Retry decisions and the retry budget: every rule, the bounds of the jitter, overflow, bad input,
// and the budget under many threads at once (run under ThreadSanitizer by the tsan preset).
#include <tccode/retry.hpp>
#include <tccode/services/cmq.hpp>
#include <tccode/tccode.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "catch_compat.hpp"

namespace {

using std::chrono::milliseconds;
using tccode::retry_action;
using tccode::retry_advice;

constexpr tccode::retry_policy defaults{};

// A policy with room for many attempts, to see the delays double up to the cap.
constexpr tccode::retry_policy many_attempts() {
  tccode::retry_policy p;
  p.max_attempts = 100;
  return p;
}

constexpr std::int64_t ceiling_of(const tccode::retry_policy& p, retry_advice a, int attempts) {
  return tccode::decide(p, a, attempts, 1.0).delay.count();
}

}  // namespace

TEST_CASE("decide is usable in constant expressions", "[retry][constexpr]") {
  STATIC_REQUIRE(defaults.base_delay == milliseconds(50));
  STATIC_REQUIRE(defaults.throttled_base_delay == milliseconds(1000));
  STATIC_REQUIRE(defaults.max_delay == milliseconds(20000));
  STATIC_REQUIRE(defaults.max_attempts == 3);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(5100, ""), 1, 0.5).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(5100, ""), 1, 0.5).delay == milliseconds(25));
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4400, ""), 1, 0.5).delay == milliseconds(500));
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4200, ""), 1, 0.5).action == retry_action::resign);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4100, ""), 1, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(0, ""), 1, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, retry_advice::backoff, 3, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(5100, "(1036)x", tccode::project_crud), 1, 0.5).action ==
                 retry_action::stop);
  constexpr tccode::explanation internal = tccode::explain(5100, std::string_view());
  STATIC_REQUIRE(
      noexcept(tccode::decide(defaults, internal, 1, 0.5)));  // (libc++'s string_view(const char*) may throw)
}

TEST_CASE("decide: what each advice and code gives", "[retry]") {
  // never, and success: stop, whatever else.
  for (const int attempts : {1, 2, 100}) {
    CHECK(tccode::decide(defaults, retry_advice::never, attempts, 0.5).action == retry_action::stop);
    CHECK(tccode::decide(defaults, tccode::explain(0, ""), attempts, 0.5).action == retry_action::stop);
    CHECK(tccode::decide(defaults, tccode::explain(0, ""), attempts, 0.5).action == retry_action::stop);
  }
  for (const tccode::row& r : tccode::public_codes) {
    INFO("code " << r.code);
    const tccode::retry_decision d = tccode::decide(defaults, tccode::explain(r.code, ""), 1, 0.5);
    switch (*r.retry) {
      case retry_advice::never:
        CHECK(d.action == retry_action::stop);
        CHECK(d.delay == milliseconds(0));
        break;
      case retry_advice::backoff:
        CHECK(d.action == retry_action::retry);
        CHECK(d.delay == milliseconds(25));
        break;
      case retry_advice::throttled:
        CHECK(d.action == retry_action::retry);
        CHECK(d.delay == milliseconds(500));
        break;
      case retry_advice::resign:
        CHECK(d.action == retry_action::resign);
        CHECK(d.delay == milliseconds(1000));
        break;
    }
  }
  // An unlisted 6xxx backs off; the module code's advice is heeded through an explanation.
  CHECK(tccode::decide(defaults, tccode::explain(6300, ""), 1, 0.5).action == retry_action::retry);
  CHECK(tccode::decide(defaults, tccode::explain(5100, "(1036)x", tccode::project_crud), 1, 0.5).action ==
        retry_action::stop);
  CHECK(tccode::decide(defaults, tccode::explain(5100, "(100004)x", tccode::project_crud), 1, 0.5).action ==
        retry_action::retry);
}

TEST_CASE("decide: attempts, doubling and the cap", "[retry]") {
  // max_attempts counts every attempt: with 3, the second and third go out, a fourth does not.
  CHECK(tccode::decide(defaults, tccode::explain(6000, ""), 1, 1.0).action == retry_action::retry);
  CHECK(tccode::decide(defaults, tccode::explain(6000, ""), 2, 1.0).action == retry_action::retry);
  CHECK(tccode::decide(defaults, tccode::explain(6000, ""), 3, 1.0).action == retry_action::stop);
  CHECK(tccode::decide(defaults, tccode::explain(6000, ""), 4, 1.0).action == retry_action::stop);
  constexpr tccode::retry_policy p = many_attempts();
  const std::int64_t expected[] = {50, 100, 200, 400, 800, 1600, 3200, 6400, 12800, 20000, 20000};
  for (int attempts = 1; attempts <= 11; ++attempts) {
    INFO("after attempt " << attempts);
    CHECK(ceiling_of(p, retry_advice::backoff, attempts) == expected[attempts - 1]);
  }
  const std::int64_t throttled[] = {1000, 2000, 4000, 8000, 16000, 20000, 20000, 20000};
  for (int attempts = 1; attempts <= 8; ++attempts) {
    CHECK(ceiling_of(p, retry_advice::throttled, attempts) == throttled[attempts - 1]);
  }
  CHECK(ceiling_of(p, retry_advice::backoff, 99) == 20000);
}

TEST_CASE("decide: a re-sign once and at once, as an expiry after it means a wrong clock", "[retry]") {
  for (const int code : {4200, 4500}) {
    const tccode::retry_decision first = tccode::decide(defaults, tccode::explain(code, ""), 1, 0.9);
    CHECK(first.action == retry_action::resign);
    CHECK(first.delay == milliseconds(1000));  // resign_delay: a signer counting seconds signs a new Timestamp
    CHECK(first.cost == 14);
    CHECK(tccode::decide(many_attempts(), tccode::explain(code, ""), 2, 0.9).action == retry_action::stop);
    CHECK(tccode::decide(many_attempts(), tccode::explain(code, ""), 50, 0.9).action == retry_action::stop);
  }
  tccode::retry_policy one;
  one.max_attempts = 1;
  CHECK(tccode::decide(one, tccode::explain(4200, ""), 1, 0.5).action == retry_action::stop);
}

TEST_CASE("decide: the jitter, clamped", "[retry]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  const struct {
    double jitter;
    std::int64_t delay;
  } cases[] = {{0.0, 0}, {0.25, 12}, {0.999, 49}, {nan, 0}, {-0.5, 0}, {-inf, 0}, {1.0, 50}, {2.0, 50}, {inf, 50}};
  for (const auto& c : cases) {
    INFO("jitter " << c.jitter);
    const tccode::retry_decision d = tccode::decide(defaults, tccode::explain(6000, ""), 1, c.jitter);
    CHECK(d.action == retry_action::retry);
    CHECK(d.delay.count() == c.delay);
  }
}

TEST_CASE("decide: full jitter over 100,000 draws", "[retry]") {
  std::mt19937 rng(20261128);  // NOLINT(cert-msc32-c,cert-msc51-cpp): the same draws on every run
  for (const auto& [code, attempts, ceiling] :
       {std::tuple<int, int, double>{6000, 1, 50.0}, {6000, 2, 100.0}, {4400, 2, 2000.0}}) {
    INFO("code " << code << " after attempt " << attempts);
    std::int64_t least = std::numeric_limits<std::int64_t>::max();
    std::int64_t most = -1;
    double sum = 0;
    constexpr int draws = 100000;
    for (int i = 0; i < draws; ++i) {
      const tccode::retry_decision d = tccode::decide(defaults, tccode::explain(code, ""), attempts, rng);
      REQUIRE(d.action == retry_action::retry);
      least = std::min<std::int64_t>(least, d.delay.count());
      most = std::max<std::int64_t>(most, d.delay.count());
      sum += static_cast<double>(d.delay.count());
    }
    const double mean = sum / draws;
    CHECK(least == 0);
    CHECK(most <= static_cast<std::int64_t>(ceiling));
    CHECK(most >= static_cast<std::int64_t>(ceiling * 0.99));
    // Whole milliseconds (a draw rounds down) put the mean half a millisecond under half the ceiling.
    CHECK(mean >= 0.98 * (ceiling / 2 - 0.5));
    CHECK(mean <= 1.02 * (ceiling / 2 - 0.5));
  }
  std::random_device device;
  const tccode::retry_decision d = tccode::decide(defaults, tccode::explain(6000, ""), 1, device);
  CHECK(d.delay <= milliseconds(50));
  std::mt19937_64 wide(7);  // NOLINT(cert-msc32-c,cert-msc51-cpp)
  for (int i = 0; i < 1000; ++i) {
    CHECK(tccode::detail::jitter_from(wide) < 1.0);
  }
}

TEST_CASE("decide: no overflow and no undefined behaviour at the limits", "[retry]") {
  tccode::retry_policy huge;
  huge.base_delay = milliseconds::max();
  huge.throttled_base_delay = milliseconds::max();
  huge.max_delay = milliseconds::max();
  huge.max_attempts = INT_MAX;
  for (const int attempts : {1, 2, 62, 63, 64, 1000, INT_MAX - 1}) {
    INFO("after attempt " << attempts);
    const tccode::retry_decision d = tccode::decide(huge, tccode::explain(6000, ""), attempts, 1.0);
    CHECK(d.action == retry_action::retry);
    CHECK(d.delay == milliseconds::max());
    CHECK(tccode::decide(huge, tccode::explain(6000, ""), attempts, 0.5).delay.count() > 0);
  }
  CHECK(tccode::decide(huge, tccode::explain(6000, ""), INT_MAX, 1.0).action == retry_action::stop);
  tccode::retry_policy big_cap = many_attempts();
  big_cap.max_attempts = INT_MAX;
  big_cap.max_delay = milliseconds::max();
  CHECK(tccode::decide(big_cap, tccode::explain(6000, ""), 40, 1.0).delay.count() == std::int64_t{50} << 39);
  CHECK(tccode::decide(big_cap, tccode::explain(6000, ""), INT_MAX - 1, 1.0).delay == milliseconds::max());
}

TEST_CASE("decide: bad input gets a defined answer", "[retry]") {
  // attempts_made below 1 counts as 1.
  for (const int attempts : {0, -1, INT_MIN}) {
    CHECK(tccode::decide(defaults, tccode::explain(6000, ""), attempts, 1.0).delay == milliseconds(50));
    CHECK(tccode::decide(defaults, tccode::explain(4200, ""), attempts, 1.0).action == retry_action::resign);
  }
  // max_attempts 0 or 1 (or below) allows no retry.
  for (const int max : {1, 0, -5}) {
    tccode::retry_policy p;
    p.max_attempts = max;
    CHECK(tccode::decide(p, tccode::explain(6000, ""), 1, 0.5).action == retry_action::stop);
  }
  // Zero or negative delays: a retry at once.
  tccode::retry_policy zero;
  zero.base_delay = milliseconds(0);
  zero.throttled_base_delay = milliseconds(-300);
  CHECK(tccode::decide(zero, tccode::explain(6000, ""), 2, 0.9).action == retry_action::retry);
  CHECK(tccode::decide(zero, tccode::explain(6000, ""), 2, 0.9).delay == milliseconds(0));
  CHECK(tccode::decide(zero, tccode::explain(4400, ""), 2, 0.9).delay == milliseconds(0));
  tccode::retry_policy no_cap;
  no_cap.max_delay = milliseconds(-1);
  CHECK(tccode::decide(no_cap, tccode::explain(6000, ""), 1, 0.9).delay == milliseconds(0));
}

TEST_CASE("retry_budget: the token bucket", "[retry][budget]") {
  tccode::retry_budget budget;  // 500 tokens
  CHECK(budget.available() == 500);
  CHECK(budget.capacity() == 500);
  for (int i = 0; i < 100; ++i) {
    REQUIRE(budget.try_acquire(5));
  }
  CHECK(budget.available() == 0);
  CHECK(!budget.try_acquire(5));
  CHECK(budget.available() == 0);  // a refusal takes nothing
  budget.on_success(0);            // a first attempt that succeeded: 1 back
  CHECK(budget.available() == 1);
  CHECK(!budget.try_acquire(5));
  budget.on_success(5);  // a retry that succeeded: its cost back
  CHECK(budget.available() == 6);
  CHECK(budget.try_acquire(5));
  CHECK(budget.available() == 1);
  CHECK(budget.try_acquire(0));   // a decision to stop costs nothing
  CHECK(budget.try_acquire(-3));  // nor does a cost below 0
  CHECK(budget.available() == 1);
  for (int i = 0; i < 1000; ++i) {
    budget.on_success(i % 2 == 0 ? 10 : 0);
  }
  CHECK(budget.available() == 500);  // never above capacity

  tccode::retry_budget none(0);
  CHECK(!none.try_acquire(5));
  none.on_success(5);
  CHECK(none.available() == 0);
  tccode::retry_budget negative(-10);
  CHECK(negative.capacity() == 0);
  CHECK(!negative.try_acquire(1));
  tccode::retry_budget small(10);
  CHECK(!small.try_acquire(11));
  CHECK(small.try_acquire(10));
}

TEST_CASE("retry_budget: the same as a plain count, step by step", "[retry][budget]") {
  // A model of the bucket written here as plain arithmetic, driven with the budget by one random
  // sequence of acquisitions and successes.
  std::mt19937 rng(42);  // NOLINT(cert-msc32-c,cert-msc51-cpp)
  for (const auto& [capacity, cost] : {std::pair<int, int>{500, 5}, {37, 4}, {10, 10}, {3, 5}}) {
    tccode::retry_budget budget(capacity);
    int model = capacity;
    for (int step = 0; step < 20000; ++step) {
      switch (rng() % 3) {
        case 0: {
          const bool can = model >= cost;
          REQUIRE(budget.try_acquire(cost) == can);
          model -= can ? cost : 0;
          break;
        }
        case 1:
          budget.on_success(0);
          model = std::min(capacity, model + 1);
          break;
        default:
          budget.on_success(cost);
          model = std::min(capacity, model + cost);
          break;
      }
      REQUIRE(budget.available() == model);
    }
  }
}

TEST_CASE("retry_budget: many threads at once", "[retry][budget][threads]") {
  // Each thread returns tokens only after it took them, so the bucket never overflows and the end
  // count is exact: capacity - cost * (retries taken - retries returned).
  constexpr int capacity = 100;
  constexpr int cost = 5;
  constexpr int threads = 8;
  constexpr int iterations = 250000;
  tccode::retry_budget budget(capacity);
  std::atomic<std::int64_t> taken{0};
  std::atomic<std::int64_t> returned{0};
  std::atomic<std::int64_t> refused{0};
  std::atomic<int> out_of_bounds{0};
  std::atomic<bool> running{true};
  std::thread watcher([&] {
    while (running.load()) {
      const int now = budget.available();
      if (now < 0 || now > capacity) {
        out_of_bounds.fetch_add(1);
      }
    }
  });
  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      std::int64_t mine_taken = 0;
      std::int64_t mine_returned = 0;
      std::int64_t mine_refused = 0;
      std::minstd_rand rng(static_cast<unsigned>(t + 1));
      for (int i = 0; i < iterations; ++i) {
        if (budget.try_acquire(cost)) {
          ++mine_taken;
          if (rng() % 4 != 0) {  // three of four retries succeed and give their cost back
            budget.on_success(cost);
            ++mine_returned;
          }
        } else {
          ++mine_refused;
          budget.on_success(0);  // keeps the bucket from emptying for good (see the end)
        }
        const int now = budget.available();
        if (now < 0 || now > capacity) {
          out_of_bounds.fetch_add(1);
        }
      }
      taken += mine_taken;
      returned += mine_returned;
      refused += mine_refused;
    });
  }
  for (std::thread& w : workers) {
    w.join();
  }
  running = false;
  watcher.join();
  const std::int64_t all_taken = taken.load();
  const std::int64_t all_returned = returned.load();
  const std::int64_t all_refused = refused.load();
  INFO("taken " << all_taken << ", returned " << all_returned << ", refused " << all_refused);
  CHECK(out_of_bounds.load() == 0);
  CHECK(all_taken > 0);
  CHECK(all_refused > 0);
  // A refusal gives 1 back (as a first attempt that succeeded would). The cap never swallows it: a
  // refusal means fewer than 5 tokens while at most 8 retries (40 tokens) are out, so the tokens
  // lost for good are more than 55, and at most 8 concurrent refusals cannot bring the bucket near
  // its capacity.
  CHECK(budget.available() == capacity - cost * (all_taken - all_returned) + all_refused);
}

TEST_CASE("decide: a call that must not run twice", "[retry][idempotent]") {
  constexpr tccode::call_state purchase{1, milliseconds(0), false};
  // Refused before it ran: a retry cannot run it twice. A failure that may have run: stop.
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4400, ""), purchase, 0.5).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4200, ""), purchase, 0.5).action == retry_action::resign);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(6000, ""), purchase, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(5100, ""), purchase, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(6200, ""), purchase, 0.5).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(6300, ""), purchase, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(6000, ""), 1, 0.5).action == retry_action::retry);
  // Every public code: what the data says of it, against the rule.
  for (const tccode::row& r : tccode::public_codes) {
    INFO("code " << r.code);
    const tccode::explanation e = tccode::explain(r.code, "");
    CHECK(e.may_have_executed() == (r.code == 5100 || r.code == 5400 || r.code == 6000));
    const bool retried = tccode::decide(defaults, e, purchase, 0.5).action != retry_action::stop;
    CHECK(retried == (*r.retry != retry_advice::never && !e.may_have_executed()));
  }
  // A module row says more than its public code: 5100 may have run, CMQ's name not yet free did not.
  CHECK(tccode::explain(5100, "(1036)x", tccode::project_crud).may_have_executed() == false);
  // An advice alone may have run; a success did.
  CHECK(tccode::decide(defaults, retry_advice::backoff, purchase, 0.5).action == retry_action::stop);
  CHECK(tccode::explain(0, "").may_have_executed());
}

TEST_CASE("decide: failures without a response", "[retry][transport]") {
  using tccode::transport_failure;
  constexpr tccode::call_state purchase{1, milliseconds(0), false};
  // Not sent: it did not run, so even a purchase is retried.
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::not_sent, purchase, 0.5).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::not_sent, 1, 0.5).delay == milliseconds(25));
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::not_sent, 1, 0.5).cost == 14);
  // A timeout may have run: retried only when the call may run twice; it costs what any retry does.
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::timeout, purchase, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::timeout, 1, 0.5).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::timeout, 1, 0.5).cost == 14);
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::bad_response, purchase, 0.5).action == retry_action::stop);
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::bad_response, 2, 0.5).delay == milliseconds(50));
  // The attempts limit holds for them too.
  STATIC_REQUIRE(tccode::decide(defaults, transport_failure::not_sent, 3, 0.5).action == retry_action::stop);
  // Costs come from the policy; a decision to stop costs nothing.
  tccode::retry_policy other;
  other.retry_cost = 9;
  other.throttled_retry_cost = 2;
  other.timeout_retry_cost = 30;  // deprecated since 1.1, and ignored
  CHECK(tccode::decide(other, transport_failure::timeout, 1, 0.5).cost == 9);
  CHECK(tccode::decide(other, transport_failure::bad_response, 1, 0.5).cost == 9);
  CHECK(tccode::decide(other, tccode::explain(6000, ""), 1, 0.5).cost == 9);
  CHECK(tccode::decide(other, tccode::explain(4400, ""), 1, 0.5).cost == 2);
  CHECK(tccode::decide(other, tccode::explain(4100, ""), 1, 0.5).cost == 0);
}

TEST_CASE("decide: a retry costs 14 tokens, a throttled one too, and AWS's 5 can be set", "[retry][cost]") {
  // aws-sdk-java-v2 Constants.Standard: RETRY_COST 14, THROTTLING_RETRY_COST 5 (aws-sdk-php's
  // QuotaManager and smithy-python's StandardRetryQuota charge the same); a timeout is not dearer. tccode
  // charges 14 after throttling too: bench/retry_storm's overload_4400 (docs/retry.md).
  STATIC_REQUIRE(defaults.retry_cost == 14);
  STATIC_REQUIRE(defaults.throttled_retry_cost == 14);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4400, ""), 1, 0.5).cost == 14);  // throttled
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(6000, ""), 1, 0.5).cost == 14);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::explain(4200, ""), 1, 0.5).cost == 14);  // a re-sign
  STATIC_REQUIRE(tccode::decide(defaults, tccode::transport_failure::timeout, 1, 0.5).cost == 14);
  STATIC_REQUIRE(tccode::decide(defaults, tccode::transport_failure::not_sent, 1, 0.5).cost == 14);
  constexpr tccode::retry_policy aws = [] {
    tccode::retry_policy p;
    p.throttled_retry_cost = 5;
    return p;
  }();
  STATIC_REQUIRE(tccode::decide(aws, tccode::explain(4400, ""), 1, 0.5).cost == 5);
  STATIC_REQUIRE(tccode::decide(aws, retry_advice::throttled, 1, 0.5).cost == 5);
  STATIC_REQUIRE(tccode::decide(aws, tccode::explain(6000, ""), 1, 0.5).cost == 14);
  STATIC_REQUIRE(tccode::decide(aws, tccode::transport_failure::timeout, 1, 0.5).cost == 14);
}

TEST_CASE("decide: a deadline", "[retry][deadline]") {
  tccode::retry_policy p = many_attempts();
  p.base_delay = milliseconds(100);
  p.deadline = milliseconds(1000);
  const tccode::explanation e = tccode::explain(6000, "");
  // jitter 1.0 after the first attempt: 100 ms; the next attempt must start before the deadline.
  CHECK(tccode::decide(p, e, {1, milliseconds(0)}, 1.0).action == retry_action::retry);
  CHECK(tccode::decide(p, e, {1, milliseconds(899)}, 1.0).action == retry_action::retry);
  CHECK(tccode::decide(p, e, {1, milliseconds(900)}, 1.0).action == retry_action::stop);
  CHECK(tccode::decide(p, e, {1, milliseconds(900)}, 0.5).action == retry_action::retry);  // 50 ms: in time
  CHECK(tccode::decide(p, e, {1, milliseconds(1000)}, 0.0).action == retry_action::stop);
  CHECK(tccode::decide(p, e, {1, milliseconds(5000)}, 0.0).action == retry_action::stop);
  // A re-sign waits resign_delay, which must fit too.
  CHECK(tccode::decide(p, tccode::explain(4200, ""), {1, milliseconds(0)}, 0.5).action == retry_action::stop);
  p.deadline = milliseconds(1001);
  CHECK(tccode::decide(p, tccode::explain(4200, ""), {1, milliseconds(0)}, 0.5).action == retry_action::resign);
  // No deadline (0 or below), and huge values: no overflow.
  p.deadline = milliseconds(0);
  CHECK(tccode::decide(p, e, {1, milliseconds::max()}, 1.0).action == retry_action::retry);
  p.deadline = milliseconds::max();
  CHECK(tccode::decide(p, e, {1, milliseconds::max()}, 1.0).action == retry_action::stop);
  CHECK(tccode::decide(p, e, {1, milliseconds(-5)}, 1.0).action == retry_action::retry);
  STATIC_REQUIRE(tccode::decide(
                     [] {
                       tccode::retry_policy q;
                       q.deadline = milliseconds(10);
                       return q;
                     }(),
                     tccode::explain(6000, ""), {1, milliseconds(9)}, 0.5)
                     .action == retry_action::stop);
}

TEST_CASE("decide: a throttled cause waits longer than a blip (CMQ's full backlog)", "[retry]") {
  const std::string full = "(10240)reach maximum retention number of message";
  const tccode::explanation backlog = tccode::explain(4410, full, tccode::services::cmq);
  CHECK(backlog.retry() == retry_advice::throttled);
  CHECK(ceiling_of(defaults, backlog.retry(), 1) == 1000);
  CHECK(ceiling_of(defaults, backlog.retry(), 2) == 2000);
  CHECK(ceiling_of(defaults, tccode::explain(6000, "").retry(), 1) == 50);
}

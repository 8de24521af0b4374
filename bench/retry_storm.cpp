// SPDX-License-Identifier: MIT
// retry_storm: a discrete-event simulation of a fleet of clients and one server, deterministic for a
// seed. The server completes at most C calls a second and answers 6000 (or 4400) to the calls it
// cannot take; reading, checking and refusing a call costs it a fifth of a call's work, so that
// retries that come back too soon take capacity from the calls it could complete. Scenarios: calls
// that fail now and then, a short overload (twice the capacity for 10 s), an outage (every call fails
// for 60 s), purchases in an overload where some of the calls answered 6000 had done their work, and
// a slow server whose calls time out at the client after the server did the work. Retry strategies
// side by side, one line each:
//   retry_storm: scenario=S strategy=X calls=N succeeded=K p50_ms=A p99_ms=B window_calls=W
//                window_retries=R requests=Q p99_answer_ms=P max_answer_ms=M after_window_success=F duplicates=D
// calls counts every attempt sent; succeeded the requests that ended in a success; p50/p99 the time
// from a request's first attempt to its success; window_* the attempts (and of them the retries)
// sent during the overload or the outage; p99_answer/max_answer the time to an answer (a success or
// giving up) over every request; duplicates the executions of a request beyond its first. Then the
// targets, met or missed.
//   tccode_retry_storm [--seed N] [--clients N]
#include <tccode/retry.hpp>
#include <tccode/tccode.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace {

// The fleet and the server.
struct scenario {
  std::string name;
  int error_code = 6000;       // what the server answers to a call it does not take
  double capacity = 20000;     // calls a second the server completes
  double base_rate = 10000;    // requests a second the fleet makes, outside the window
  double window_rate = 10000;  // ... and in the window
  double window_start_s = 10;  // the overload or the outage
  double window_end_s = 20;
  bool outage = false;           // in the window, every call fails
  double reject_cost = 0.2;      // a call refused still costs the server this much of a call's work
  double flaky = 0;              // the share of calls that fail at random, overload or not
  double end_s = 40;             // no new request after this (the calls in flight finish)
  double executed_refusals = 0;  // the share of the calls answered with the error code that had done their work
  double slow_ms = 0;            // in the window, the server takes this long to answer a call it takes
  bool purchases = false;        // the requests must not run twice: decide is told so
};

enum class strategy {
  no_retry,
  old_loop,
  fixed_1s,
  decide,
  decide_budget,
  decide_budget_pre2026,
  aws_costs,
  not_told,
  deadline
};

const char* name_of(strategy s) {
  switch (s) {
    case strategy::no_retry:
      return "no_retry";
    case strategy::old_loop:
      return "old_loop";
    case strategy::fixed_1s:
      return "fixed_1s";
    case strategy::decide:
      return "decide";
    case strategy::decide_budget:
      return "decide_budget";
    case strategy::decide_budget_pre2026:
      return "decide_budget_pre2026";
    case strategy::aws_costs:
      return "decide_budget_aws_costs";
    case strategy::not_told:
      return "decide_budget_not_told";
    case strategy::deadline:
      break;
  }
  return "decide_budget_deadline";
}

// The AWS SDKs' standard mode before 2026 (tccode's defaults until 1.0): base 100 ms, throttled base
// 500 ms, a retry costs 5 tokens (its 10 after a timeout is not modelled: since 1.1 a policy has no
// cost of its own for timeouts). The defaults are the 2026 ones.
tccode::retry_policy policy_pre2026() {
  tccode::retry_policy p;
  p.base_delay = std::chrono::milliseconds(100);
  p.throttled_base_delay = std::chrono::milliseconds(500);
  p.retry_cost = 5;
  p.throttled_retry_cost = 5;
  return p;
}

constexpr double timeout_ms = 1000;   // a client gives up on an attempt after this
constexpr double deadline_ms = 2500;  // the deadline strategy's deadline

constexpr double service_ms = 20;  // a call the server takes answers after this
constexpr double reject_ms = 2;    // a call it refuses, after this

struct result {
  std::int64_t calls = 0;
  std::int64_t requests = 0;
  std::int64_t succeeded = 0;
  std::int64_t window_calls = 0;
  std::int64_t window_retries = 0;
  double p50_ms = 0;
  double p99_ms = 0;
  double p99_answer_ms = 0;  // over every request: the time until its success, or until the client gave up
  double max_answer_ms = 0;
  std::int64_t duplicates = 0;       // executions of a request beyond its first
  std::int64_t after_requests = 0;   // requests made after the window
  std::int64_t after_succeeded = 0;  // ... that succeeded: whether the fleet recovered
};

struct event {
  double time_ms;
  std::uint64_t order;  // ties go in the order the events were made: the run is the same every time
  int kind;             // 0: a new request; 1: an attempt reaches the server; 2: the client gets its answer;
                        // 3: the client's timeout of an attempt
  std::int64_t request;
  int code;     // for kind 2: what the server answered
  int attempt;  // for kinds 2 and 3: which attempt of the request
  bool operator>(const event& o) const { return time_ms != o.time_ms ? time_ms > o.time_ms : order > o.order; }
};

struct request_state {
  int client;
  int attempts = 0;  // sent so far
  double first_sent_ms = 0;
  int executions = 0;  // the times the server did the request's work
  int answered = 0;    // the attempts the client has an outcome of (an answer or a timeout)
  int last_cost = 0;   // what its last retry took from the budget
};

// A uniform draw in [0, 1) from 53 bits of the generator: the same on every platform.
double uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

result simulate(const scenario& sc, strategy st, int clients, std::uint64_t seed) {
  std::priority_queue<event, std::vector<event>, std::greater<>> events;
  std::uint64_t order = 0;
  std::mt19937_64 arrivals(seed);
  std::mt19937_64 server(seed + 7);
  // Each client: its own random numbers (for the jitter) and its own retry budget, as each SDK
  // process has.
  std::vector<std::mt19937_64> jitter;
  jitter.reserve(static_cast<std::size_t>(clients));
  for (int c = 0; c < clients; ++c) {
    jitter.emplace_back(seed * 1000003 + static_cast<std::uint64_t>(c) + 1);
  }
  std::deque<tccode::retry_budget> budgets(static_cast<std::size_t>(clients));
  std::vector<request_state> requests;
  std::vector<double> latencies;
  std::vector<double> answers;
  result out;
  tccode::retry_policy policy = st == strategy::decide_budget_pre2026 ? policy_pre2026() : tccode::retry_policy{};
  if (st == strategy::deadline) {
    policy.deadline = std::chrono::milliseconds(static_cast<std::int64_t>(deadline_ms));
  }
  if (st == strategy::aws_costs) {  // the AWS SDKs' 2026 costs: 5 tokens for a throttled retry
    policy.throttled_retry_cost = 5;
  }
  const bool budgeted = st != strategy::decide;
  const double window_start = sc.window_start_s * 1000;
  const double window_end = sc.window_end_s * 1000;
  const auto in_window = [&](double t) { return t >= window_start && t < window_end; };

  // The server's token bucket: capacity a second, at most 50 ms of it saved up.
  double tokens = sc.capacity * 0.05;
  double tokens_at = 0;

  const auto schedule_arrival = [&](double now) {
    const double rate = in_window(now) ? sc.window_rate : sc.base_rate;  // requests a millisecond / 1000
    const double next = now - std::log(1 - uniform(arrivals)) / (rate / 1000);
    if (next < sc.end_s * 1000) {
      events.push({next, order++, 0, 0, 0, 0});
    }
  };
  const auto send = [&](double now, std::int64_t id) {
    request_state& r = requests[static_cast<std::size_t>(id)];
    ++r.attempts;
    ++out.calls;
    if (in_window(now)) {
      ++out.window_calls;
      out.window_retries += r.attempts > 1 ? 1 : 0;
    }
    events.push({now, order++, 1, id, 0, r.attempts});
    // The attempt's timeout: the time left before the deadline, for the deadline strategy.
    const double left = st == strategy::deadline ? deadline_ms - (now - r.first_sent_ms) : timeout_ms;
    events.push({now + std::min(timeout_ms, std::max(0.0, left)), order++, 3, id, 0, r.attempts});
  };

  schedule_arrival(0);
  while (!events.empty()) {
    const event e = events.top();
    events.pop();
    const double now = e.time_ms;
    if (e.kind == 0) {
      const auto id = static_cast<std::int64_t>(requests.size());
      requests.push_back({static_cast<int>(arrivals() % static_cast<std::uint64_t>(clients)), 0, now});
      ++out.requests;
      out.after_requests += now >= window_end ? 1 : 0;
      send(now, id);
      schedule_arrival(now);
    } else if (e.kind == 1) {
      tokens = std::min(sc.capacity * 0.05, tokens + (now - tokens_at) * sc.capacity / 1000);
      tokens_at = now;
      request_state& r = requests[static_cast<std::size_t>(e.request)];
      const bool down = (sc.outage && in_window(now)) || (sc.flaky > 0 && uniform(server) < sc.flaky);
      if (!down && tokens >= 1) {
        tokens -= 1;
        ++r.executions;
        const double answer_ms = sc.slow_ms > 0 && in_window(now) ? sc.slow_ms : service_ms;
        events.push({now + answer_ms, order++, 2, e.request, 0, e.attempt});
      } else {
        tokens -= down ? 0 : sc.reject_cost;  // reading, checking and refusing a call is work too
        // Some calls answered with the error had done their work (an internal error after the write).
        r.executions += !down && sc.executed_refusals > 0 && uniform(server) < sc.executed_refusals ? 1 : 0;
        events.push({now + reject_ms, order++, 2, e.request, sc.error_code, e.attempt});
      }
    } else {
      request_state& r = requests[static_cast<std::size_t>(e.request)];
      if (e.attempt != r.attempts || r.answered == e.attempt) {
        continue;  // an answer after its attempt timed out, or a timeout after its answer
      }
      r.answered = e.attempt;
      const auto client = static_cast<std::size_t>(r.client);
      const bool timed_out = e.kind == 3;
      if (!timed_out && e.code == 0) {
        ++out.succeeded;
        out.after_succeeded += r.first_sent_ms >= window_end ? 1 : 0;
        latencies.push_back(now - r.first_sent_ms);
        answers.push_back(now - r.first_sent_ms);
        budgets[client].on_success(r.attempts > 1 ? r.last_cost : 0);
        continue;
      }
      double delay = -1;  // below 0: stop
      const tccode::explanation explained = tccode::explain(e.code, std::string_view());
      const tccode::failure failed =
          timed_out ? tccode::failure(tccode::transport_failure::timeout) : tccode::failure(explained);
      switch (st) {
        case strategy::no_retry:
          break;
        case strategy::old_loop:  // the README's loop of the first release: no jitter, no cap, 5 attempts
          if (r.attempts < 5) {
            delay =
                (failed.advice == tccode::retry_advice::throttled ? 1000.0 : 10.0) * std::ldexp(1.0, r.attempts - 1);
          }
          break;
        case strategy::fixed_1s:
          if (r.attempts < policy.max_attempts) {
            delay = 1000;
          }
          break;
        case strategy::decide:
        case strategy::decide_budget:
        case strategy::decide_budget_pre2026:
        case strategy::aws_costs:
        case strategy::not_told:
        case strategy::deadline: {
          // Purchases are told to decide, but for the strategy that shows what happens when they are not
          // (and the deadline's, which shows the deadline on calls that are retried).
          const bool idempotent = !sc.purchases || st == strategy::not_told || st == strategy::deadline;
          const auto elapsed = std::chrono::milliseconds(static_cast<std::int64_t>(now - r.first_sent_ms));
          const tccode::retry_decision d =
              tccode::decide(policy, failed, {r.attempts, elapsed, idempotent}, jitter[client]);
          if (d.action != tccode::retry_action::stop && (!budgeted || budgets[client].try_acquire(d.cost))) {
            delay = static_cast<double>(d.delay.count());
            r.last_cost = d.cost;
          }
          break;
        }
      }
      if (delay >= 0) {
        send(now + delay, e.request);
      } else {
        answers.push_back(now - r.first_sent_ms);
      }
    }
  }
  for (const request_state& r : requests) {
    out.duplicates += r.executions > 1 ? r.executions - 1 : 0;
  }
  const auto at = [](std::vector<double>& values, double q) {
    if (values.empty()) {
      return 0.0;
    }
    const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    return values[k];
  };
  out.p50_ms = at(latencies, 0.50);
  out.p99_ms = at(latencies, 0.99);
  out.p99_answer_ms = at(answers, 0.99);
  out.max_answer_ms = answers.empty() ? 0.0 : *std::max_element(answers.begin(), answers.end());
  return out;
}

bool report(const char* what, bool met) {
  std::printf("retry_storm: target %s: %s\n", what, met ? "met" : "MISSED");
  return met;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t seed = 1;
  int clients = 1000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--seed") {
      seed = std::strtoull(argv[i + 1], nullptr, 10);
    } else if (option == "--clients") {
      clients = std::atoi(argv[i + 1]);
    }
  }
  scenario overload;
  overload.name = "overload";
  overload.window_rate = 2 * overload.capacity;
  scenario throttled = overload;
  throttled.name = "overload_4400";
  throttled.error_code = 4400;
  scenario flaky;  // no overload: 5% of calls fail at random, where retrying pays
  flaky.name = "flaky";
  flaky.flaky = 0.05;
  scenario outage;
  outage.name = "outage";
  outage.outage = true;
  outage.window_start_s = 10;
  outage.window_end_s = 70;
  outage.end_s = 80;
  scenario purchases = overload;  // purchases in an overload: a tenth of the 6000s had bought already
  purchases.name = "purchase_6000";
  purchases.executed_refusals = 0.1;
  purchases.purchases = true;
  scenario slow;  // the server answers in 3 s for 10 s: the clients time out after it did the work
  slow.name = "timeout_storm";
  slow.slow_ms = 3000;
  slow.purchases = true;

  std::printf(
      "retry_storm: %d clients, seed %llu; server: %.0f calls/s, a refusal costs %.1f of a call; requests: %.0f/s, "
      "%.0f/s in the window; an attempt times out after %.0f ms\n",
      clients, static_cast<unsigned long long>(seed), overload.capacity, overload.reject_cost, overload.base_rate,
      overload.window_rate, timeout_ms);
  bool all_met = true;
  const auto print = [](const scenario& sc, strategy st, const result& r) {
    std::printf(
        "retry_storm: scenario=%s strategy=%s calls=%lld succeeded=%lld p50_ms=%.0f p99_ms=%.0f window_calls=%lld "
        "window_retries=%lld requests=%lld p99_answer_ms=%.0f max_answer_ms=%.0f after_window_success=%.3f "
        "duplicates=%lld\n",
        sc.name.c_str(), name_of(st), static_cast<long long>(r.calls), static_cast<long long>(r.succeeded), r.p50_ms,
        r.p99_ms, static_cast<long long>(r.window_calls), static_cast<long long>(r.window_retries),
        static_cast<long long>(r.requests), r.p99_answer_ms, r.max_answer_ms,
        static_cast<double>(r.after_succeeded) / static_cast<double>(r.after_requests),
        static_cast<long long>(r.duplicates));
  };
  const auto share = [](std::int64_t part, std::int64_t whole) {
    return static_cast<double>(part) / static_cast<double>(whole);
  };
  char line[400];
  for (const scenario* sc : {&flaky, &overload, &throttled, &outage}) {
    std::vector<result> results;
    for (const strategy st : {strategy::no_retry, strategy::old_loop, strategy::fixed_1s, strategy::decide,
                              strategy::decide_budget, strategy::decide_budget_pre2026}) {
      results.push_back(simulate(*sc, st, clients, seed));
      print(*sc, st, results.back());
    }
    if (sc->error_code == 4400) {  // a throttled overload: the AWS SDKs' throttled cost, 5 tokens
      results.push_back(simulate(*sc, strategy::aws_costs, clients, seed));
      print(*sc, strategy::aws_costs, results.back());
      const result& aws = results.back();
      std::printf(
          "retry_storm: informational, %s: 14 tokens a throttled retry (tccode) against 5 (AWS): calls %.2fx, "
          "successes %.3fx, p99 to an answer %.0f ms against %.0f ms\n",
          sc->name.c_str(), share(results[4].calls, aws.calls), share(results[4].succeeded, aws.succeeded),
          results[4].p99_answer_ms, aws.p99_answer_ms);
    }
    const result& old_loop = results[1];
    const result& decide = results[3];
    const result& budget = results[4];
    const result& pre2026 = results[5];
    std::printf(
        "retry_storm: informational, %s: the defaults (2026) against the earlier ones: calls %.2fx, "
        "successes %.3fx, p99 to an answer %.0f ms against %.0f ms, after the window %.3f against %.3f\n",
        sc->name.c_str(), share(budget.calls, pre2026.calls), share(budget.succeeded, pre2026.succeeded),
        budget.p99_answer_ms, pre2026.p99_answer_ms, share(budget.after_succeeded, budget.after_requests),
        share(pre2026.after_succeeded, pre2026.after_requests));
    if (sc->flaky > 0) {
      std::printf(
          "retry_storm: informational, %s: %.4f of the requests succeed without retries, %.4f with "
          "decide+budget\n",
          sc->name.c_str(), share(results[0].succeeded, results[0].requests), share(budget.succeeded, budget.requests));
    } else if (!sc->outage) {
      std::snprintf(line, sizeof line,
                    "(a) %s: decide+budget succeeds at least as often as the old loop (%lld >= %lld)", sc->name.c_str(),
                    static_cast<long long>(budget.succeeded), static_cast<long long>(old_loop.succeeded));
      all_met &= report(line, budget.succeeded >= old_loop.succeeded);
      std::snprintf(line, sizeof line, "(a) %s: with at most 60%% of its calls (%.2f)", sc->name.c_str(),
                    share(budget.calls, old_loop.calls));
      all_met &= report(line, static_cast<double>(budget.calls) <= 0.6 * static_cast<double>(old_loop.calls));
      const double after = share(budget.after_succeeded, budget.after_requests);
      std::snprintf(line, sizeof line,
                    "(a) %s: and the fleet recovers: %.3f of the requests after the overload succeed", sc->name.c_str(),
                    after);
      all_met &= report(line, after >= 0.99);
      if (sc->error_code == 4400) {
        std::snprintf(line, sizeof line, "(a) %s: a lower p99 than the old loop's (%.0f ms, the old loop's %.0f ms)",
                      sc->name.c_str(), budget.p99_ms, old_loop.p99_ms);
        all_met &= report(line, budget.p99_ms < old_loop.p99_ms);
      }
    } else {
      std::snprintf(line, sizeof line,
                    "(b) %s: the budget cuts the retries sent during the outage to at most 10%% of decide's (%.3f)",
                    sc->name.c_str(), share(budget.window_retries, decide.window_retries));
      all_met &=
          report(line, static_cast<double>(budget.window_retries) <= 0.1 * static_cast<double>(decide.window_retries));
    }
  }
  // Calls that must not run twice: told to decide, no request runs twice; not told, some do.
  for (const scenario* sc : {&purchases, &slow}) {
    std::vector<result> results;
    for (const strategy st :
         {strategy::no_retry, strategy::old_loop, strategy::not_told, strategy::decide_budget, strategy::deadline}) {
      results.push_back(simulate(*sc, st, clients, seed));
      print(*sc, st, results.back());
    }
    const result& not_told = results[2];
    const result& told = results[3];
    std::snprintf(line, sizeof line,
                  "(c) %s: a call that must not run twice never runs twice with decide (%lld duplicates; %lld when "
                  "decide is not told, %lld with the old loop)",
                  sc->name.c_str(), static_cast<long long>(told.duplicates),
                  static_cast<long long>(not_told.duplicates), static_cast<long long>(results[1].duplicates));
    all_met &= report(line, told.duplicates == 0 && not_told.duplicates > 0);
    const result& deadline = results[4];
    std::snprintf(line, sizeof line,
                  "(d) %s: with a deadline of %.0f ms, no request waits longer for its answer (%.0f ms; %.0f ms "
                  "without one)",
                  sc->name.c_str(), deadline_ms, deadline.max_answer_ms, not_told.max_answer_ms);
    all_met &= report(line, deadline.max_answer_ms <= deadline_ms + 1e-6);  // floating-point time: to the nanosecond
  }
  std::printf("retry_storm: %s\n", all_met ? "every target met" : "a target MISSED");
  return all_met ? 0 : 1;
}

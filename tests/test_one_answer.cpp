// SPDX-License-Identifier: MIT
// One answer in every layer: the error code an SDK hands its users, the log line and decide agree
// about a call that must not run twice, a failure without an API answer, and why a loop stopped; and
// the one-liners that use an explanation of a temporary message within the statement.
#include <tccode/retry.hpp>
#include <tccode/services.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "catch_compat.hpp"

namespace {

using std::chrono::milliseconds;
using tccode::condition;
using tccode::lang;
using tccode::retry_action;
using tccode::stop_reason;
using tccode::transport_failure;
namespace services = tccode::services;

constexpr tccode::retry_policy policy{};

// An SDK's exception, whose getMessage() is a new string each time (as CMQ's C++ SDK's is).
class sdk_error {
 public:
  [[nodiscard]] int getCode() const { return code; }                // NOLINT(readability-identifier-naming)
  [[nodiscard]] std::string getMessage() const { return message; }  // NOLINT(readability-identifier-naming)
  int code;
  std::string message;
};

// True when decide retries (or re-signs) after the first attempt of a call.
bool decide_retries(const tccode::failure& f, bool idempotent) {
  return tccode::decide(policy, f, {1, milliseconds(0), idempotent}, 0.5).action != retry_action::stop;
}

}  // namespace

TEST_CASE("one answer: the trial's cases, error code against decide", "[one_answer]") {
  // A create that got 6000, or 5100 under CMQ, may have run: decide stops, and the error code of
  // that call is not retryable, but may have run. The same failure of a read is retryable.
  const std::string boom = "boom";
  for (const tccode::explanation& e :
       {tccode::explain(6000, boom, lang::en), tccode::explain(5100, boom, services::cmq, lang::en)}) {
    INFO(tccode::to_string(e));
    const tccode::retry_decision d = tccode::decide(policy, e, {1, milliseconds(0), false}, 0.5);
    CHECK(d.action == retry_action::stop);
    CHECK(d.reason == stop_reason::may_have_executed);
    const std::error_code create = tccode::make_error_code(e, false);
    CHECK(create != condition::retryable);
    CHECK(create == condition::may_have_executed);
    CHECK(std::string(create.category().name()).size() > 5);
    CHECK(std::string(create.category().name()).substr(std::string(create.category().name()).size() - 5) == ".once");
    const std::error_code read = tccode::make_error_code(e, true);
    CHECK(read == condition::retryable);
    CHECK(read == condition::may_have_executed);
    CHECK(read == tccode::make_error_code(e));  // idempotent is what make_error_code(e) assumes
    CHECK(create != read);                      // two categories: the call's kind is part of the answer
    CHECK(create.value() == read.value());
    CHECK(create.message() == read.message());
  }
  // A timeout has an error code, and its log line; it may have run.
  const tccode::explanation timeout = tccode::explain(transport_failure::timeout, lang::en);
  CHECK(timeout.code() == 2);
  CHECK(timeout.may_have_executed());
  CHECK(tccode::decide(policy, timeout, {1, milliseconds(0), false}, 0.5).reason == stop_reason::may_have_executed);
  const std::error_code ec = tccode::make_error_code(timeout, false);
  CHECK(ec != condition::retryable);
  CHECK(ec == condition::may_have_executed);
  CHECK(ec == std::errc::timed_out);
  CHECK(ec.message() == "Timed out");
  CHECK(std::string(ec.category().name()) == "tccode.transport.en.once");
  CHECK(tccode::make_error_code(timeout, true) == condition::retryable);
  // A request never sent did not run: even a create is retried, and its error code says so.
  const tccode::explanation not_sent = tccode::explain(transport_failure::not_sent, lang::en);
  CHECK(decide_retries(not_sent, false));
  CHECK(tccode::make_error_code(not_sent, false) == condition::retryable);
  CHECK(tccode::make_error_code(not_sent, false) != condition::may_have_executed);
  CHECK(tccode::make_error_code(not_sent) == std::errc::not_connected);
  CHECK(tccode::make_error_code(tccode::explain(transport_failure::bad_response)) == std::errc::bad_message);
  // The transport failures as decide knew them before 1.1 (failure(transport_failure)) decide the same.
  for (const transport_failure t :
       {transport_failure::not_sent, transport_failure::timeout, transport_failure::bad_response}) {
    for (const bool idempotent : {true, false}) {
      CHECK(decide_retries(t, idempotent) == decide_retries(tccode::explain(t), idempotent));
    }
  }
}

TEST_CASE("one answer: every built-in row, both kinds of call", "[one_answer]") {
  // Every public code of every built-in service alone and with each of its module rows: the error code
  // made for a call that may run twice, or must not, is retryable exactly when decide retries the
  // first attempt of that call, and meets may_have_executed exactly when the explanation does.
  std::size_t checked = 0;
  const auto check = [&checked](const tccode::explanation& e) {
    for (const bool idempotent : {true, false}) {
      const std::error_code ec = tccode::make_error_code(e, idempotent);
      INFO(tccode::to_string(e) << (idempotent ? " (idempotent)" : " (must not run twice)"));
      CHECK((ec == condition::retryable) == decide_retries(e, idempotent));
      CHECK((ec == condition::may_have_executed) == e.may_have_executed());
      ++checked;
    }
  };
  for (const services::catalogue_entry& entry : services::catalogue) {
    const tccode::service& s = *entry.service;
    for (const tccode::row& p : s.overrides()) {
      check(tccode::explain(p.code, "x", s));
      for (const tccode::table_view* t = s.modules_begin(); t != s.modules_end(); ++t) {
        for (const tccode::row& m : *t) {
          if (m.code != 0 && (m.under == 0 || m.under == p.code)) {
            const std::string message = "(" + std::to_string(m.code) + ")x";
            check(tccode::explain(p.code, message, s));
          }
        }
      }
    }
  }
  for (const tccode::row& p : tccode::public_codes) {
    check(tccode::explain(p.code, ""));
  }
  CHECK(checked > 2000);
}

TEST_CASE("one answer: the log line says what the loop does, with the requestId", "[one_answer][log]") {
  const std::string boom = "boom";
  const tccode::explanation e = tccode::explain(6000, boom, lang::en);
  // Before 1.1 the line ended with the advice, "[retry after a backoff]", while the loop stopped.
  CHECK(tccode::to_string(e, tccode::decide(policy, e, {1, milliseconds(0), false}, 0.5), "8a1c-77") ==
        "6000 Internal server error: boom [stop: it may have run, and the call must not run twice] "
        "requestId=8a1c-77");
  CHECK(tccode::to_string(e, tccode::decide(policy, e, {1, milliseconds(0), true}, 0.5)) ==
        "6000 Internal server error: boom [retry in 25 ms]");
  CHECK(tccode::to_string(e, tccode::decide(policy, e, {3, milliseconds(0), true}, 0.5)) ==
        "6000 Internal server error: boom [stop: the attempts are used up]");
  const tccode::retry_decision budget{retry_action::stop, milliseconds(0), 0, stop_reason::budget};
  CHECK(tccode::to_string(e, budget) == "6000 Internal server error: boom [stop: the retry budget is empty]");
  const tccode::explanation expired = tccode::explain(4200, "", lang::en);
  CHECK(tccode::to_string(expired, tccode::decide(policy, expired, 1, 0.5)) ==
        "4200 Request expired [sign again, then retry in 1000 ms]");
  CHECK(tccode::to_string(expired, tccode::decide(policy, expired, 2, 0.5)) ==
        "4200 Request expired [stop: signed again and still refused: check the clock]");
  CHECK(tccode::to_string(tccode::explain(4100, ""), tccode::decide(policy, tccode::explain(4100, ""), 1, 0.5)) ==
        "4100 鉴权失败 [停止：不要重试]");
  // A transport failure has a line too; a requestId is escaped as the server's text is.
  const tccode::explanation timeout = tccode::explain(transport_failure::timeout, lang::en);
  CHECK(tccode::to_string(timeout, tccode::decide(policy, timeout, {1, milliseconds(0), false}, 0.5), "a\nb") ==
        "Timed out [stop: it may have run, and the call must not run twice] requestId=a\\nb");
  CHECK(tccode::to_string(timeout) == "Timed out [retry after a backoff]");
  CHECK(tccode::to_string(tccode::explain(transport_failure::not_sent)) == "请求未发出 [退避一段时间后重试]");
}

TEST_CASE("one-liners with a temporary message compile and view nothing destroyed", "[one_answer][lifetime]") {
  // Each uses the explanation of a temporary message within the statement: explain keeps a copy (an
  // owned_explanation), so the asan preset finds nothing to report.
  const sdk_error ex{5100, "(1036)" + std::string(64, 'x')};
  std::mt19937 rng(7);
  const std::error_code ec =
      tccode::make_error_code(tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud));
  CHECK(ec.value() == 5100);
  CHECK(ec != condition::retryable);  // 1036, a name that is taken
  CHECK(std::string(ec.category().name()) == "tccode.public.project_name_exists.zh");
  const tccode::retry_decision d = tccode::decide(
      policy, tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud), {1, milliseconds(0), false}, rng);
  CHECK(d.reason == stop_reason::not_retryable);
  CHECK(tccode::to_string(tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud, lang::en)) ==
        "5100 Resource operation failed: (1036) The project name already exists \"" + std::string(64, 'x') +
            "\" [do not retry]");
  // Kept with auto, it is an owned_explanation: it keeps the message.
  const auto kept = tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud);
  static_assert(std::is_same<std::remove_cv_t<decltype(kept)>, tccode::owned_explanation>::value, "owned");
  CHECK(kept->detail() == std::string(64, 'x'));
  CHECK(kept->detail().data() == kept.message().data() + 6);
  // CAM's codeDesc, a temporary too.
  const auto cam = tccode::explain(4000, std::string("policy name in use"),
                                   std::string("InvalidParameter.policyName.InUse"), services::cam);
  REQUIRE(cam->module_row() != nullptr);
  CHECK(cam->module_row()->name == "InvalidParameter.policyName.InUse");
}

// SPDX-License-Identifier: MIT
// API 3.0 (<tccode/api3.hpp>): the common codes and their judgements, the hierarchy of codes, the
// failures the official SDKs make up, ClientToken idempotency, error codes, log lines and temporaries.
#include <tccode/api3.hpp>
#include <tccode/retry.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;
using std::chrono::milliseconds;
using tccode::condition;
using tccode::lang;
using tccode::retry_action;
using tccode::retry_advice;

constexpr tccode::retry_policy policy{};

// What decide does with the first attempt of a call that may run twice, or must not.
retry_action first_retry(const tccode::explanation& e, bool idempotent) {
  return tccode::decide(policy, e, {1, milliseconds(0), idempotent}, 0.5).action;
}

// A product of one's own, with two codes of the official SDKs (sdk-go's cbs/v20170312 and
// vclm/v20240523 errors.go) and their Chinese text, without English; sorted by value, as a product's
// table must be (the static_assert below says so where it is not).
constexpr tccode::code_row mine_rows[] = {
    {tccode::code_value("RequestLimitExceeded.JobNumExceed"), "RequestLimitExceeded.JobNumExceed",
     "\xe6\x8f\x90\xe4\xba\xa4\xe4\xbb\xbb\xe5\x8a\xa1\xe6\x95\xb0\xe8\xb6\x85\xe8\xbf\x87\xe6\x9c\x80\xe5\xa4\xa7\xe5"
     "\xb9\xb6"
     "\xe5\x8f\x91\xe3\x80\x82",  // 提交任务数超过最大并发。
     "", static_cast<unsigned short>(tccode::detail::judgement_index("limit_reached")), 1, 1},
    {tccode::code_value("InvalidDisk.Busy"), "InvalidDisk.Busy",
     "\xe4\xba\x91\xe7\xa1\xac\xe7\x9b\x98\xe5\xbf\x99\xef\xbc\x8c\xe8\xaf\xb7\xe7\xa8\x8d\xe5\x90\x8e\xe9\x87\x8d\xe8"
     "\xaf\x95"
     "\xe3\x80\x82",  // 云硬盘忙，请稍后重试。
     "", static_cast<unsigned short>(tccode::detail::judgement_index("busy")), 1, 1},
};

static_assert(tccode::product("mine", "", mine_rows).is_sorted());

}  // namespace

TEST_CASE("api3: a code's value is stable across versions and platforms, 0 only for success", "[api3]") {
  // These values are part of the API: an error code logged today means the same code tomorrow, on any
  // machine (s390x is big-endian: its words are read little-endian all the same).
  STATIC_REQUIRE(tccode::code_value("") == 0);
  STATIC_REQUIRE(tccode::code_value("RequestLimitExceeded") == 182319859);
  STATIC_REQUIRE(tccode::code_value("ResourceUnavailable") == 1519547773);
  STATIC_REQUIRE(tccode::code_value("ClientParamsError") == 238810427);
  STATIC_REQUIRE(tccode::code_value("InternalError") == 1571295491);
  // Shorter than a word, one word, and a word and a byte.
  STATIC_REQUIRE(tccode::code_value("A") == 90557025);
  STATIC_REQUIRE(tccode::code_value("ABCDEFGH") == 317036628);
  STATIC_REQUIRE(tccode::code_value("ABCDEFGHI") == 1625155968);
  // At run time as at compile time.
  const std::string code = "RequestLimitExceeded";
  CHECK(tccode::code_value(code) == 182319859);
  // The common table is sorted by value, each value once, each the code's.
  std::set<int> values;
  int previous = 0;
  for (const tccode::code_row& r : tccode::common_codes) {
    INFO(std::string(r.code));
    CHECK(r.value == tccode::code_value(r.code));
    CHECK(r.value > previous);
    CHECK(r.common == &r - tccode::common_codes + 1);  // its own common row is itself
    CHECK(values.insert(r.value).second);
    previous = r.value;
  }
  CHECK(std::size(tccode::common_codes) == 71);
}

TEST_CASE("api3: the common codes' judgements", "[api3][judgement]") {
  struct expected {
    std::string_view code;
    retry_advice advice;
    bool may_have_run;
  };
  // The positions the issue takes, and tccode's for the rest (docs/api3.md gives the reasons).
  constexpr expected all[] = {
      {"RequestLimitExceeded", retry_advice::throttled, false},
      {"RequestLimitExceeded.IPLimitExceeded", retry_advice::throttled, false},
      {"RequestLimitExceeded.UinLimitExceeded", retry_advice::throttled, false},
      {"RequestLimitExceeded.GlobalRegionUinLimitExceeded", retry_advice::throttled, false},
      {"InternalError", retry_advice::backoff, true},
      {"AuthFailure.SignatureExpire", retry_advice::never, false},
      {"AuthFailure.SignatureFailure", retry_advice::never, false},
      {"ResourceInUse", retry_advice::backoff, false},
      {"ResourceUnavailable", retry_advice::backoff, false},
      {"LimitExceeded", retry_advice::never, false},
      {"DryRunOperation", retry_advice::never, false},
      {"FailedOperation", retry_advice::never, true},
      {"InvalidParameter", retry_advice::never, false},
      {"ServiceUnavailable", retry_advice::backoff, false},
      {"UnauthorizedOperation", retry_advice::never, false},
      {"ResourceNotFound", retry_advice::never, false},
  };
  for (const expected& x : all) {
    const tccode::explanation e = tccode::explain(x.code, "", lang::en);
    INFO(std::string(x.code));
    REQUIRE(e.judged_by() != nullptr);
    CHECK(e.judged_by()->code == x.code);
    CHECK(e.retry() == x.advice);
    CHECK(e.may_have_executed() == x.may_have_run);
    CHECK(!e.success());
  }
  // InternalError: retried after a backoff for a call that may run twice, never for one that must not.
  CHECK(first_retry(tccode::explain("InternalError", ""), true) == retry_action::retry);
  CHECK(first_retry(tccode::explain("InternalError", ""), false) == retry_action::stop);
  // The clock is wrong: re-signing with it fails again.
  CHECK(tccode::explain("AuthFailure.SignatureExpire", "").judgement()->id == "clock_wrong");
  CHECK(tccode::explain("AuthFailure.SignatureExpire", "").auth_error());
  // DryRunOperation is not a failure: nothing to retry, its judgement says so, no new retry_advice.
  const tccode::explanation dry = tccode::explain("DryRunOperation", "", lang::en);
  CHECK(dry.judgement()->reason.find("Not a failure") == 0);
  CHECK(dry.canonical() == tccode::canonical_code::ok);
  CHECK(tccode::decide(policy, dry, 1, 0.5).reason == tccode::stop_reason::not_retryable);
  // The official text, in both languages.
  CHECK(tccode::explain("ResourceInUse", "", lang::en).description() == "The resource is in use.");
  CHECK(tccode::explain("InvalidAction", "").description() ==
        "\xe6\x8e\xa5\xe5\x8f\xa3\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8");                           // 接口不存在
  CHECK(tccode::explain("AuthFailure.MFAFailure", "", lang::en).description() == "MFA failure.");  // a link, reduced
  // tccode's own row, marked so.
  const tccode::code_row* global = tccode::common.find("RequestLimitExceeded.GlobalRegionUinLimitExceeded");
  REQUIRE(global != nullptr);
  CHECK((global->flags & tccode::code_row::tccode_own) != 0);
  CHECK(tccode::common.find("RequestLimitExceeded")->flags == 0);
}

TEST_CASE("api3: codes form a hierarchy", "[api3][hierarchy]") {
  // An unlisted child of a common code is judged by it, and says so.
  const tccode::explanation child = tccode::explain("ResourceInUse.DiskMigrating", "busy", lang::en);
  REQUIRE(child.judged_by() != nullptr);
  CHECK(child.judged_by()->code == "ResourceInUse");
  CHECK(child.retry() == retry_advice::backoff);
  CHECK(!child.may_have_executed());
  CHECK(tccode::to_string(child) ==
        "ResourceInUse.DiskMigrating (judged as ResourceInUse): The resource is in use. \"busy\" [retry after a "
        "backoff]");
  // Deeper: the longest listed prefix.
  CHECK(tccode::explain("RequestLimitExceeded.UinLimitExceeded.Deeper", "").judged_by()->code ==
        "RequestLimitExceeded.UinLimitExceeded");
  // Families with no common row at their root.
  CHECK(tccode::explain("AuthFailure.Whatever", "").judged_by()->code == "AuthFailure");
  CHECK(tccode::explain("AuthFailure.Whatever", "").retry() == retry_advice::never);
  CHECK(tccode::explain("AuthFailure.Whatever", "").auth_error());
  CHECK(tccode::explain("OperationDenied.InstanceOperationInProgress", "").judged_by()->code == "OperationDenied");
  CHECK(!tccode::explain("OperationDenied.InstanceOperationInProgress", "").may_have_executed());
  // A code that nothing knows: conservative, and said.
  const tccode::explanation unknown = tccode::explain("InvalidDisk.Busy", "x", lang::en);
  CHECK(unknown.judged_by() == nullptr);
  CHECK(unknown.judgement()->id == "unknown_code");
  CHECK(unknown.may_have_executed());
  CHECK(first_retry(unknown, true) == retry_action::retry);
  CHECK(first_retry(unknown, false) == retry_action::stop);
  CHECK(tccode::to_string(unknown) == "InvalidDisk.Busy (unknown code): x [retry after a backoff]");
  // A product's own row wins over the hierarchy: a quota that a product files under RequestLimitExceeded.
  constexpr tccode::product mine{"mine", "2024-05-23", mine_rows};
  const tccode::explanation quota = tccode::explain("RequestLimitExceeded.JobNumExceed", "", mine);
  CHECK(quota.judged_by() == &mine_rows[0]);
  CHECK(quota.retry() == retry_advice::never);
  CHECK(tccode::explain("RequestLimitExceeded.JobNumExceed", "").retry() == retry_advice::throttled);
  // The product's row and the family's: the description is the product's, the type the family's.
  const tccode::explanation busy = tccode::explain("InvalidDisk.Busy", "", mine, lang::en);
  CHECK(busy.product_row() == &mine_rows[1]);
  CHECK(busy.common_row() == nullptr);
  CHECK(busy.retry() == retry_advice::backoff);
  // No official English: the English line says so.
  CHECK(tccode::to_string(busy) == "InvalidDisk.Busy (no official English) [retry after a backoff]");
  CHECK(
      tccode::to_string(busy, lang::zh) ==
      "InvalidDisk.Busy: "
      "\xe4\xba\x91\xe7\xa1\xac\xe7\x9b\x98\xe5\xbf\x99\xef\xbc\x8c\xe8\xaf\xb7\xe7\xa8\x8d\xe5\x90\x8e\xe9\x87\x8d\xe8"
      "\xaf\x95\xe3\x80\x82 "
      "[\xe9\x80\x80\xe9\x81\xbf\xe4\xb8\x80\xe6\xae\xb5\xe6\x97\xb6\xe9\x97\xb4\xe5\x90\x8e\xe9\x87\x8d\xe8\xaf\x95]");
  CHECK(tccode::to_string(quota, lang::en) ==
        "RequestLimitExceeded.JobNumExceed (no official English): The request rate limit is exceeded. [do not retry]");
  // A success: no code.
  CHECK(tccode::explain("", "").success());
  CHECK(!tccode::make_error_code(tccode::explain("", "")));
}

TEST_CASE("api3: the failures the official SDKs make up", "[api3][sdk]") {
  struct expected {
    std::string_view code;
    std::string_view message;
    std::string_view judgement;
  };
  constexpr expected all[] = {
      // tencentcloud-sdk-cpp: libcurl's text says whether the request was sent.
      {"NetworkError", "Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server", "not_sent"},
      {"NetworkError", "Could not resolve host: cbs.tencentcloudapi.com", "not_sent"},
      {"NetworkError", "Connection timed out after 1001 milliseconds", "not_sent"},
      {"NetworkError", "Operation timed out after 3001 milliseconds with 0 bytes received", "timed_out"},
      {"NetworkError", "Empty reply from server", "network_failed"},
      {"ServiceNetworkError", "status=502, <html>bad gateway</html>", "bad_response"},
      {"CoreInternalError", "response `Response` is null or not object", "bad_response"},
      {"ClientError", "endpoint `x` is not valid", "client_error"},
      // tencentcloud-sdk-go
      {"ClientError.NetworkError",
       "Fail to get response because Post \"https://cvm.tencentcloudapi.com/\": dial tcp: lookup "
       "cvm.tencentcloudapi.com: no such host",
       "not_sent"},
      {"ClientError.NetworkError",
       "Fail to get response because Post \"https://x/\": context deadline exceeded (Client.Timeout exceeded while "
       "awaiting headers)",
       "timed_out"},
      {"ClientError.NetworkError", "Fail to get response because Post \"https://x/\": EOF", "network_failed"},
      {"ClientError.HttpStatusCodeError",
       "Request fail with http status code: 502 Bad Gateway, with body: ", "bad_response"},
      {"ClientError.ParseJsonError", "Fail to parse json content: <html>", "bad_response"},
      // tencentcloud-sdk-python
      {"ClientNetworkError",
       "HTTPSConnectionPool(host='x', port=443): Max retries exceeded with url: / (Caused by NewConnectionError('...: "
       "Failed to establish a new connection: [Errno 111] Connection refused'))",
       "not_sent"},
      {"ClientNetworkError", "HTTPSConnectionPool(host='x', port=443): Read timed out. (read timeout=60)", "timed_out"},
      {"ServerNetworkError", "b'<html>'", "bad_response"},
      // tencentcloud-sdk-java 3.1
      {"ServerSideError", "response code is 502, not 200", "bad_response"},
  };
  for (const expected& x : all) {
    const tccode::explanation e = tccode::explain(x.code, x.message, lang::en);
    INFO(std::string(x.code) << ": " << std::string(x.message));
    REQUIRE(e.judgement() != nullptr);
    CHECK(e.judgement()->id == x.judgement);
    // A request that was not sent did not run: even a create is retried; otherwise it may have run.
    const bool sent = x.judgement != "not_sent" && x.judgement != "client_error";
    CHECK(e.may_have_executed() == sent);
    if (x.judgement == "not_sent") {
      CHECK(first_retry(e, false) == retry_action::retry);
    } else if (x.judgement != "client_error") {
      CHECK(first_retry(e, false) == retry_action::stop);
      CHECK(first_retry(e, true) == retry_action::retry);
    } else {
      CHECK(first_retry(e, true) == retry_action::stop);
    }
  }
  // The SDKs' codes are tccode's own rows, marked so.
  const tccode::code_row* network = tccode::common.find("NetworkError");
  REQUIRE(network != nullptr);
  CHECK((network->flags & tccode::code_row::tccode_own) != 0);
  CHECK((network->flags & tccode::code_row::message_decides) != 0);
}

TEST_CASE("api3: a ClientToken makes a create idempotent", "[api3][client_token]") {
  STATIC_REQUIRE(tccode::takes_client_token("cbs", "CreateDisks"));
  STATIC_REQUIRE(tccode::takes_client_token("cbs", "CreateDisks", "2017-03-12"));
  STATIC_REQUIRE(tccode::takes_client_token("cbs", "CreateDisks", "v20170312"));
  STATIC_REQUIRE(!tccode::takes_client_token("cbs", "CreateDisks", "2020-01-01"));
  STATIC_REQUIRE(!tccode::takes_client_token("cbs", "DescribeDisks"));
  STATIC_REQUIRE(tccode::takes_client_token("vpc", "CreateVpc") == tccode::takes_client_token("vpc", "CreateVpc", ""));
  std::size_t actions = 0;
  for (const tccode::detail::client_token_action& a : tccode::detail::client_token_actions) {
    CHECK(tccode::takes_client_token(a.product, a.action, a.version));
    ++actions;
  }
  CHECK(actions == 78);
  // An InternalError of CreateDisks: retried with its ClientToken, not without.
  const bool with_token = tccode::takes_client_token("cbs", "CreateDisks");
  CHECK(first_retry(tccode::explain("InternalError", ""), with_token) == retry_action::retry);
  CHECK(first_retry(tccode::explain("InternalError", ""), false) == retry_action::stop);
  // A repeated token while the first request runs: wait, and retry with the same token.
  for (const auto code : {"UnsupportedOperation.IdempotentProcessing"sv, "FailedOperation.ClientTokenInUse"sv,
                          "FailedOperation.DuplicatedRequest"sv}) {
    const tccode::explanation e = tccode::explain(code, "");
    INFO(std::string(code));
    CHECK(e.judgement()->id == "token_in_progress");
    CHECK(first_retry(e, false) == retry_action::retry);
  }
}

TEST_CASE("api3: error codes and conditions", "[api3][system_error]") {
  const tccode::explanation e = tccode::explain("InternalError", "boom", lang::en);
  const std::error_code ec = tccode::make_error_code(e);
  CHECK(ec.value() == tccode::code_value("InternalError"));
  CHECK(std::string(ec.category().name()) == "tccode.common.InternalError.en");
  CHECK(ec.message() == "Internal error.");
  CHECK(ec == condition::retryable);
  CHECK(ec == condition::may_have_executed);
  CHECK(ec == condition::server_error);
  CHECK(ec != condition::client_error);
  CHECK(tccode::make_error_code(e, false) != condition::retryable);  // as decide decides for a create
  const std::error_code invalid = tccode::make_error_code(tccode::explain("InvalidParameterValue", ""));
  CHECK(invalid == std::errc::invalid_argument);
  CHECK(invalid == condition::client_error);
  CHECK(tccode::make_error_code(tccode::explain("RequestLimitExceeded", "")) == condition::throttled);
  CHECK(tccode::make_error_code(tccode::explain("AuthFailure.SecretIdNotFound", "")) == condition::auth_error);
  CHECK(tccode::make_error_code(tccode::explain("UnauthorizedOperation", "")) == std::errc::permission_denied);
  // An unlisted code: its value is its own; the message says how it was judged.
  const std::error_code child = tccode::make_error_code(tccode::explain("ResourceInUse.DiskMigrating", "", lang::en));
  CHECK(child.value() == tccode::code_value("ResourceInUse.DiskMigrating"));
  CHECK(child.message() == "(judged as ResourceInUse) The resource is in use.");
  CHECK(tccode::make_error_code(tccode::explain("Foo.Bar", "", lang::en)).message() ==
        "unknown code " + std::to_string(tccode::code_value("Foo.Bar")));
  // Same code, two meanings: an API 2.0 code and an API 3.0 value never share a category.
  CHECK(tccode::make_error_code(tccode::explain(4000, "")).category() != invalid.category());
}

TEST_CASE("api3: a temporary code or message (the C++ SDK's) is kept", "[api3][lifetime]") {
  struct sdk_error {  // tencentcloud-sdk-cpp's Core::Error returns std::string by value
    [[nodiscard]] std::string GetErrorCode() const { return code; }        // NOLINT(readability-identifier-naming)
    [[nodiscard]] std::string GetErrorMessage() const { return message; }  // NOLINT(readability-identifier-naming)
    std::string code;
    std::string message;
  };
  const sdk_error err{"ResourceInUse.DiskMigrating", std::string(64, 'm')};
  const auto e = tccode::explain(err.GetErrorCode(), err.GetErrorMessage(), tccode::common, lang::en);
  static_assert(std::is_same<std::remove_cv_t<decltype(e)>, tccode::owned_explanation>::value, "owned");
  CHECK(e->code_string() == "ResourceInUse.DiskMigrating");
  CHECK(e->detail() == std::string(64, 'm'));
  CHECK(e->judged_by()->code == "ResourceInUse");
  const tccode::owned_explanation copy = e;  // explained again, on its own strings
  CHECK(copy->code_string().data() != e->code_string().data());
  CHECK(copy->judged_by() == e->judged_by());
  CHECK(tccode::make_error_code(tccode::explain(err.GetErrorCode(), err.GetErrorMessage())).value() ==
        tccode::code_value("ResourceInUse.DiskMigrating"));
  CHECK(tccode::decide(policy, tccode::explain(err.GetErrorCode(), err.GetErrorMessage()), 1, 0.5).action ==
        retry_action::retry);
  // A code that is a literal, with a temporary message.
  const auto literal = tccode::explain("InternalError", err.GetErrorMessage(), lang::en);
  CHECK(literal->code_string() == "InternalError");
}

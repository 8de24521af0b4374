// SPDX-License-Identifier: MIT
// explain: the advice of every code, the module rows, the text accessors and the canonical status.
#include <tccode/tccode.hpp>

#include <string>
#include <string_view>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;
using tccode::condition;
using tccode::retry_advice;

struct semantics {
  int code;
  retry_advice retry;
  bool auth;
  tccode::canonical_code canonical;
};

// Every listed code, what the issue and the document say of it (typed here, not read from the table).
constexpr semantics listed[] = {
    {4000, retry_advice::never, false, tccode::canonical_code::invalid_argument},
    {4100, retry_advice::never, true, tccode::canonical_code::unauthenticated},
    {4200, retry_advice::resign, true, tccode::canonical_code::unauthenticated},
    {4300, retry_advice::never, true, tccode::canonical_code::permission_denied},
    {4400, retry_advice::throttled, false, tccode::canonical_code::resource_exhausted},
    {4500, retry_advice::resign, true, tccode::canonical_code::unauthenticated},
    {4600, retry_advice::never, false, tccode::canonical_code::unimplemented},
    {5000, retry_advice::never, false, tccode::canonical_code::not_found},
    {5100, retry_advice::backoff, false, tccode::canonical_code::unavailable},
    {5200, retry_advice::never, false, tccode::canonical_code::failed_precondition},
    {5300, retry_advice::never, false, tccode::canonical_code::failed_precondition},
    {5400, retry_advice::never, false, tccode::canonical_code::unknown},
    {5500, retry_advice::never, false, tccode::canonical_code::permission_denied},
    {6000, retry_advice::backoff, false, tccode::canonical_code::internal},
    {6100, retry_advice::never, false, tccode::canonical_code::unimplemented},
    {6200, retry_advice::backoff, false, tccode::canonical_code::unavailable},
    {100193, retry_advice::never, false, tccode::canonical_code::failed_precondition},
};

}  // namespace

TEST_CASE("explain: the advice, conditions and status of every listed code", "[explain][condition]") {
  std::size_t checked = 0;
  for (const semantics& s : listed) {
    INFO("code " << s.code);
    const tccode::explanation e = tccode::explain(s.code, "  the server's words ");
    REQUIRE(e.public_row() == tccode::lookup(tccode::public_codes, s.code));
    REQUIRE(e.public_row() != nullptr);
    CHECK(e.code() == s.code);
    CHECK(e.retry() == s.retry);
    CHECK(e.canonical() == s.canonical);
    CHECK(!e.module_code());
    CHECK(e.module_row() == nullptr);
    CHECK(e.detail() == "the server's words");
    CHECK(!e.success());
    CHECK(tccode::detail::matches(condition::retryable, e) == (s.retry != retry_advice::never));
    CHECK(tccode::detail::matches(condition::throttled, e) == (s.retry == retry_advice::throttled));
    CHECK(tccode::detail::matches(condition::resign, e) == (s.retry == retry_advice::resign));
    CHECK(tccode::detail::matches(condition::client_error, e) == (s.code / 1000 == 4));
    CHECK(tccode::detail::matches(condition::server_error, e) == (s.code / 1000 == 6));
    CHECK(tccode::detail::matches(condition::auth_error, e) == s.auth);
    // Text in the explanation's language, or in the one asked for.
    CHECK(e.type() == e.public_row()->zh.type);
    CHECK(e.type(tccode::lang::en) == e.public_row()->en.type);
    CHECK(e.description() == e.public_row()->zh.description);
    CHECK(e.remedy(tccode::lang::en) == e.public_row()->en.remedy);
    ++checked;
  }
  CHECK(checked == tccode::public_codes.size());
}

TEST_CASE("explain: codes that are not listed", "[explain]") {
  struct unlisted {
    int code;
    retry_advice retry;
    tccode::canonical_code canonical;
  };
  for (const unlisted& u : {unlisted{6001, retry_advice::backoff, tccode::canonical_code::unavailable},
                            unlisted{6999, retry_advice::backoff, tccode::canonical_code::unavailable},
                            unlisted{7000, retry_advice::never, tccode::canonical_code::unknown},
                            unlisted{5999, retry_advice::never, tccode::canonical_code::unknown},
                            unlisted{4102, retry_advice::never, tccode::canonical_code::unknown},
                            unlisted{-6000, retry_advice::never, tccode::canonical_code::unknown},
                            unlisted{-2147483647 - 1, retry_advice::never, tccode::canonical_code::unknown},
                            unlisted{2147483647, retry_advice::never, tccode::canonical_code::unknown}}) {
    INFO("code " << u.code);
    const tccode::explanation e = tccode::explain(u.code, "(7)odd");
    CHECK(e.public_row() == nullptr);
    CHECK(e.retry() == u.retry);
    CHECK(e.canonical() == u.canonical);
    CHECK(e.module_code() == 7);
    CHECK(e.detail() == "odd");
    CHECK(e.type().empty());
    CHECK(e.description().empty());
    CHECK(e.remedy().empty());
  }
  CHECK(tccode::detail::matches(condition::client_error, tccode::explain(4102, "")));
  CHECK(tccode::detail::matches(condition::server_error, tccode::explain(6300, "")));
  CHECK(!tccode::detail::matches(condition::auth_error, tccode::explain(4101, "")));
}

TEST_CASE("explain: every module row, with the right and the wrong table", "[explain]") {
  const auto check_table = [](const auto& right, const auto& other) {
    for (const tccode::row& r : right) {
      INFO("module code " << r.code);
      const std::string message = "(" + std::to_string(r.code) + ")" + std::string(r.zh.description);
      const tccode::explanation e = tccode::explain(5100, message, right);
      CHECK(e.module_code() == r.code);
      CHECK(e.module_row() == &r);
      CHECK(e.detail() == r.zh.description);
      CHECK(e.description() == r.zh.description);
      CHECK(e.description(tccode::lang::en) == r.en.description);
      // Every module row of the document asks the caller to change the request or the account.
      CHECK(r.retry == retry_advice::never);
      CHECK(e.retry() == retry_advice::never);  // the module row's advice overrides 5100's backoff
      // The remedy is the row's; where the row has none, not 5100's "retry later", which is wrong here.
      CHECK(e.remedy() == r.zh.remedy);
      CHECK(e.canonical() == *r.canonical);

      // The other table: the same number means something else, or nothing.
      const tccode::explanation wrong = tccode::explain(5100, message, other);
      CHECK(wrong.module_code() == r.code);
      CHECK(wrong.module_row() == tccode::lookup(other, r.code));
      CHECK(wrong.detail() == r.zh.description);  // the server's text survives either way
    }
  };
  check_table(tccode::project_crud, tccode::project_query);
  check_table(tccode::project_query, tccode::project_crud);
}

TEST_CASE("explain: the document's example and success", "[explain]") {
  const std::string_view message = "(100004)projectId不正确";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud);
  CHECK(e.code() == 5100);
  REQUIRE(e.public_row());
  CHECK(e.public_row()->name == "resource_operation_failed");
  CHECK(e.module_code() == 100004);
  CHECK(e.module_row() == nullptr);  // 100004 is in neither project table
  CHECK(e.detail() == "projectId不正确");
  CHECK(e.detail().data() == message.data() + 8);  // a view into the message
  CHECK(e.retry() == retry_advice::backoff);       // no module row: the public code's advice
  CHECK(e.remedy() == e.public_row()->zh.remedy);  // and the public code's remedy
  CHECK(e.description() == e.public_row()->zh.description);

  const tccode::explanation ok = tccode::explain(0, "");
  CHECK(ok.success());
  CHECK(ok.public_row() == nullptr);
  CHECK(!ok.module_code());
  CHECK(ok.retry() == retry_advice::never);
  CHECK(ok.canonical() == tccode::canonical_code::ok);
  CHECK(tccode::explain(0, "success").detail() == "success");
  CHECK(tccode::explain(0, "(1036)x", tccode::project_crud).retry() == retry_advice::never);
}

namespace {
constexpr tccode::table storage{
    "storage",
    {tccode::make_row(31, "bucket_missing")
         .with_description("存储桶不存在", "The bucket does not exist")
         .with_remedy("请先创建存储桶。", "Create it first.")
         .with_retry(retry_advice::never),
     tccode::make_row(32, "bucket_full").with_description("存储桶已满", "The bucket is full"),
     tccode::make_row(33, "bucket_busy")
         .with_description("存储桶忙", "The bucket is busy")
         .with_retry(retry_advice::backoff)
         .with_canonical(tccode::canonical_code::aborted)}};
}  // namespace

TEST_CASE("explain: a user's table end to end", "[explain][user-table]") {
  const tccode::explanation e = tccode::explain(5100, "(31) no such bucket", storage, tccode::lang::en);
  REQUIRE(e.module_row());
  CHECK(e.module_row()->name == "bucket_missing");
  CHECK(e.remedy() == "Create it first.");
  CHECK(e.detail() == "no such bucket");
  CHECK(e.retry() == retry_advice::never);
  CHECK(e.canonical() == tccode::canonical_code::unknown);  // the row names none, its advice implies none
  // A row without advice or remedy leaves the public code's.
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).module_row()->zh.description == "存储桶已满"sv);
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).retry() == retry_advice::backoff);
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).remedy() == tccode::public_codes[8].zh.remedy);
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).canonical() == tccode::canonical_code::unavailable);
  STATIC_REQUIRE(tccode::explain(6000, "(33)", storage).canonical() == tccode::canonical_code::aborted);
  // A remedy the module row overrides the advice of is not shown: 4400's "submit a ticket" holds
  // for a quota, not for a busy bucket.
  STATIC_REQUIRE(tccode::explain(4400, "(33)", storage).remedy().empty());
}

TEST_CASE("explain is constexpr and noexcept", "[explain][constexpr]") {
  STATIC_REQUIRE(tccode::explain(5100, "(1036)x", tccode::project_crud).module_row()->name == "project_name_exists"sv);
  STATIC_REQUIRE(tccode::explain(5100, "(9003)x", tccode::project_query).module_row()->name ==
                 "invalid_query_parameter"sv);
  STATIC_REQUIRE(tccode::explain(4100, "bad sig").type() == "鉴权失败"sv);
  STATIC_REQUIRE(tccode::explain(4100, "bad sig", tccode::lang::en).type() == "Authentication failed"sv);
  STATIC_REQUIRE(tccode::explain(0, "").success());
  STATIC_REQUIRE(tccode::explain(4400, "").canonical() == tccode::canonical_code::resource_exhausted);
  STATIC_REQUIRE(tccode::explain(5100, "(1036)x", tccode::project_crud).retry() == retry_advice::never);
  STATIC_REQUIRE(tccode::explain(5100, "(1036)x", tccode::project_crud).remedy() == "请更换项目名称。"sv);
  STATIC_REQUIRE(tccode::name(retry_advice::resign) == "resign"sv);
  STATIC_REQUIRE(tccode::name(tccode::canonical_code::invalid_argument) == "invalid_argument"sv);
  STATIC_REQUIRE(tccode::describe(retry_advice::backoff, tccode::lang::en) == "retry after a backoff"sv);
  // noexcept of the functions, not of converting the arguments (libc++'s string_view(const char*) is not).
  STATIC_REQUIRE(noexcept(tccode::explain(0, std::string_view())));
  STATIC_REQUIRE(noexcept(tccode::explain(0, std::string_view(), tccode::service())));
}

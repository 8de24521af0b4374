// SPDX-License-Identifier: MIT
// retry_for, conditions, explain and the canonical status codes.
#include <tccode/status.hpp>
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

// Every listed code, what the issue and the document say of it.
constexpr semantics listed[] = {
    {4000, retry_advice::never, false, tccode::canonical_code::invalid_argument},
    {4100, retry_advice::never, true, tccode::canonical_code::unauthenticated},
    {4200, retry_advice::after_resign, true, tccode::canonical_code::unauthenticated},
    {4300, retry_advice::never, true, tccode::canonical_code::permission_denied},
    {4400, retry_advice::throttled, false, tccode::canonical_code::resource_exhausted},
    {4500, retry_advice::after_resign, true, tccode::canonical_code::unauthenticated},
    {4600, retry_advice::never, false, tccode::canonical_code::unimplemented},
    {5000, retry_advice::never, false, tccode::canonical_code::not_found},
    {5100, retry_advice::after_backoff, false, tccode::canonical_code::unavailable},
    {5200, retry_advice::never, false, tccode::canonical_code::failed_precondition},
    {5300, retry_advice::never, false, tccode::canonical_code::failed_precondition},
    {5400, retry_advice::never, false, tccode::canonical_code::unknown},
    {5500, retry_advice::never, false, tccode::canonical_code::permission_denied},
    {6000, retry_advice::after_backoff, false, tccode::canonical_code::internal},
    {6100, retry_advice::never, false, tccode::canonical_code::unimplemented},
    {6200, retry_advice::after_backoff, false, tccode::canonical_code::unavailable},
    {100193, retry_advice::never, false, tccode::canonical_code::failed_precondition},
};

}  // namespace

TEST_CASE("retry_for and the conditions of every listed code", "[retry][condition]") {
  std::size_t checked = 0;
  for (const semantics& s : listed) {
    INFO("code " << s.code);
    REQUIRE(tccode::lookup(tccode::public_codes, s.code));
    CHECK(tccode::retry_for(s.code) == s.retry);
    CHECK(tccode::matches(condition::retryable, s.code) == (s.retry != retry_advice::never));
    CHECK(tccode::matches(condition::throttled, s.code) == (s.retry == retry_advice::throttled));
    CHECK(tccode::matches(condition::needs_resign, s.code) == (s.retry == retry_advice::after_resign));
    CHECK(tccode::matches(condition::client_error, s.code) == (s.code / 1000 == 4));
    CHECK(tccode::matches(condition::server_error, s.code) == (s.code / 1000 == 6));
    CHECK(tccode::matches(condition::auth_error, s.code) == s.auth);
    CHECK(tccode::canonical_code_for(s.code) == s.canonical);
    ++checked;
  }
  CHECK(checked == tccode::public_codes.size());
}

TEST_CASE("retry_for of codes not in the table", "[retry]") {
  CHECK(tccode::retry_for(0) == retry_advice::never);
  CHECK(tccode::retry_for(6001) == retry_advice::after_backoff);
  CHECK(tccode::retry_for(6999) == retry_advice::after_backoff);
  CHECK(tccode::retry_for(7000) == retry_advice::never);
  CHECK(tccode::retry_for(5999) == retry_advice::never);
  CHECK(tccode::retry_for(4102) == retry_advice::never);
  CHECK(tccode::retry_for(-6000) == retry_advice::never);
  CHECK(tccode::retry_for(-2147483647 - 1) == retry_advice::never);
  CHECK(tccode::retry_for(2147483647) == retry_advice::never);
  CHECK(tccode::canonical_code_for(0) == tccode::canonical_code::ok);
  CHECK(tccode::canonical_code_for(6300) == tccode::canonical_code::unavailable);
  CHECK(tccode::canonical_code_for(4102) == tccode::canonical_code::unknown);
  CHECK(tccode::name(tccode::canonical_code::invalid_argument) == "INVALID_ARGUMENT");
  CHECK(tccode::name(tccode::canonical_code::unauthenticated) == "UNAUTHENTICATED");
  CHECK(tccode::name(retry_advice::after_resign) == "after_resign");
}

TEST_CASE("conditions of codes not in the table follow their class", "[condition]") {
  CHECK(tccode::matches(condition::client_error, 4102));
  CHECK(!tccode::matches(condition::client_error, 5100));
  CHECK(tccode::matches(condition::server_error, 6300));
  CHECK(tccode::matches(condition::retryable, 6300));
  CHECK(!tccode::matches(condition::retryable, 0));
  CHECK(!tccode::matches(condition::auth_error, 4101));
  CHECK(tccode::class_of(0) == tccode::code_class::success);
  CHECK(tccode::class_of(4999) == tccode::code_class::client);
  CHECK(tccode::class_of(5000) == tccode::code_class::resource);
  CHECK(tccode::class_of(6999) == tccode::code_class::server);
  CHECK(tccode::class_of(100193) == tccode::code_class::other);
  CHECK(tccode::class_of(-4000) == tccode::code_class::other);
  CHECK(tccode::name(tccode::code_class::client) == "client error");
  CHECK(tccode::name(tccode::class_of(100193)) == "error");
}

TEST_CASE("explain: every public code, with and without a module prefix", "[explain]") {
  for (const tccode::row& r : tccode::public_codes) {
    INFO("code " << r.code);
    const tccode::explanation plain = tccode::explain(r.code, "  the server's words ");
    CHECK(plain.code == r.code);
    REQUIRE(plain.public_entry);
    CHECK(plain.public_entry->type == r.zh.type);
    CHECK(plain.public_entry->remedy == r.zh.remedy);
    CHECK(!plain.module_code);
    CHECK(!plain.module_entry);
    CHECK(plain.detail == "the server's words");
    CHECK(plain.retry == tccode::retry_for(r.code));
    CHECK(!plain.success());

    const tccode::explanation english = tccode::explain(r.code, "(1036)x", tccode::project_crud, tccode::lang::en);
    REQUIRE(english.public_entry);
    CHECK(english.public_entry->type == r.en.type);
    CHECK(english.module_code == 1036);
    REQUIRE(english.module_entry);
    CHECK(english.module_entry->description == "A project with this name already exists");
    CHECK(english.detail == "x");
    CHECK(english.language == tccode::lang::en);
    CHECK(plain.language == tccode::lang::zh);
    // 1036 (the name is taken) advises never, whatever the public code advised.
    CHECK(english.retry == retry_advice::never);
  }
}

TEST_CASE("explain: every module row, with the right and the wrong table", "[explain]") {
  const auto check_table = [](const auto& right, const auto& other) {
    for (const tccode::row& r : right) {
      INFO("module code " << r.code);
      const std::string message = "(" + std::to_string(r.code) + ")" + std::string(r.zh.description);
      const tccode::explanation e = tccode::explain(5100, message, right);
      CHECK(e.module_code == r.code);
      REQUIRE(e.module_entry);
      CHECK(e.module_entry->description == r.zh.description);
      CHECK(e.module_entry->remedy == r.zh.remedy);
      CHECK(e.detail == r.zh.description);
      // Every module row of the document asks the caller to change the request or the account.
      CHECK(r.retry == retry_advice::never);
      CHECK(e.module_entry->retry == r.retry);
      CHECK(e.retry == *r.retry);  // the module row's advice overrides 5100's after_backoff

      // The other table: the same number means something else, or nothing.
      const tccode::explanation wrong = tccode::explain(5100, message, other);
      CHECK(wrong.module_code == r.code);
      if (const auto there = tccode::lookup(other, r.code)) {
        REQUIRE(wrong.module_entry);
        CHECK(wrong.module_entry->description == there->description);
        CHECK(wrong.module_entry->description != r.zh.description);
      } else {
        CHECK(!wrong.module_entry);
      }
      CHECK(wrong.detail == r.zh.description);  // the server's text survives either way
    }
  };
  check_table(tccode::project_crud, tccode::project_query);
  check_table(tccode::project_query, tccode::project_crud);
}

TEST_CASE("explain: the document's example and unknown codes", "[explain]") {
  const std::string_view message = "(100004)projectId不正确";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud);
  CHECK(e.code == 5100);
  REQUIRE(e.public_entry);
  CHECK(e.public_entry->name == "resource_operation_failed");
  CHECK(e.module_code == 100004);
  CHECK(!e.module_entry);  // 100004 is in neither project table
  CHECK(e.detail == "projectId不正确");
  CHECK(e.detail.data() == message.data() + 8);   // a view into the message
  CHECK(e.retry == retry_advice::after_backoff);  // no module row: the public code's advice

  const tccode::explanation unknown = tccode::explain(4102, "(7)odd");
  CHECK(!unknown.public_entry);
  CHECK(unknown.module_code == 7);
  CHECK(unknown.detail == "odd");
  CHECK(unknown.retry == retry_advice::never);
  CHECK(tccode::explain(6300, "").retry == retry_advice::after_backoff);
  CHECK(!tccode::explain(-1, "x").public_entry);
}

TEST_CASE("explain: success", "[explain]") {
  const tccode::explanation ok = tccode::explain(0, "");
  CHECK(ok.success());
  CHECK(ok.code == 0);
  CHECK(!ok.public_entry);
  CHECK(!ok.module_code);
  CHECK(ok.detail.empty());
  CHECK(ok.retry == retry_advice::never);
  CHECK(tccode::explain(0, "success").detail == "success");
}

namespace {
constexpr tccode::table storage{
    "storage",
    {tccode::make_row(31, "bucket_missing")
         .with_description("存储桶不存在", "The bucket does not exist")
         .with_remedy("请先创建存储桶。", "Create it first.")
         .with_retry(retry_advice::never),
     tccode::make_row(32, "bucket_full").with_description("存储桶已满", "The bucket is full")}};
}  // namespace

TEST_CASE("explain: a user's table end to end", "[explain][user-table]") {
  const tccode::explanation e = tccode::explain(5100, "(31) no such bucket", storage, tccode::lang::en);
  REQUIRE(e.module_entry);
  CHECK(e.module_entry->name == "bucket_missing");
  CHECK(e.module_entry->remedy == "Create it first.");
  CHECK(e.detail == "no such bucket");
  CHECK(e.retry == retry_advice::never);
  CHECK(tccode::to_string(e) ==
        "5100 Resource operation failed: (31) no such bucket [do not retry: the same request fails again]");
  // A row without advice leaves the public code's.
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).module_entry->description == "存储桶已满"sv);
  STATIC_REQUIRE(tccode::explain(5100, "(32)", storage).retry == retry_advice::after_backoff);
}

TEST_CASE("explain and retry_for are constexpr and noexcept", "[explain][retry][constexpr]") {
  STATIC_REQUIRE(tccode::retry_for(5100) == retry_advice::after_backoff);
  STATIC_REQUIRE(tccode::retry_for(4400) == retry_advice::throttled);
  STATIC_REQUIRE(tccode::retry_for(4500) == retry_advice::after_resign);
  STATIC_REQUIRE(tccode::retry_for(6999) == retry_advice::after_backoff);
  STATIC_REQUIRE(tccode::retry_for(0) == retry_advice::never);
  STATIC_REQUIRE(tccode::explain(5100, "(1036)x", tccode::project_crud).module_entry->name == "project_name_exists"sv);
  STATIC_REQUIRE(tccode::explain(5100, "(9003)x", tccode::project_query).module_entry->name ==
                 "invalid_query_parameter"sv);
  STATIC_REQUIRE(tccode::explain(4100, "bad sig").public_entry->type == "鉴权失败"sv);
  STATIC_REQUIRE(tccode::explain(0, "").success());
  STATIC_REQUIRE(tccode::matches(condition::auth_error, 4500));
  STATIC_REQUIRE(tccode::canonical_code_for(4400) == tccode::canonical_code::resource_exhausted);
  STATIC_REQUIRE(tccode::explain(5100, "(1036)x", tccode::project_crud).retry == retry_advice::never);
  // noexcept of the functions, not of converting the arguments (libc++'s string_view(const char*) is not).
  STATIC_REQUIRE(noexcept(tccode::explain(0, std::string_view())));
  STATIC_REQUIRE(noexcept(tccode::explain(0, std::string_view(), tccode::table_view())));
  STATIC_REQUIRE(noexcept(tccode::explain(0, std::string_view(), tccode::generic)));
  STATIC_REQUIRE(noexcept(tccode::retry_for(0)));
}

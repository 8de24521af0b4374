// SPDX-License-Identifier: MIT
// Services: a service's own meaning of public codes reaches every consumer of the meaning, module
// tables explain its messages in order, and two services do not interfere.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;
using tccode::canonical_code;
using tccode::condition;
using tccode::lang;
using tccode::retry_advice;

// A different advice for each advice, so that an override always shows.
constexpr retry_advice turned(retry_advice a) {
  switch (a) {
    case retry_advice::never:
      return retry_advice::throttled;
    case retry_advice::throttled:
      return retry_advice::backoff;
    case retry_advice::backoff:
      return retry_advice::resign;
    case retry_advice::resign:
      break;
  }
  return retry_advice::never;
}

// Every public code of the document, overridden: its own type, description, remedy, advice and
// canonical code (aborted, which no built-in row uses).
constexpr tccode::table<17> every_code_overridden() {
  tccode::row rows[17];
  for (std::size_t i = 0; i < 17; ++i) {
    const tccode::row& generic = tccode::public_codes[i];
    rows[i] = tccode::make_row(generic.code, generic.name)
                  .with_type("覆盖的类型", "Overridden type")
                  .with_description("覆盖的描述", "Overridden description")
                  .with_remedy("覆盖的建议", "Overridden remedy")
                  .with_retry(turned(*generic.retry))
                  .with_canonical(canonical_code::aborted);
  }
  return tccode::table<17>{"everything", rows};
}

constexpr tccode::table<17> everything_rows = every_code_overridden();
constexpr tccode::service everything{"everything", everything_rows};

// Two services that give 4400 different meanings, and one that adds a code the document lacks.
constexpr tccode::row queue_rows[] = {
    tccode::make_row(4400, "message_too_large")
        .with_type("消息过大", "Message too large")
        .with_description("消息大小超过队列的上限。", "The message is larger than the queue's maximum.")
        .with_retry(retry_advice::never)
        .with_canonical(canonical_code::invalid_argument),
    tccode::make_row(4420, "qps_throttled")
        .with_type("QPS 限流", "QPS throttled")
        .with_description("请求超过 QPS 限制。", "The requests exceed the QPS limit.")
        .with_retry(retry_advice::throttled),
};
constexpr tccode::table queue_overrides{"queue", queue_rows};
constexpr tccode::row store_rows[] = {
    tccode::make_row(4400, "bucket_quota")
        .with_type("存储配额已满", "Storage quota full")
        .with_description("存储桶已满。", "The bucket is full.")
        .with_retry(retry_advice::backoff),
};
constexpr tccode::table store_overrides{"store", store_rows};

// Module tables: the first that has a code explains it.
constexpr tccode::row first_rows[] = {
    tccode::make_row(10, "ten_first").with_description("十", "ten, first table").with_retry(retry_advice::never),
    tccode::make_row(20, "twenty").with_description("二十", "twenty").with_retry(retry_advice::throttled),
};
constexpr tccode::table first_table{"first", first_rows};
constexpr tccode::row second_rows[] = {
    tccode::make_row(10, "ten_second").with_description("十", "ten, second table").with_retry(retry_advice::backoff),
    tccode::make_row(30, "thirty").with_description("三十", "thirty"),
};
constexpr tccode::table second_table{"second", second_rows};
constexpr tccode::table_view queue_modules[] = {first_table, second_table};

constexpr tccode::service queue{"queue", queue_overrides, queue_modules};
constexpr tccode::service store{"store", store_overrides};
constexpr tccode::service public_service;

// What each condition means, typed here from its definition (not read from tccode).
bool expected(condition c, int code, retry_advice advice) {
  switch (c) {
    case condition::retryable:
      return advice != retry_advice::never;
    case condition::throttled:
      return advice == retry_advice::throttled;
    case condition::resign:
      return advice == retry_advice::resign;
    case condition::client_error:
      return code >= 4000 && code <= 4999;
    case condition::server_error:
      return code >= 6000 && code <= 6999;
    case condition::auth_error:
      return false;  // the overriding rows do not say so (row::auth_error): the meaning is theirs
    case condition::may_have_executed:
      return true;  // nor whether the call ran (row::executed unknown): it may have
  }
  return false;
}

constexpr condition every_condition[] = {condition::retryable,        condition::throttled,    condition::resign,
                                         condition::client_error,     condition::server_error, condition::auth_error,
                                         condition::may_have_executed};

}  // namespace

TEST_CASE("every public code overridden: every consumer of the meaning shows the override", "[service]") {
  std::size_t checked = 0;
  for (const tccode::row& generic : tccode::public_codes) {
    const int code = generic.code;
    const retry_advice advice = turned(*generic.retry);
    INFO("code " << code);
    REQUIRE(advice != *generic.retry);

    // explain and the advice
    const tccode::explanation e = tccode::explain(code, "(77) the server's words", everything, lang::en);
    REQUIRE(e.public_row());
    CHECK(e.type() == "Overridden type");
    CHECK(e.description() == "Overridden description");
    CHECK(e.remedy() == "Overridden remedy");
    CHECK(tccode::explain(code, "x", everything).type() == "覆盖的类型");
    CHECK(e.retry() == advice);
    CHECK(tccode::explain(code, "").retry() == *generic.retry);  // the document's meaning is untouched

    // to_string
    CHECK(tccode::to_string(e) == std::to_string(code) + " Overridden type: (77) the server's words [" +
                                      std::string(tccode::describe(advice, lang::en)) + "]");

    // the error code: its category's name and message, no std::errc, and each condition
    const std::error_code ec = tccode::make_error_code(e);
    CHECK(std::string(ec.category().name()) == "tccode.everything.en");
    CHECK(ec.value() == code);
    CHECK(ec.message() == "Overridden type");
    CHECK(ec.default_error_condition().category() == ec.category());
    for (const condition c : every_condition) {
      INFO("condition " << static_cast<int>(c));
      CHECK((ec == c) == expected(c, code, advice));
      CHECK(tccode::detail::matches(c, e) == expected(c, code, advice));
    }
    CHECK(e.canonical() == canonical_code::aborted);
    CHECK(tccode::explain(code, "").canonical() == *generic.canonical);
    ++checked;
  }
  CHECK(checked == 17);
  // The document's std::errc holds only for the document's meaning.
  CHECK(std::error_code(tccode::public_code::invalid_parameter) == std::errc::invalid_argument);
  CHECK(tccode::make_error_code(tccode::explain(4000, "")) == std::errc::invalid_argument);
  CHECK(tccode::make_error_code(tccode::explain(4000, "", everything)) != std::errc::invalid_argument);
}

TEST_CASE("a service's own codes and the codes it leaves alone", "[service]") {
  // 4420 is not in the document: the service lists it.
  const tccode::explanation throttled = tccode::explain(4420, "qps limit", queue, lang::en);
  REQUIRE(throttled.public_row());
  CHECK(throttled.public_row()->name == "qps_throttled");
  CHECK(throttled.retry() == retry_advice::throttled);
  CHECK(!tccode::explain(4420, "qps limit").public_row());
  CHECK(tccode::explain(4420, "").retry() == retry_advice::never);
  CHECK(tccode::make_error_code(throttled) == condition::throttled);
  CHECK(tccode::make_error_code(throttled) == condition::client_error);
  CHECK(throttled.canonical() == canonical_code::resource_exhausted);  // from its advice
  // 6000 is not overridden: the document's meaning, advice and std::errc.
  const tccode::explanation internal = tccode::explain(6000, "", queue, lang::en);
  CHECK(internal.public_row()->name == "internal_error");
  CHECK(internal.retry() == retry_advice::backoff);
  CHECK(tccode::make_error_code(tccode::explain(6200, "", queue)) == std::errc::resource_unavailable_try_again);
  CHECK(tccode::make_error_code(internal).message() == "Internal server error");
  // An unlisted code stays unlisted.
  CHECK(!tccode::explain(4999, "", queue).public_row());
  CHECK(tccode::make_error_code(tccode::explain(4999, "", queue, lang::en)).message() == "4999 unlisted client error");
}

TEST_CASE("two services in one program do not interfere", "[service]") {
  const tccode::explanation q = tccode::explain(4400, "big", queue, lang::en);
  const tccode::explanation s = tccode::explain(4400, "full", store, lang::en);
  const tccode::explanation g = tccode::explain(4400, "quota", lang::en);
  CHECK(q.public_row()->name == "message_too_large");
  CHECK(s.public_row()->name == "bucket_quota");
  CHECK(g.public_row()->name == "quota_exceeded");
  CHECK(q.retry() == retry_advice::never);
  CHECK(s.retry() == retry_advice::backoff);
  CHECK(g.retry() == retry_advice::throttled);
  CHECK(q.canonical() == canonical_code::invalid_argument);
  CHECK(s.canonical() == canonical_code::unavailable);  // no canonical: from its advice
  CHECK(g.canonical() == canonical_code::resource_exhausted);

  const std::error_code qe = tccode::make_error_code(q);
  const std::error_code se = tccode::make_error_code(s);
  const std::error_code ge = tccode::make_error_code(g);
  CHECK(qe != se);
  CHECK(qe != ge);
  CHECK(std::string(qe.category().name()) == "tccode.queue.en");
  CHECK(std::string(se.category().name()) == "tccode.store.en");
  CHECK(std::string(ge.category().name()) == "tccode.public.en");
  CHECK(qe.message() == "Message too large");
  CHECK(se.message() == "Storage quota full");
  CHECK(ge.message() == "Quota exceeded");
  CHECK(qe != condition::retryable);
  CHECK(se == condition::retryable);
  CHECK(se != condition::throttled);
  CHECK(ge == condition::throttled);
  // One category for each service, module row and language: the same object every time.
  CHECK(&tccode::make_error_code(tccode::explain(4100, "", queue, lang::en)).category() == &qe.category());
  CHECK(&tccode::make_error_code(tccode::explain(4100, "", queue)).category() != &qe.category());
  CHECK(std::string(tccode::make_error_code(tccode::explain(4100, "", queue)).category().name()) == "tccode.queue.zh");
  CHECK(std::error_code(tccode::public_code::quota_exceeded).message() == "超过配额 (Quota exceeded)");
  CHECK(&std::error_code(tccode::public_code::quota_exceeded).category() == &tccode::public_category());
}

TEST_CASE("a service's module tables, in order, and the module advice", "[service][module]") {
  const tccode::explanation ten = tccode::explain(5100, "(10)x", queue, lang::en);
  REQUIRE(ten.module_row());
  CHECK(ten.module_row()->name == "ten_first");  // the first table that has 10
  CHECK(ten.retry() == retry_advice::never);
  CHECK(tccode::explain(5100, "(30)x", queue).module_row()->name == "thirty");
  // A module row without advice leaves the public code's.
  CHECK(tccode::explain(5100, "(30)x", queue, lang::en).retry() == retry_advice::backoff);
  CHECK(tccode::explain(5100, "(20)x", queue, lang::en).retry() == retry_advice::throttled);
  // A table is a service of its own: the document's public codes and that table.
  const tccode::explanation second = tccode::explain(5100, "(10)x", second_table, lang::en);
  CHECK(second.module_row()->name == "ten_second");
  CHECK(second.retry() == retry_advice::backoff);
  // Success stays success, whatever the module code's advice.
  CHECK(tccode::explain(0, "(20)x", queue).retry() == retry_advice::never);
  CHECK(tccode::explain(5100, "(1036)x", tccode::project_crud).canonical() == canonical_code::already_exists);
  CHECK(tccode::explain(5100, "(100004)x", tccode::project_crud).canonical() == canonical_code::unavailable);
  CHECK(ten.canonical() == canonical_code::unknown);  // never, and no canonical of its own

  STATIC_REQUIRE(queue.modules_end() - queue.modules_begin() == 2);
  STATIC_REQUIRE(queue.find_module(30)->name == "thirty"sv);
  STATIC_REQUIRE(queue.find_module(40) == nullptr);
  STATIC_REQUIRE(queue.find_public(4400)->name == "message_too_large"sv);
  STATIC_REQUIRE(queue.find_public(4100)->name == "auth_failed"sv);
  STATIC_REQUIRE(public_service.modules_end() == public_service.modules_begin());
  STATIC_REQUIRE(tccode::service(tccode::project_crud).find_module(1036)->name == "project_name_exists"sv);
  STATIC_REQUIRE(tccode::service().name() == "public"sv);
  STATIC_REQUIRE(tccode::explain(4420, "", queue).retry() == retry_advice::throttled);
  STATIC_REQUIRE(tccode::explain(4400, "", queue).canonical() == canonical_code::invalid_argument);
}

TEST_CASE("error codes of module rows meet the conditions of the explanation", "[service][module][system_error]") {
  const auto ec = [](int code, std::string_view message) {
    return tccode::make_error_code(tccode::explain(code, message, queue, lang::en));
  };
  CHECK(ec(5100, "(20)x") == condition::throttled);
  CHECK(ec(5100, "(20)x") == condition::retryable);
  CHECK(ec(5100, "(10)x") != condition::retryable);
  CHECK(ec(5100, "(30)x") == condition::retryable);  // no advice of its own: 5100's
  CHECK(ec(4100, "(30)x") != condition::retryable);  // ... and 4100's
  CHECK(ec(4100, "(30)x") == condition::auth_error);
  CHECK(ec(5100, "(99)x") == condition::retryable);  // not listed: 5100's
  CHECK(ec(5100, "(20)x") != condition::client_error);
  CHECK(ec(4000, "(20)x") == condition::client_error);
  CHECK(std::string(ec(5100, "(20)x").category().name()) == "tccode.queue.twenty.en");
  CHECK(ec(5100, "(20)x").message() == "Resource operation failed: twenty");
  CHECK(ec(5100, "(20)x").value() == 5100);
}

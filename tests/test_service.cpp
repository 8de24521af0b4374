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
      return retry_advice::after_backoff;
    case retry_advice::after_backoff:
      return retry_advice::after_resign;
    case retry_advice::after_resign:
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
        .with_retry(retry_advice::after_backoff),
};
constexpr tccode::table store_overrides{"store", store_rows};

// Module tables: the first that has a code explains it.
constexpr tccode::row first_rows[] = {
    tccode::make_row(10, "ten_first").with_description("十", "ten, first table").with_retry(retry_advice::never),
    tccode::make_row(20, "twenty").with_description("二十", "twenty").with_retry(retry_advice::throttled),
};
constexpr tccode::table first_table{"first", first_rows};
constexpr tccode::row second_rows[] = {
    tccode::make_row(10, "ten_second")
        .with_description("十", "ten, second table")
        .with_retry(retry_advice::after_backoff),
    tccode::make_row(30, "thirty").with_description("三十", "thirty"),
};
constexpr tccode::table second_table{"second", second_rows};
constexpr tccode::table_view queue_modules[] = {first_table, second_table};

constexpr tccode::service queue{"queue", queue_overrides, queue_modules};
constexpr tccode::service store{"store", store_overrides};

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("every public code overridden: every consumer of the meaning shows the override", "[service]") {
  const std::pair<condition, retry_advice> by_advice[] = {{condition::retryable, retry_advice::never},
                                                          {condition::throttled, retry_advice::throttled},
                                                          {condition::needs_resign, retry_advice::after_resign}};
  std::size_t checked = 0;
  for (const tccode::row& generic : tccode::public_codes) {
    const int code = generic.code;
    const retry_advice advice = turned(*generic.retry);
    INFO("code " << code);
    REQUIRE(advice != *generic.retry);

    // explain and the advice
    const tccode::explanation e = tccode::explain(code, "(77) the server's words", everything, lang::en);
    REQUIRE(e.public_entry);
    CHECK(e.public_entry->type == "Overridden type");
    CHECK(e.public_entry->description == "Overridden description");
    CHECK(e.public_entry->remedy == "Overridden remedy");
    CHECK(tccode::explain(code, "x", everything).public_entry->type == "覆盖的类型");
    CHECK(e.retry == advice);
    CHECK(tccode::retry_for(code, everything) == advice);
    CHECK(tccode::retry_for(code) == *generic.retry);  // the generic meaning is untouched

    // to_string and operator<<
    const std::string line = tccode::to_string(e);
    CHECK(line == std::to_string(code) + " Overridden type: (77) the server's words [" +
                      std::string(tccode::describe(advice, lang::en)) + "]");

    // the error category's message and std::errc
    const std::error_code ec = tccode::make_service_error_code<everything>(code);
    CHECK(std::string(ec.category().name()) == "tccode.everything");
    CHECK(ec.message() == "覆盖的类型 (Overridden type)");
    CHECK(ec.default_error_condition().category() == tccode::service_category<everything>());

    // each condition: the advice's follow the override, the others the code
    for (const auto& [c, advice_that_meets] : by_advice) {
      const bool expected = c == condition::retryable ? advice != retry_advice::never : advice == advice_that_meets;
      CHECK((ec == c) == expected);
      CHECK(tccode::matches(c, code, everything) == expected);
      CHECK(tccode::matches(c, e) == expected);
    }
    for (const condition c : {condition::client_error, condition::server_error, condition::auth_error}) {
      CHECK((ec == c) == tccode::matches(c, code));
      CHECK(tccode::matches(c, code, everything) == tccode::matches(c, code));
    }

    // the canonical code
    CHECK(tccode::canonical_code_for(code, everything) == canonical_code::aborted);
    CHECK(tccode::canonical_code_for(e) == canonical_code::aborted);
    CHECK(tccode::canonical_code_for(code) == *generic.canonical);
    ++checked;
  }
  CHECK(checked == 17);
  // The document's std::errc holds only for the document's meaning.
  CHECK(std::error_code(4000, tccode::public_category()) == std::errc::invalid_argument);
  CHECK(tccode::make_service_error_code<everything>(4000) != std::errc::invalid_argument);
}

TEST_CASE("a service's own codes and the codes it leaves alone", "[service]") {
  // 4420 is not in the document: the service lists it.
  const tccode::explanation throttled = tccode::explain(4420, "qps limit", queue, lang::en);
  REQUIRE(throttled.public_entry);
  CHECK(throttled.public_entry->name == "qps_throttled");
  CHECK(throttled.retry == retry_advice::throttled);
  CHECK(!tccode::explain(4420, "qps limit").public_entry);
  CHECK(tccode::retry_for(4420) == retry_advice::never);
  CHECK(tccode::make_service_error_code<queue>(4420) == condition::throttled);
  CHECK(tccode::make_service_error_code<queue>(4420) == condition::client_error);
  CHECK(tccode::canonical_code_for(4420, queue) == canonical_code::resource_exhausted);  // from its advice
  // 6000 is not overridden: the document's meaning, advice and std::errc.
  const tccode::explanation internal = tccode::explain(6000, "", queue, lang::en);
  CHECK(internal.public_entry->name == "internal_error");
  CHECK(internal.retry == retry_advice::after_backoff);
  CHECK(tccode::make_service_error_code<queue>(6200) == std::errc::resource_unavailable_try_again);
  CHECK(tccode::make_service_error_code<queue>(6000).message() ==
        tccode::make_error_code(tccode::public_code::internal_error).message());
  // An unlisted code stays unlisted.
  CHECK(!tccode::explain(4999, "", queue).public_entry);
  CHECK(contains(tccode::make_service_error_code<queue>(4999).message(), "4999 is not a listed public error code"));
}

TEST_CASE("two services in one program do not interfere", "[service]") {
  const tccode::explanation q = tccode::explain(4400, "big", queue, lang::en);
  const tccode::explanation s = tccode::explain(4400, "full", store, lang::en);
  const tccode::explanation g = tccode::explain(4400, "quota", lang::en);
  CHECK(q.public_entry->name == "message_too_large");
  CHECK(s.public_entry->name == "bucket_quota");
  CHECK(g.public_entry->name == "quota_exceeded");
  CHECK(q.retry == retry_advice::never);
  CHECK(s.retry == retry_advice::after_backoff);
  CHECK(g.retry == retry_advice::throttled);
  CHECK(tccode::canonical_code_for(4400, queue) == canonical_code::invalid_argument);
  CHECK(tccode::canonical_code_for(4400, store) == canonical_code::unavailable);  // no canonical: from its advice
  CHECK(tccode::canonical_code_for(4400) == canonical_code::resource_exhausted);

  const std::error_code qe = tccode::make_service_error_code<queue>(4400);
  const std::error_code se = tccode::make_service_error_code<store>(4400);
  const std::error_code ge = tccode::public_code::quota_exceeded;
  CHECK(qe != se);
  CHECK(qe != ge);
  CHECK(std::string(qe.category().name()) == "tccode.queue");
  CHECK(std::string(se.category().name()) == "tccode.store");
  CHECK(qe.message() == "消息过大 (Message too large)");
  CHECK(se.message() == "存储配额已满 (Storage quota full)");
  CHECK(ge.message() == "超过配额 (Quota exceeded)");
  CHECK(qe != condition::retryable);
  CHECK(se == condition::retryable);
  CHECK(se != condition::throttled);
  CHECK(ge == condition::throttled);
  CHECK(&tccode::service_category<queue>() == &qe.category());
  CHECK(&tccode::service_category<tccode::generic>() == &tccode::public_category());
}

TEST_CASE("a service's module tables, in order, and the module advice", "[service][module]") {
  const tccode::explanation ten = tccode::explain(5100, "(10)x", queue, lang::en);
  REQUIRE(ten.module_entry);
  CHECK(ten.module_entry->name == "ten_first");  // the first table that has 10
  CHECK(ten.retry == retry_advice::never);
  CHECK(tccode::explain(5100, "(30)x", queue).module_entry->name == "thirty");
  // A module row without advice leaves the public code's.
  CHECK(tccode::explain(5100, "(30)x", queue, lang::en).retry == retry_advice::after_backoff);
  CHECK(tccode::explain(5100, "(20)x", queue, lang::en).retry == retry_advice::throttled);
  // An explicit table goes before the service's.
  const tccode::explanation second = tccode::explain(5100, "(10)x", queue, second_table, lang::en);
  CHECK(second.module_entry->name == "ten_second");
  CHECK(second.retry == retry_advice::after_backoff);
  // Success stays success, whatever the module code's advice.
  CHECK(tccode::explain(0, "(20)x", queue).retry == retry_advice::never);
  // The canonical code of the explanation: the module row's, else the public code's when the
  // advice is still the public code's, else the advice's.
  CHECK(tccode::canonical_code_for(tccode::explain(5100, "(1036)x", tccode::project_crud)) ==
        canonical_code::already_exists);
  CHECK(tccode::canonical_code_for(tccode::explain(5100, "(100004)x", tccode::project_crud)) ==
        canonical_code::unavailable);
  CHECK(tccode::canonical_code_for(ten) == canonical_code::unknown);  // never, and no canonical of its own
  CHECK(tccode::canonical_code_for(tccode::explain(0, "")) == canonical_code::ok);

  STATIC_REQUIRE(queue.modules().size() == 2);
  STATIC_REQUIRE(queue.find_module(30)->name == "thirty"sv);
  STATIC_REQUIRE(queue.find_module(40) == nullptr);
  STATIC_REQUIRE(queue.find_public(4400)->name == "message_too_large"sv);
  STATIC_REQUIRE(queue.find_public(4100)->name == "auth_failed"sv);
  STATIC_REQUIRE(tccode::generic.modules().size() == 0);
  STATIC_REQUIRE(tccode::explain(4420, "", queue).retry == retry_advice::throttled);
  STATIC_REQUIRE(tccode::retry_for(4400, queue) == retry_advice::never);
  STATIC_REQUIRE(tccode::canonical_code_for(4400, queue) == canonical_code::invalid_argument);
  STATIC_REQUIRE(tccode::matches(condition::throttled, 4420, queue));
}

TEST_CASE("module codes meet the conditions of their row's advice", "[service][module][system_error]") {
  CHECK(tccode::make_module_error_code<first_table>(20) == condition::throttled);
  CHECK(tccode::make_module_error_code<first_table>(20) == condition::retryable);
  CHECK(tccode::make_module_error_code<first_table>(10) != condition::retryable);
  CHECK(tccode::make_module_error_code<second_table>(10) == condition::retryable);
  CHECK(tccode::make_module_error_code<second_table>(30) != condition::retryable);  // no advice
  CHECK(tccode::make_module_error_code<first_table>(99) != condition::retryable);   // not listed
  // Module codes have no class: client_error, server_error and auth_error are public codes'.
  CHECK(tccode::make_module_error_code<first_table>(20) != condition::client_error);
  for (const tccode::row& r : tccode::project_crud) {
    const std::error_code ec = tccode::make_module_error_code<tccode::project_crud>(r.code);
    CHECK(ec != condition::retryable);  // every module row of the document: never
  }
}

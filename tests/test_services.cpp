// SPDX-License-Identifier: MIT
// The built-in services (<tccode/services.hpp>): what their documents need from the data model, each
// rule on a real row of the document that needs it.
#include <tccode/retry.hpp>
#include <tccode/services.hpp>
#include <tccode/tccode.hpp>

#include <string>
#include <string_view>
#include <system_error>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;
using tccode::lang;
using tccode::retry_advice;
namespace services = tccode::services;

std::string_view name_of(const tccode::row* r) { return r != nullptr ? r->name : "(none)"; }

}  // namespace

TEST_CASE("services: a module code under two public codes has two rows (CMQ 10470, 10660, 10670)", "[services]") {
  // cmq-zh.md: 10470 is "receiptHandle 错误" under 4000, a subscription that exists under 4490.
  const std::string handle = "(10470)receiptHandle error";
  const std::string subscription = "(10470)subscribtion is already existed";
  CHECK(name_of(tccode::explain(4000, handle, services::cmq).module_row()) == "receipthandle_incorrect");
  CHECK(name_of(tccode::explain(4490, subscription, services::cmq).module_row()) ==
        "subscription_same_name_same_topic");
  // Under a public code the document does not give it, the module code has no row.
  CHECK(tccode::explain(5100, handle, services::cmq).module_row() == nullptr);
  // 10660 under 6040 twice, once for queues and once for topics: each endpoint's service has its own.
  const std::string released = "(10660)please try later";
  CHECK(name_of(tccode::explain(6040, released, services::cmq).module_row()) == "failed_create_queue_same_name");
  CHECK(name_of(tccode::explain(6040, released, services::cmq_topic).module_row()) == "failed_create_topic_same_name");
  // 10670: a queue that cannot be rewound under 6050, too many filter tags under 4000.
  const std::string filter = "(10670)too many filterTag";
  CHECK(tccode::explain(6050, filter, services::cmq).module_row()->zh.description == "队列无法回溯");
  CHECK(tccode::explain(4000, filter, services::cmq).module_row()->zh.description == "数量太多，请检查参数数量");
  STATIC_REQUIRE(services::cmq.find_module(10470, 4490)->under == 4490);
  STATIC_REQUIRE(services::cmq.find_module(10470, 4000)->under == 4000);
}

TEST_CASE("services: negative module codes (Cloud Monitor -514, CDN -9021)", "[services]") {
  const std::string exists = "(-514)资源重复";
  const tccode::explanation e = tccode::explain(4000, exists, services::monitor, lang::en);
  CHECK(e.module_code() == -514);
  REQUIRE(e.module_row() != nullptr);
  CHECK(e.module_row()->name == "OperationDenied.SourceAlreadyExists");  // the document's own English name
  CHECK(e.retry() == retry_advice::never);
  const std::string cos = "(-9021)COS接口异常，请稍后重试";
  CHECK(tccode::explain(6000, cos, services::cdn).module_row()->zh.description == "COS接口异常，请稍后重试");
  CHECK(tccode::explain(6000, cos, services::cdn).retry() == retry_advice::backoff);
}

TEST_CASE("services: CAM's module code is a string in codeDesc", "[services]") {
  const std::string message = "policy name in use";
  const tccode::explanation e =
      tccode::explain(4000, message, "InvalidParameter.policyName.InUse", services::cam, lang::en);
  REQUIRE(e.module_row() != nullptr);
  CHECK(!e.module_code());
  CHECK(e.module_row()->zh.description == "策略名已存在，CAM 要求同一个账户下的策略名不能重复");
  CHECK(e.remedy() == "Use a new policy name.");
  CHECK(tccode::explain(5100, message, "InternalError", services::cam).module_row()->under == 5100);
  // Under a public code the row does not come with, or an unknown codeDesc: no row.
  CHECK(tccode::explain(5100, message, "InvalidParameter.policyName.InUse", services::cam).module_row() == nullptr);
  CHECK(tccode::explain(4000, message, "NoSuchCode", services::cam).module_row() == nullptr);
  // The same codeDesc without the service that knows it finds nothing.
  CHECK(tccode::explain(4000, message, "InvalidParameter.policyName.InUse", tccode::service()).module_row() == nullptr);
  // CAM redefines 5100: credentials could not be generated (the document's 5100 is a resource operation).
  CHECK(tccode::explain(5100, "", services::cam, lang::en).type() == "Failed to generate credential");
}

TEST_CASE("services: live streaming's \"20108: text\" messages", "[services]") {
  const std::string colon = "20108: Channel is not in an editable status";
  const tccode::explanation e = tccode::explain(5100, colon, services::live, lang::en);
  CHECK(e.module_code() == 20108);
  CHECK(name_of(e.module_row()) == "channel_not_editable_status");
  CHECK(e.detail() == "Channel is not in an editable status");
  CHECK(tccode::explain(5100, "(20108)x", services::live).module_code() == 20108);  // the usual form too
  // Elsewhere "N: text" is text: a number and a colon begin many a message.
  CHECK(!tccode::explain(5100, colon, services::cdn).module_code());
  CHECK(!tccode::explain(5100, colon).module_code());
  CHECK(!tccode::explain(5100, "20108 no colon", services::live).module_code());
  // The document's shape, a colon and a space: a time of day is not a module code.
  CHECK(!tccode::explain(5100, "12:30 server busy", services::live).module_code());
  CHECK(tccode::explain(5100, "12:30 server busy", services::live).detail() == "12:30 server busy");
  CHECK(!tccode::explain(5100, "20108:", services::live).module_code());
  STATIC_REQUIRE(tccode::explain(5100, "3000: network error", services::live).module_code() == 3000);
}

TEST_CASE("services: CMQ's messages are templates, and the value is given", "[services]") {
  const std::string missing = "(10320)no such parameter queueName";
  const tccode::explanation e = tccode::explain(4000, missing, services::cmq, lang::en);
  CHECK(e.module_row()->message == "no such parameter %s");
  CHECK(e.argument() == "queueName");
  CHECK(tccode::to_string(e) ==
        "4000 Invalid request parameter: (10320) The queueName parameter is missing. \"no such parameter queueName\" "
        "[do not retry]");
  const std::string leading = "(10370)delayMessages parameter batch size is out of range";
  CHECK(tccode::explain(4000, leading, services::cmq).argument() == "delayMessages");
  // A message that is not the template's: no value.
  const std::string other = "(10320)the parameter is missing";
  CHECK(tccode::explain(4000, other, services::cmq).argument().empty());
  CHECK(tccode::explain(4000, other, services::cmq, lang::en).remedy() == "Check whether the parameter is valid.");
}

TEST_CASE("services: public codes that a service redefines", "[services]") {
  // CMQ's 4400 is a message too large (never), the document's a request quota (throttled); CMQ's 4500
  // is a subscription limit, the document's a replay.
  CHECK(tccode::explain(4400, "", services::cmq).retry() == retry_advice::never);
  CHECK(tccode::explain(4400, "").retry() == retry_advice::throttled);
  CHECK(tccode::explain(4500, "", services::cmq).retry() == retry_advice::never);
  CHECK(tccode::explain(4500, "").retry() == retry_advice::resign);
  CHECK(tccode::explain(4410, "", services::cmq).retry() == retry_advice::throttled);
  CHECK(tccode::explain(6010, "", services::cmq).canonical() == tccode::canonical_code::unknown);
  // CMQ's own codes have tccode's own type and description, drawn from the module rows under them and
  // marked as tccode's: no log line or error code shows a bare number.
  CHECK(tccode::explain(4410, "", services::cmq).public_row() != nullptr);
  CHECK(tccode::explain(4410, "", services::cmq, lang::en).type() == "Queue full");
  CHECK(tccode::explain(4410, "", services::cmq).public_row()->english_by_tccode);
  CHECK(tccode::to_string(tccode::explain(4400, "", services::cmq, lang::en)) ==
        "4400 Message too large [do not retry]");
  CHECK(tccode::make_error_code(tccode::explain(7000, "", services::cmq, lang::en)).message() == "No message");
  CHECK(tccode::make_error_code(tccode::explain(4400, "", services::cmq)).message() ==
        "\xe6\xb6\x88\xe6\x81\xaf\xe8\xbf\x87\xe5\xa4\xa7");  // 消息过大
  for (const int code :
       {4400, 4410, 4420, 4430, 4450, 4470, 4480, 4490, 4500, 4510, 6010, 6020, 6030, 6040, 6050, 6070, 7000}) {
    INFO(code);
    CHECK(!tccode::explain(code, "", services::cmq).type(lang::zh).empty());
    CHECK(!tccode::explain(code, "", services::cmq_topic).description(lang::en).empty());
  }
  // A "%s" that the server's message did not fill is "..." in the log line and the error code.
  const std::string no_value = "(10320)";
  CHECK(tccode::to_string(tccode::explain(4000, no_value, services::cmq, lang::en)) ==
        "4000 Invalid request parameter: (10320) The ... parameter is missing. [do not retry]");
  CHECK(tccode::make_error_code(tccode::explain(4000, no_value, services::cmq, lang::en)).message() ==
        "Invalid request parameter: The ... parameter is missing.");
  // The common page's 4500 allows 5 minutes, the seed's document 2 hours: both meanings exist.
  const std::string_view common_4500 = tccode::explain(4500, "", services::common).description();
  CHECK(common_4500.find("5 \xe5\x88\x86\xe9\x92\x9f") != std::string_view::npos);  // 5 分钟
  CHECK(tccode::explain(4500, "").description().find("2\xe5\xb0\x8f\xe6\x97\xb6") != std::string_view::npos);  // 2小时
  // The common page lists the sub-account codes 4101-4110 that the seed's lacks.
  CHECK(tccode::explain(4102, "", services::common, lang::en).type() == "Resource access not authorized");
  CHECK(tccode::explain(4102, "").public_row() == nullptr);
}

TEST_CASE("services: an outcome that is not a failure (CMQ 7000, 10200: no message)", "[services][retry]") {
  const std::string empty = "(10200)no message";
  const tccode::explanation e = tccode::explain(7000, empty, services::cmq, lang::en);
  CHECK(e.retry() == retry_advice::never);
  CHECK(e.canonical() == tccode::canonical_code::not_found);
  CHECK(e.description() == "There are no messages.");
  // decide stops at once, so a loop that takes from a retry budget only to retry takes nothing.
  CHECK(tccode::decide(tccode::retry_policy{}, e, 1, 0.5).action == tccode::retry_action::stop);
  CHECK(tccode::make_error_code(e) != tccode::condition::retryable);
}

TEST_CASE("services: found by name and by host", "[services]") {
  STATIC_REQUIRE(services::find_service("cmq") == &services::cmq);
  STATIC_REQUIRE(services::find_service("cdn") == &services::cdn);
  STATIC_REQUIRE(services::find_service("nope") == nullptr);
  STATIC_REQUIRE(services::service_for_host("cvm.api.qcloud.com") == &services::cvm);
  STATIC_REQUIRE(services::service_for_host("cmq-queue-gz.api.qcloud.com") == &services::cmq);
  STATIC_REQUIRE(services::service_for_host("cmq-topic-bj.api.qcloud.com") == &services::cmq_topic);
  STATIC_REQUIRE(services::service_for_host("https://cdn.api.qcloud.com/v2/index.php") == &services::cdn);
  STATIC_REQUIRE(services::service_for_host("cloudaudit.api.qcloud.com:443") == &services::audit);
  STATIC_REQUIRE(services::service_for_host("cvmx.api.qcloud.com") == nullptr);
  STATIC_REQUIRE(services::service_for_host("cvm.example.com") == nullptr);
  STATIC_REQUIRE(services::service_for_host("") == nullptr);
  for (const services::catalogue_entry& c : services::catalogue) {
    INFO("service " << std::string(c.service->name()));
    CHECK(services::find_service(c.service->name()) == c.service);
    CHECK(!c.title.empty());
    CHECK(!c.sources.empty());
    if (!c.service->host().empty()) {
      CHECK(services::service_for_host(std::string(c.service->host()) + ".api.qcloud.com") == c.service);
    }
  }
}

TEST_CASE("services: every row has advice and a status, and tccode's English is marked", "[services]") {
  std::size_t rows = 0;
  for (const services::catalogue_entry& c : services::catalogue) {
    const auto check = [&](const tccode::table_view& t) {
      for (const tccode::row& r : t) {
        INFO(std::string(c.service->name())
             << " " << std::string(t.name()) << " " << r.code << " " << std::string(r.name));
        CHECK(r.retry.has_value());
        CHECK(r.canonical.has_value());
        CHECK(!r.name.empty());
        ++rows;
      }
    };
    check(c.service->overrides());
    for (const tccode::table_view* t = c.service->modules_begin(); t != c.service->modules_end(); ++t) {
      check(*t);
    }
  }
  CHECK(rows > 500);
  // The common page's English twin is an older revision without the sub-account codes: those are tccode's.
  CHECK(!services::common.find_public(4000)->english_by_tccode);
  CHECK(services::common.find_public(4101)->english_by_tccode);
  // CDN's page is in Chinese only; CMQ's has an official English twin.
  CHECK(services::cdn.find_module(9105, 4000)->english_by_tccode);
  CHECK(!services::cmq.find_module(10320, 4000)->english_by_tccode);
  // The seed's document's English is its official twin's.
  for (const tccode::row& r : tccode::public_codes) {
    CHECK(!r.english_by_tccode);
  }
}

TEST_CASE("services: a service that extends a built-in one", "[services]") {
  static constexpr tccode::row rows[] = {tccode::make_row(4440, "queue_not_found")
                                             .with_type("队列不存在", "Queue does not exist")
                                             .with_retry(retry_advice::never)};
  static constexpr tccode::table mine{"mine", rows};
  static constexpr tccode::service extended{"cmq", mine, services::cmq};
  STATIC_REQUIRE(extended.find_public(4440)->name == "queue_not_found"sv);    // its own
  STATIC_REQUIRE(extended.find_public(7000)->name == "no_message"sv);         // the base's
  STATIC_REQUIRE(extended.find_public(6000)->name == "internal_error"sv);     // the document's
  STATIC_REQUIRE(extended.find_module(10200, 7000)->name == "no_message"sv);  // the base's tables
  STATIC_REQUIRE(extended.host() == "cmq-queue"sv);
  const std::error_code ec = tccode::make_error_code(tccode::explain(4440, "", extended, lang::en));
  CHECK(ec.message() == "Queue does not exist");
  CHECK(ec != tccode::condition::retryable);
  CHECK(tccode::make_error_code(tccode::explain(7000, "", extended, lang::en)).message() == "No message");
  const std::string empty = "(10200)no message";
  CHECK(tccode::make_error_code(tccode::explain(7000, empty, extended, lang::en)).message() ==
        "No message: There are no messages.");
}

TEST_CASE("services: one judgement per code: a public code keeps the seed's judgement wherever it means the same",
          "[services][judgement]") {
  // Every built-in service that restates a public code of the seed (its document's row, or none) gives it the
  // seed's advice, whether it may have run, canonical status, std::errc and auth: the same judgement,
  // written once in data/judgements.tsv. CAM's 5100 and CMQ's 4400 and 4500 mean something else (each
  // row's verdict in data/services/ says what), and only they differ.
  std::size_t compared = 0;
  for (const services::catalogue_entry& entry : services::catalogue) {
    for (const tccode::row& seed : tccode::public_codes) {
      const tccode::row* r = entry.service->find_public(seed.code);
      REQUIRE(r != nullptr);
      const std::string_view name = entry.service->name();
      const bool another_meaning = (name == "cam" && seed.code == 5100) ||
                                   (name.substr(0, 3) == "cmq" && (seed.code == 4400 || seed.code == 4500));
      INFO(std::string(name) << " " << seed.code);
      CHECK((r->retry == seed.retry && r->executed == seed.executed && r->canonical == seed.canonical &&
             r->errc == seed.errc && r->auth_error == seed.auth_error) != another_meaning);
      ++compared;
    }
  }
  CHECK(compared == std::size_t{10} * 17);
}

TEST_CASE("services: std::errc and auth_error hold in every built-in service", "[services][judgement]") {
  const std::string message = "(1)x";
  for (const services::catalogue_entry& entry : services::catalogue) {
    INFO(std::string(entry.service->name()));
    // The README's branch: ec == std::errc::invalid_argument for a 4000, in every service (it held in
    // 3 of 10 when each service copied the judgement).
    CHECK(tccode::make_error_code(tccode::explain(4000, message, *entry.service)) == std::errc::invalid_argument);
    CHECK(tccode::make_error_code(tccode::explain(6100, message, *entry.service)) == std::errc::not_supported);
    CHECK(tccode::make_error_code(tccode::explain(4100, message, *entry.service)) == tccode::condition::auth_error);
    CHECK(tccode::make_error_code(tccode::explain(6000, message, *entry.service)) != tccode::condition::auth_error);
    // The canonical status of a code that means the same is the core's.
    CHECK(tccode::explain(4300, "", *entry.service).canonical() == tccode::explain(4300, "").canonical());
    CHECK(tccode::explain(5100, "", *entry.service).canonical() ==
          (entry.service->name() == "cam" ? tccode::canonical_code::internal : tccode::explain(5100, "").canonical()));
  }
  // CAM's sub-account codes 4101-4106 and 4110 (the common page) are authentication or authorisation failures.
  for (const int code : {4101, 4102, 4103, 4104, 4105, 4106, 4110}) {
    INFO(code);
    CHECK(tccode::explain(code, "", services::common).auth_error());
    CHECK(tccode::make_error_code(tccode::explain(code, "", services::common)) == tccode::condition::auth_error);
  }
  // A module row can say so too: CDN's 9169, an account that is banned, under 5100.
  CHECK(tccode::explain(5100, "(9169)x", services::cdn).auth_error());
}

TEST_CASE("services: a row that failed in the work stops a call that must not run twice", "[services][judgement]") {
  // CDN's rows whose document says the operation failed or timed out said "nothing ran" (their reason
  // was copied from 9135's "being processed"): decide retried a create after them. Under 5100 and 6000,
  // each stops a call that must not run twice, and is still retried for one that may run twice.
  const tccode::retry_policy policy;
  const tccode::call_state create{1, std::chrono::milliseconds(0), false};
  const tccode::call_state read{1, std::chrono::milliseconds(0), true};
  for (const int module : {-9021, -9011, 22037, 22038, 22402, 23201, 23234, 23235}) {
    for (const int code : {5100, 6000}) {
      const std::string message = "(" + std::to_string(module) + ")x";
      const tccode::explanation e = tccode::explain(code, message, services::cdn);
      INFO(code << " " << message);
      REQUIRE(e.module_row() != nullptr);
      CHECK(e.may_have_executed());
      CHECK(tccode::decide(policy, e, create, 0.5).action == tccode::retry_action::stop);
      CHECK(tccode::decide(policy, e, read, 0.5).action == tccode::retry_action::retry);
    }
  }
  // A refusal before the work stays retryable for a create: 9135, the domain is being processed.
  const std::string busy = "(9135)x";
  CHECK_FALSE(tccode::explain(5100, busy, services::cdn).may_have_executed());
  CHECK(tccode::decide(policy, tccode::explain(5100, busy, services::cdn), create, 0.5).action ==
        tccode::retry_action::retry);
}

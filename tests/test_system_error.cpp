// SPDX-License-Identifier: MIT
// std::error_code support: categories, conditions, std::errc, and identity across translation units.
#include <tccode/tccode.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "catch_compat.hpp"

namespace {

using tccode::condition;
using tccode::public_code;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

constexpr tccode::row storage_rows[] = {
    tccode::make_row(31, "bucket_missing").with_description("存储桶不存在", "The bucket does not exist"),
};
constexpr tccode::table storage{"storage", storage_rows};
constexpr tccode::table nameless{storage_rows};

}  // namespace

TEST_CASE("public_code converts to std::error_code", "[system_error]") {
  const std::error_code ec = public_code::auth_failed;
  CHECK(ec.value() == 4100);
  CHECK(ec.category() == tccode::public_category());
  CHECK(std::string(ec.category().name()) == "tccode.public");
  CHECK(contains(ec.message(), "鉴权失败"));
  CHECK(contains(ec.message(), "Authentication failed"));
  CHECK(ec == public_code::auth_failed);
  CHECK(ec != public_code::request_expired);
  CHECK(static_cast<bool>(ec));
  CHECK_FALSE(static_cast<bool>(std::error_code(public_code::success)));
}

TEST_CASE("every enumerator is a listed code of the same name, and every listed code an enumerator", "[system_error]") {
  struct named {
    public_code code;
    std::string_view name;
  };
  const named all[] = {
      {public_code::invalid_parameter, "invalid_parameter"},
      {public_code::auth_failed, "auth_failed"},
      {public_code::request_expired, "request_expired"},
      {public_code::access_denied, "access_denied"},
      {public_code::quota_exceeded, "quota_exceeded"},
      {public_code::replay_attack, "replay_attack"},
      {public_code::protocol_not_supported, "protocol_not_supported"},
      {public_code::resource_not_found, "resource_not_found"},
      {public_code::resource_operation_failed, "resource_operation_failed"},
      {public_code::purchase_failed, "purchase_failed"},
      {public_code::insufficient_balance, "insufficient_balance"},
      {public_code::partial_success, "partial_success"},
      {public_code::qualification_rejected, "qualification_rejected"},
      {public_code::internal_error, "internal_error"},
      {public_code::version_not_supported, "version_not_supported"},
      {public_code::api_unavailable, "api_unavailable"},
      {public_code::payment_failed, "payment_failed"},
  };
  REQUIRE(sizeof(all) / sizeof(all[0]) == tccode::public_codes.size());
  std::size_t i = 0;
  for (const tccode::row& r : tccode::public_codes) {
    const named& n = all[i++];
    const std::error_code ec = n.code;
    INFO("code " << r.code);
    CHECK(ec.value() == r.code);
    CHECK(n.name == r.name);
    CHECK(contains(ec.message(), std::string(r.zh.type)));
    CHECK(contains(ec.message(), std::string(r.en.type)));
  }
  CHECK(static_cast<int>(public_code::success) == 0);
}

TEST_CASE("unlisted public codes say so", "[system_error]") {
  const std::error_code ec(4102, tccode::public_category());
  CHECK(contains(ec.message(), "4102"));
  CHECK(contains(ec.message(), "not a listed public error code"));
  CHECK(contains(ec.message(), "client error"));
  CHECK(contains(std::error_code(6300, tccode::public_category()).message(), "server error"));
  CHECK(std::error_code(0, tccode::public_category()).message() == "success");
}

TEST_CASE("conditions through equivalent()", "[system_error][condition]") {
  constexpr unsigned retryable = 1, throttled = 2, resign = 4, client = 8, server = 16, auth = 32;
  struct expected {
    int code;
    unsigned conditions;
  };
  // What each listed code meets, from the document's meaning of it (see data/codes.tsv).
  const expected all[] = {
      {4000, client},
      {4100, client | auth},
      {4200, retryable | resign | client | auth},
      {4300, client | auth},
      {4400, retryable | throttled | client},
      {4500, retryable | resign | client | auth},
      {4600, client},
      {5000, 0},
      {5100, retryable},
      {5200, 0},
      {5300, 0},
      {5400, 0},
      {5500, 0},
      {6000, retryable | server},
      {6100, server},
      {6200, retryable | server},
      {100193, 0},
  };
  const std::pair<condition, unsigned> conditions[] = {
      {condition::retryable, retryable}, {condition::throttled, throttled}, {condition::needs_resign, resign},
      {condition::client_error, client}, {condition::server_error, server}, {condition::auth_error, auth},
  };
  REQUIRE(sizeof(all) / sizeof(all[0]) == tccode::public_codes.size());
  for (const expected& x : all) {
    const std::error_code ec(x.code, tccode::public_category());
    INFO("code " << x.code);
    for (const auto& [c, bit] : conditions) {
      INFO("condition " << static_cast<int>(c));
      CHECK((ec == c) == ((x.conditions & bit) != 0));
      CHECK(tccode::matches(c, x.code) == ((x.conditions & bit) != 0));
    }
  }
  const std::error_code ec = public_code::resource_operation_failed;
  CHECK(ec == condition::retryable);
  CHECK(ec != condition::client_error);
  CHECK(std::error_code(public_code::quota_exceeded) == condition::throttled);
  CHECK(std::error_code(public_code::replay_attack) == condition::needs_resign);
  CHECK(std::error_code(public_code::replay_attack) == condition::auth_error);
  CHECK(std::error_code(6300, tccode::public_category()) == condition::server_error);
  // Codes of other categories meet no tccode condition, even with the same value.
  CHECK(std::error_code(6000, std::generic_category()) != condition::server_error);
  CHECK(tccode::make_module_error_code<tccode::project_crud>(6000) != condition::server_error);

  const std::error_condition cond = condition::auth_error;
  CHECK(std::string(cond.category().name()) == "tccode.condition");
  CHECK(contains(cond.message(), "auth"));
}

TEST_CASE("std::errc where one fits", "[system_error]") {
  CHECK(std::error_code(public_code::invalid_parameter) == std::errc::invalid_argument);
  CHECK(std::error_code(public_code::access_denied) == std::errc::permission_denied);
  CHECK(std::error_code(public_code::protocol_not_supported) == std::errc::protocol_not_supported);
  CHECK(std::error_code(public_code::version_not_supported) == std::errc::not_supported);
  CHECK(std::error_code(public_code::api_unavailable) == std::errc::resource_unavailable_try_again);
  CHECK(std::error_code(public_code::auth_failed) != std::errc::permission_denied);
  CHECK(std::error_code(public_code::resource_operation_failed).default_error_condition().category() ==
        tccode::public_category());
}

TEST_CASE("module codes keep their table", "[system_error][module]") {
  const std::error_code crud = tccode::make_module_error_code<tccode::project_crud>(1000);
  const std::error_code query = tccode::make_module_error_code<tccode::project_query>(1000);
  CHECK(crud != query);  // same number, different tables
  CHECK(std::string(crud.category().name()) == "tccode.project_crud");
  CHECK(std::string(query.category().name()) == "tccode.project_query");
  CHECK(contains(crud.message(), "记录不存在"));
  CHECK(contains(query.message(), "项目 ID 为空"));
  CHECK(contains(query.message(), "The project ID is empty"));
  CHECK(contains(tccode::make_module_error_code<tccode::project_crud>(100004).message(),
                 "100004 is not a listed module code of tccode.project_crud"));
  CHECK(crud != std::error_code(1000, tccode::public_category()));
}

TEST_CASE("a user's table has its own category", "[system_error][module][user-table]") {
  const std::error_code ec = tccode::make_module_error_code<storage>(31);
  CHECK(std::string(ec.category().name()) == "tccode.storage");
  CHECK(contains(ec.message(), "存储桶不存在"));
  CHECK(&tccode::module_category<storage>() == &ec.category());
  CHECK(&tccode::module_category<storage>() != &tccode::module_category<tccode::project_crud>());
  CHECK(std::string(tccode::module_category<nameless>().name()) == "tccode.unnamed");
  CHECK(&tccode::module_category<nameless>() != &tccode::module_category<storage>());
}

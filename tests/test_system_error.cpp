// SPDX-License-Identifier: MIT
// std::error_code support: categories, conditions, std::errc, and identity across translation units.
#include <tccode/tccode.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "catch_compat.hpp"

namespace {

using tccode::condition;
using tccode::public_code;

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

constexpr tccode::row storage_rows[] = {
    tccode::make_row(31, "bucket_missing").with_description("存储桶不存在", "The bucket does not exist"),
};
constexpr tccode::table storage{"storage", storage_rows};

constexpr unsigned retryable = 1, throttled = 2, resign = 4, client = 8, server = 16, auth = 32;
constexpr std::pair<condition, unsigned> conditions[] = {
    {condition::retryable, retryable}, {condition::throttled, throttled}, {condition::resign, resign},
    {condition::client_error, client}, {condition::server_error, server}, {condition::auth_error, auth},
};

// The conditions of public code `code` with combined advice `advice` and an authentication or
// authorisation failure `auth_error`, from their definitions.
unsigned conditions_of(int code, tccode::retry_advice advice, bool auth_error) {
  unsigned bits = 0;
  bits |= advice != tccode::retry_advice::never ? retryable : 0U;
  bits |= advice == tccode::retry_advice::throttled ? throttled : 0U;
  bits |= advice == tccode::retry_advice::resign ? resign : 0U;
  bits |= code >= 4000 && code < 5000 ? client : 0U;
  bits |= code >= 6000 && code < 7000 ? server : 0U;
  bits |= auth_error ? auth : 0U;
  return bits;
}

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
  CHECK(ec.message() == "4102 未列出的客户端错误 (unlisted client error)");
  CHECK(contains(std::error_code(6300, tccode::public_category()).message(), "server error"));
  CHECK(std::error_code(0, tccode::public_category()).message() == "成功 (success)");
}

TEST_CASE("conditions of the public codes", "[system_error][condition]") {
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
  REQUIRE(sizeof(all) / sizeof(all[0]) == tccode::public_codes.size());
  for (const expected& x : all) {
    const std::error_code ec(x.code, tccode::public_category());
    INFO("code " << x.code);
    for (const auto& [c, bit] : conditions) {
      INFO("condition " << static_cast<int>(c));
      CHECK((ec == c) == ((x.conditions & bit) != 0));
    }
  }
  CHECK(std::error_code(public_code::replay_attack) == condition::resign);
  CHECK(std::error_code(6300, tccode::public_category()) == condition::server_error);
  // Codes of other categories meet no tccode condition, even with the same value.
  CHECK(std::error_code(6000, std::generic_category()) != condition::server_error);

  const std::error_condition cond = condition::auth_error;
  CHECK(std::string(cond.category().name()) == "tccode.condition");
  CHECK(contains(cond.message(), "auth"));
}

TEST_CASE("one answer in every layer: every built-in row, every condition, both languages", "[system_error][layers]") {
  // Every public code alone, and every module row of the project tables under every public code
  // (the advice a module row gives wins over the public code's; the code's class stays the public
  // code's), plus unlisted codes: the explanation, its advice and its error code agree with the
  // conditions' definitions.
  std::vector<int> codes{0, 4102, 5999, 6300, 7000, -1};
  for (const tccode::row& r : tccode::public_codes) {
    codes.push_back(r.code);
  }
  std::size_t checked = 0;
  for (const tccode::lang language : {tccode::lang::zh, tccode::lang::en}) {
    for (const int code : codes) {
      for (const tccode::table_view table :
           {tccode::table_view(tccode::project_crud), tccode::table_view(tccode::project_query)}) {
        std::vector<std::string> messages{"no module code", "(424242) not in any table"};
        for (const tccode::row& m : table) {
          messages.push_back("(" + std::to_string(m.code) + ")x");
        }
        for (const std::string& message : messages) {
          INFO("code " << code << ", message " << message << ", table " << std::string(table.name()));
          const tccode::explanation e = tccode::explain(code, message, table, language);
          const tccode::row* public_row = tccode::lookup(tccode::public_codes, code);
          const tccode::row* module_row = tccode::parse_message(message).module_code
                                              ? tccode::lookup(table, *tccode::parse_message(message).module_code)
                                              : nullptr;
          REQUIRE(e.public_row() == public_row);
          REQUIRE(e.module_row() == module_row);
          // The advice, from the rows: success never; the module row's; the public code's; 6xxx backoff.
          const tccode::retry_advice advice = code == 0                                    ? tccode::retry_advice::never
                                              : module_row != nullptr && module_row->retry ? *module_row->retry
                                              : public_row != nullptr && public_row->retry ? *public_row->retry
                                              : code >= 6000 && code < 7000 ? tccode::retry_advice::backoff
                                                                            : tccode::retry_advice::never;
          REQUIRE(e.retry() == advice);
          const std::error_code ec = tccode::make_error_code(e);
          CHECK(ec.value() == code);
          CHECK(static_cast<bool>(ec) == (code != 0));
          // An authentication or authorisation failure as either row says (4100, 4200, 4300, 4500;
          // the project table's 1007, an invalid user).
          const bool auth_error = code != 0 && ((public_row != nullptr && public_row->auth_error) ||
                                                (module_row != nullptr && module_row->auth_error));
          CHECK(e.auth_error() == auth_error);
          const unsigned want = conditions_of(code, advice, auth_error);
          for (const auto& [c, bit] : conditions) {
            INFO("condition " << static_cast<int>(c));
            CHECK((ec == c) == ((want & bit) != 0));
            CHECK(tccode::detail::matches(c, e) == ((want & bit) != 0));
          }
          ++checked;
        }
      }
    }
  }
  CHECK(checked == std::size_t{2} * 23 * (9 + 4));
}

TEST_CASE("an error code's message is in the explanation's language", "[system_error]") {
  const std::string message = "(1036)x";
  const std::error_code en =
      tccode::make_error_code(tccode::explain(5100, message, tccode::project_crud, tccode::lang::en));
  const std::error_code zh = tccode::make_error_code(tccode::explain(5100, message, tccode::project_crud));
  CHECK(en.message() == "Resource operation failed: The project name already exists");
  CHECK(zh.message() == "资源操作失败: 项目名称已经存在");
  CHECK(std::string(en.category().name()) == "tccode.public.project_name_exists.en");
  CHECK(std::string(zh.category().name()) == "tccode.public.project_name_exists.zh");
  CHECK(en != zh);  // two categories
  CHECK(en != condition::resign);
  // A name of any length is kept whole.
  const std::string long_name(200, 'n');
  constexpr tccode::row long_rows[] = {tccode::make_row(1, "r")};
  static constexpr tccode::table long_table{"t", long_rows};
  const tccode::service long_service{long_name, long_table};
  CHECK(std::string(tccode::make_error_code(tccode::explain(4000, "", long_service)).category().name()) ==
        "tccode." + long_name + ".zh");
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
  // A module row keeps the public code's std::errc.
  CHECK(tccode::make_error_code(tccode::explain(4000, "(9003)x", tccode::project_crud)) == std::errc::invalid_argument);
}

TEST_CASE("module rows keep their table and their service", "[system_error][module]") {
  const std::string message = "(1000)x";
  const std::error_code crud = tccode::make_error_code(tccode::explain(5100, message, tccode::project_crud));
  const std::error_code query = tccode::make_error_code(tccode::explain(5100, message, tccode::project_query));
  CHECK(crud != query);  // same number, different rows
  CHECK(std::string(crud.category().name()) == "tccode.public.record_not_found.zh");
  CHECK(std::string(query.category().name()) == "tccode.public.project_id_empty.zh");
  CHECK(contains(crud.message(), "记录不存在"));
  CHECK(contains(query.message(), "项目 ID 为空"));
  const std::error_code storage_ec = tccode::make_error_code(tccode::explain(5100, "(31)x", storage));
  CHECK(std::string(storage_ec.category().name()) == "tccode.public.bucket_missing.zh");
  CHECK(&storage_ec.category() == &tccode::make_error_code(tccode::explain(6000, "(31)y", storage)).category());
}

TEST_CASE("categories are made once, from many threads at once", "[system_error][threads]") {
  constexpr int threads = 8;
  std::vector<const std::error_category*> seen(threads * tccode::project_crud.size());
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([t, &seen] {
      std::size_t i = 0;
      for (const tccode::row& r : tccode::project_crud) {
        const std::string message = "(" + std::to_string(r.code) + ")";
        seen[static_cast<std::size_t>(t) * tccode::project_crud.size() + i++] =
            &tccode::make_error_code(tccode::explain(4000, message, tccode::project_crud, tccode::lang::en)).category();
      }
    });
  }
  for (std::thread& t : pool) {
    t.join();
  }
  for (std::size_t i = 0; i < tccode::project_crud.size(); ++i) {
    for (int t = 1; t < threads; ++t) {
      CHECK(seen[i] == seen[static_cast<std::size_t>(t) * tccode::project_crud.size() + i]);
    }
    for (std::size_t j = i + 1; j < tccode::project_crud.size(); ++j) {
      CHECK(seen[i] != seen[j]);
    }
  }
}

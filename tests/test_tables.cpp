// SPDX-License-Identifier: MIT
// The built-in tables against the official document (data/error-codes.zh.md), row by row.
#include <tccode/tccode.hpp>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;

constexpr std::string_view work_order = "https://console.cloud.tencent.com/workorder/category";

struct expected_row {
  int code;
  std::string_view name, type, description, remedy, link;
};

// Typed from the document: links reduced to their text, the link target in its own column.
constexpr expected_row public_rows[] = {
    {4000, "invalid_parameter", "请求参数非法",
     "缺少必要参数，或者参数值格式不正确，具体错误信息请查看错误描述 message 字段。",
     "具体错误信息请查看错误描述 message 字段。", ""},
    {4100, "auth_failed", "鉴权失败", "签名鉴权失败，请参考文档中鉴权部分。", "请参考文档中鉴权部分。", ""},
    {4200, "request_expired", "请求过期", "请求已经过期，请参考文档中请求有效期部分。", "请参考文档中请求有效期部分。",
     ""},
    {4300, "access_denied", "拒绝访问", "帐号被封禁，或者不在接口针对的用户范围内等。", "", ""},
    {4400, "quota_exceeded", "超过配额", "请求的次数超过了配额限制，请 提交工单 联系技术人员处理。",
     "请 提交工单 联系技术人员处理。", work_order},
    {4500, "replay_attack", "重放攻击",
     "请求的 Nonce 和 Timestamp 参数用于确保每次请求只会在服务器端被执行一次，所以本次的 Nonce "
     "和上次的不能重复，Timestamp 与腾讯服务器相差不能超过2小时。",
     "", ""},
    {4600, "protocol_not_supported", "协议不支持", "协议不支持，请参考文档说明。", "请参考文档说明。", ""},
    {5000, "resource_not_found", "资源不存在",
     "资源标识对应的实例不存在，或者实例已经被退还，或者访问了其他用户的资源。", "", ""},
    {5100, "resource_operation_failed", "资源操作失败",
     "对资源的操作失败，具体错误信息请查看错误描述 message 字段，稍后重试或者 提交工单 联系技术人员处理。",
     "具体错误信息请查看错误描述 message 字段，稍后重试或者 提交工单 联系技术人员处理。", work_order},
    {5200, "purchase_failed", "资源购买失败", "购买资源失败，可能是不支持实例配置，资源不足等。", "", ""},
    {5300, "insufficient_balance", "资源购买失败", "购买资源失败，余额不足。", "", ""},
    {5400, "partial_success", "部分执行成功", "批量操作部分执行成功，详情见方法返回值。", "", ""},
    {5500, "qualification_rejected", "用户资质审核未通过", "购买资源失败，用户资质审核未通过。", "", ""},
    {6000, "internal_error", "服务器内部错误", "服务器内部出现错误，请稍后重试或者 提交工单 联系技术人员处理。",
     "请稍后重试或者 提交工单 联系技术人员处理。", work_order},
    {6100, "version_not_supported", "版本暂不支持",
     "本版本内不支持此接口或该接口处于维护状态等。注意：出现这个错误时, "
     "请先确定接口的域名是否正确，不同的模块，域名可能不一样。",
     "请先确定接口的域名是否正确，不同的模块，域名可能不一样。", ""},
    {6200, "api_unavailable", "接口暂时无法访问", "当前接口处于停服维护状态，请稍后重试。", "请稍后重试。", ""},
    {100193, "payment_failed", "支付失败", "同一批购买的订单需要一起支付。", "", ""},
};

constexpr expected_row crud_rows[] = {
    {1000, "record_not_found", "", "记录不存在", "", ""},
    {1006, "appid_not_found", "", "APPID 不存在", "请确认 APPID 是否输入正确。", ""},
    {1007, "invalid_user", "", "用户非法", "请 提交工单 联系客服人员处理。", work_order},
    {1015, "project_limit_reached", "", "用户创建的项目已达最大限制", "超过系统限制500个。", ""},
    {1036, "project_name_exists", "", "项目名称已经存在", "请更换项目名称。", ""},
    {1072, "project_unavailable", "", "项目不可用", "项目已经被禁用，请 提交工单 联系技术人员处理。", work_order},
    {9003, "project_name_empty", "", "项目名称为空", "请填写项目名称。", ""},
};

constexpr expected_row query_rows[] = {
    {1000, "project_id_empty", "", "项目 ID 为空", "", ""},
    {9003, "invalid_query_parameter", "", "查询参数错误", "", ""},
};

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) > 0x7F) {
      return false;
    }
  }
  return true;
}

bool is_snake_case(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z' || s.back() == '_') {
    return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && s[i - 1] != '_');
    if (!ok) {
      return false;
    }
  }
  return true;
}

// Every row of `table` is the document's row, in the document's words, and has English text.
template <class Table, std::size_t N>
void check_table(const Table& table, const expected_row (&expected)[N]) {
  REQUIRE(table.size() == N);
  std::size_t i = 0;
  for (const tccode::row& r : table) {
    REQUIRE(i < N);
    const expected_row& want = expected[i++];
    INFO("code " << want.code);
    CHECK(r.code == want.code);
    CHECK(r.name == want.name);
    CHECK(r.zh.type == want.type);
    CHECK(r.zh.description == want.description);
    CHECK(r.zh.remedy == want.remedy);
    CHECK(r.link == want.link);

    CHECK(is_snake_case(r.name));
    CHECK(r.en.type.empty() == want.type.empty());
    CHECK(!r.en.description.empty());
    CHECK(r.en.remedy.empty() == want.remedy.empty());
    CHECK(is_ascii(r.en.type));
    CHECK(is_ascii(r.en.description));
    CHECK(is_ascii(r.en.remedy));

    // lookup finds this very row, by code and by name.
    CHECK(tccode::lookup(table, want.code) == &r);
    CHECK(tccode::lookup(table, want.name) == &r);
    CHECK(&r.in(tccode::lang::zh) == &r.zh);
    CHECK(&r.in(tccode::lang::en) == &r.en);
  }
  CHECK(i == N);
}

// lookup finds exactly the table's codes in a wide range around them, and nothing outside.
template <class Table, std::size_t N>
void check_finds_only_listed(const Table& table, const expected_row (&expected)[N]) {
  const auto listed = [&expected](int code) {
    for (const expected_row& e : expected) {
      if (e.code == code) {
        return true;
      }
    }
    return false;
  };
  std::size_t found = 0;
  for (int code = -1000; code <= 110000; ++code) {
    const auto e = tccode::lookup(table, code);
    if (listed(code)) {
      REQUIRE(e);
      REQUIRE(e->code == code);
      ++found;
    } else if (e) {
      FAIL("lookup found unlisted code " << code);
    }
  }
  CHECK(found == N);
  for (const int code : {INT_MIN, INT_MIN + 1, -1, 0, INT_MAX - 1, INT_MAX}) {
    CHECK(!tccode::lookup(table, code));
  }
}

}  // namespace

TEST_CASE("public_codes holds the document's 17 public codes verbatim", "[tables]") {
  check_table(tccode::public_codes, public_rows);
}

TEST_CASE("project_crud holds the document's create/delete/update module codes verbatim", "[tables]") {
  check_table(tccode::project_crud, crud_rows);
}

TEST_CASE("project_query holds the document's query module codes verbatim", "[tables]") {
  check_table(tccode::project_query, query_rows);
}

TEST_CASE("lookup finds listed codes and nothing else", "[tables][lookup]") {
  check_finds_only_listed(tccode::public_codes, public_rows);
  check_finds_only_listed(tccode::project_crud, crud_rows);
  check_finds_only_listed(tccode::project_query, query_rows);
}

TEST_CASE("a public code's remedy is the instruction its description gives", "[tables]") {
  std::size_t with_remedy = 0;
  for (const tccode::row& r : tccode::public_codes) {
    INFO("code " << r.code);
    CHECK(r.zh.description.find(r.zh.remedy) != std::string_view::npos);
    with_remedy += r.zh.remedy.empty() ? 0U : 1U;
  }
  // 4000, 4100, 4200, 4400, 4600, 5100, 6000, 6100 and 6200.
  CHECK(with_remedy == 9);
}

TEST_CASE("the same module code means different things in the two project tables", "[tables][lookup]") {
  CHECK(tccode::lookup(tccode::project_crud, 1000)->zh.description == "记录不存在");
  CHECK(tccode::lookup(tccode::project_query, 1000)->zh.description == "项目 ID 为空");
  CHECK(tccode::lookup(tccode::project_crud, 9003)->zh.description == "项目名称为空");
  CHECK(tccode::lookup(tccode::project_query, 9003)->zh.description == "查询参数错误");
  CHECK(!tccode::lookup(tccode::project_query, 1036));
  CHECK(!tccode::lookup(tccode::public_codes, 1000));
  CHECK(!tccode::lookup(tccode::project_crud, 4000));
}

TEST_CASE("lookup by name finds each row by its name", "[tables][lookup]") {
  for (const tccode::row& r : tccode::project_crud) {
    const tccode::row* found = tccode::lookup(tccode::project_crud, r.name);
    REQUIRE(found);
    CHECK(found->code == r.code);
  }
  CHECK(tccode::lookup(tccode::public_codes, "auth_failed")->code == 4100);
  CHECK(!tccode::lookup(tccode::public_codes, "project_name_exists"));
  CHECK(!tccode::lookup(tccode::public_codes, ""));
  CHECK(!tccode::lookup(tccode::public_codes, "auth_failed "));
  STATIC_REQUIRE(tccode::lookup(tccode::project_query, "project_id_empty")->code == 1000);
}

TEST_CASE("names are unique within a table", "[tables]") {
  const auto unique_names = [](const auto& table) {
    for (std::size_t i = 0; i < table.size(); ++i) {
      for (std::size_t j = i + 1; j < table.size(); ++j) {
        if (table[i].name == table[j].name) {
          return false;
        }
      }
    }
    return true;
  };
  CHECK(unique_names(tccode::public_codes));
  CHECK(unique_names(tccode::project_crud));
  CHECK(unique_names(tccode::project_query));
}

constexpr bool sorted_unique(tccode::table_view t) noexcept {
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (!(t[i - 1].code < t[i].code)) {
      return false;
    }
  }
  return true;
}

TEST_CASE("tables and lookup are constexpr", "[tables][constexpr]") {
  STATIC_REQUIRE(tccode::public_codes.size() == 17);
  STATIC_REQUIRE(tccode::project_crud.size() == 7);
  STATIC_REQUIRE(tccode::project_query.size() == 2);
  STATIC_REQUIRE(sorted_unique(tccode::public_codes));
  STATIC_REQUIRE(sorted_unique(tccode::project_crud));
  STATIC_REQUIRE(sorted_unique(tccode::project_query));
  STATIC_REQUIRE(tccode::public_codes[0].code == 4000);
  STATIC_REQUIRE(tccode::public_codes[16].code == 100193);
  STATIC_REQUIRE(tccode::lookup(tccode::public_codes, 4100)->zh.type == "鉴权失败"sv);
  STATIC_REQUIRE(tccode::lookup(tccode::public_codes, 4100)->in(tccode::lang::en).type == "Authentication failed"sv);
  STATIC_REQUIRE(tccode::lookup(tccode::project_crud, 1036)->name == "project_name_exists"sv);
  STATIC_REQUIRE(tccode::lookup(tccode::project_crud, 1072)->link == work_order);
  STATIC_REQUIRE(!tccode::lookup(tccode::public_codes, 0));
  STATIC_REQUIRE(!tccode::lookup(tccode::project_query, 1036));
  STATIC_REQUIRE(noexcept(tccode::lookup(tccode::public_codes, 0)));
  STATIC_REQUIRE(noexcept(tccode::lookup(tccode::public_codes, "auth_failed"sv)));
  STATIC_REQUIRE(tccode::lookup(tccode::public_codes, 4100) == &tccode::public_codes[1]);
  STATIC_REQUIRE(tccode::lookup(tccode::public_codes, 4101) == nullptr);
}

TEST_CASE("every table works with the standard algorithms (C++17)", "[tables][algorithms]") {
  const auto check = [](const auto& table, std::size_t rows) {
    INFO("table " << std::string(table.name()));
    CHECK(static_cast<std::size_t>(std::distance(table.begin(), table.end())) == rows);
    CHECK(std::is_sorted(table.begin(), table.end(),
                         [](const tccode::row& a, const tccode::row& b) { return a.code < b.code; }));
    const auto first = std::find_if(table.begin(), table.end(), [](const tccode::row& r) { return !r.name.empty(); });
    CHECK(first == table.begin());
    const std::vector<tccode::row> copy(table.begin(), table.end());
    REQUIRE(copy.size() == rows);
    CHECK(copy.back().code == table[rows - 1].code);
    const auto found = std::lower_bound(table.begin(), table.end(), table[rows / 2].code,
                                        [](const tccode::row& r, int code) { return r.code < code; });
    CHECK(found == table.begin() + static_cast<std::ptrdiff_t>(rows / 2));
    CHECK(std::count_if(table.begin(), table.end(), [](const tccode::row& r) { return r.retry.has_value(); }) ==
          static_cast<std::ptrdiff_t>(rows));
    const tccode::table_view view = table;
    CHECK(std::equal(view.begin(), view.end(), table.begin(),
                     [](const tccode::row& a, const tccode::row& b) { return &a == &b; }));
  };
  check(tccode::public_codes, 17);
  check(tccode::project_crud, 7);
  check(tccode::project_query, 2);
}

// SPDX-License-Identifier: MIT
// A table of the user's own (another service's module codes) works with every function that
// takes a table, exactly as the built-in tables do.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <string_view>

#include "catch_compat.hpp"

namespace {

using namespace std::string_view_literals;

// Rows in any order: the table sorts them by code.
constexpr tccode::row billing_rows[] = {
    {2003,
     "invoice_missing",
     {"", "发票不存在", "请先开具发票。"},
     {"", "The invoice does not exist", "Issue the invoice first."},
     ""},
    {2001, "order_closed", {"", "订单已关闭", ""}, {"", "The order is closed", ""}, ""},
    {2002,
     "refund_pending",
     {"", "退款处理中", "请稍后查询。"},
     {"", "A refund is in progress", "Query again later."},
     "https://example.com/refunds"},
};
constexpr tccode::table billing{"billing", billing_rows};
static_assert(tccode::lookup(billing, 2003, tccode::lang::en)->remedy == std::string_view("Issue the invoice first."));

// A table can be written in one expression too, without a name.
constexpr tccode::table one_row{{{7, "seven", {"", "七", ""}, {"", "seven", ""}, ""}}};

}  // namespace

TEST_CASE("a user's table is sorted and found by lookup", "[user-table]") {
  STATIC_REQUIRE(billing.size() == 3);
  STATIC_REQUIRE(tccode::is_sorted_unique(billing));
  STATIC_REQUIRE(billing[0].code == 2001);
  STATIC_REQUIRE(billing[2].code == 2003);
  STATIC_REQUIRE(tccode::lookup(billing, 2003)->remedy == "请先开具发票。"sv);
  STATIC_REQUIRE(tccode::lookup(billing, 2003, tccode::lang::en)->description == "The invoice does not exist"sv);
  STATIC_REQUIRE(!tccode::lookup(billing, 2000));
  STATIC_REQUIRE(tccode::find_row(billing, 2002)->link == "https://example.com/refunds"sv);
  STATIC_REQUIRE(one_row.size() == 1);
  STATIC_REQUIRE(tccode::lookup(one_row, 7)->name == "seven"sv);

  const auto e = tccode::lookup(billing, 2002, tccode::lang::en);
  REQUIRE(e);
  CHECK(e->code == 2002);
  CHECK(e->name == "refund_pending");
  CHECK(e->type.empty());
  CHECK(e->description == "A refund is in progress");
  CHECK(e->remedy == "Query again later.");
  CHECK(!tccode::lookup(billing, 2004));
  CHECK(!tccode::find_row(billing, 0));
}

TEST_CASE("a user's table iterates like a built-in one", "[user-table]") {
  int previous = 0;
  std::size_t count = 0;
  for (const tccode::row& r : billing) {
    CHECK(r.code > previous);
    previous = r.code;
    ++count;
  }
  CHECK(count == billing.size());

  // The same generic code serves built-in and user tables.
  const auto names_in_order = [](const auto& table) {
    int last = -2147483647 - 1;
    for (const tccode::row& r : table) {
      if (r.code <= last || r.name.empty()) {
        return false;
      }
      last = r.code;
    }
    return true;
  };
  CHECK(names_in_order(billing));
  CHECK(names_in_order(tccode::public_codes));
  CHECK(names_in_order(tccode::project_crud));
  CHECK(names_in_order(tccode::project_query));
}

TEST_CASE("a table built at run time is sorted too", "[user-table]") {
  tccode::row rows[] = {
      {30, "c", {}, {}, ""},
      {10, "a", {}, {}, ""},
      {20, "b", {}, {}, ""},
  };
  const tccode::table runtime{rows};
  CHECK(tccode::is_sorted_unique(runtime));
  CHECK(runtime[0].name == "a");
  CHECK(tccode::lookup(runtime, 20)->name == "b");
  rows[0].name = "changed";  // the table holds its own copy of the rows
  CHECK(tccode::lookup(runtime, 30)->name == "c");
}

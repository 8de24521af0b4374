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
    tccode::make_row(2003, "invoice_missing")
        .with_description("发票不存在", "The invoice does not exist")
        .with_remedy("请先开具发票。", "Issue the invoice first.")
        .with_retry(tccode::retry_advice::never),
    tccode::make_row(2001, "order_closed")
        .with_description("订单已关闭", "The order is closed")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::failed_precondition),
    tccode::make_row(2002, "refund_pending")
        .with_description("退款处理中", "A refund is in progress")
        .with_remedy("请稍后查询。", "Query again later.")
        .with_link("https://example.com/refunds")
        .with_retry(tccode::retry_advice::backoff),
};
constexpr tccode::table billing{"billing", billing_rows};
static_assert(tccode::lookup(billing, 2003)->en.remedy == "Issue the invoice first."sv);
// end of the excerpt in docs/services.md

// A table can be one row, without a name.
constexpr tccode::row seven_rows[] = {tccode::make_row(7, "seven").with_description("七", "seven")};
constexpr tccode::table one_row{seven_rows};

}  // namespace

TEST_CASE("a user's table is sorted and found by lookup", "[user-table]") {
  STATIC_REQUIRE(billing.size() == 3);
  STATIC_REQUIRE(billing[0].code == 2001);
  STATIC_REQUIRE(billing[2].code == 2003);
  STATIC_REQUIRE(tccode::lookup(billing, 2003)->zh.remedy == "请先开具发票。"sv);
  STATIC_REQUIRE(tccode::lookup(billing, 2003)->in(tccode::lang::en).description == "The invoice does not exist"sv);
  STATIC_REQUIRE(!tccode::lookup(billing, 2000));
  STATIC_REQUIRE(tccode::lookup(billing, 2002)->link == "https://example.com/refunds"sv);
  STATIC_REQUIRE(one_row.size() == 1);
  STATIC_REQUIRE(one_row.name().empty());
  STATIC_REQUIRE(tccode::lookup(one_row, 7)->name == "seven"sv);
  STATIC_REQUIRE(!tccode::lookup(one_row, 7)->retry);

  const tccode::row* e = tccode::lookup(billing, 2002);
  REQUIRE(e);
  CHECK(e->code == 2002);
  CHECK(e->name == "refund_pending");
  CHECK(e->en.type.empty());
  CHECK(e->en.description == "A refund is in progress");
  CHECK(e->en.remedy == "Query again later.");
  CHECK(e->link == "https://example.com/refunds");
  CHECK(e->retry == tccode::retry_advice::backoff);
  CHECK(!e->canonical);
  CHECK(tccode::lookup(billing, 2001)->canonical == tccode::canonical_code::failed_precondition);
  CHECK(!tccode::lookup(billing, 2004));
  CHECK(!tccode::lookup(billing, 0));
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

  // The same code serves built-in and user tables: both are tables, and both convert to table_view.
  const auto names_in_order = [](tccode::table_view table) {
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
  tccode::row rows[] = {tccode::make_row(30, "c"), tccode::make_row(10, "a"), tccode::make_row(20, "b")};
  const tccode::table runtime{rows};
  CHECK(runtime[0].name == "a");
  CHECK(tccode::lookup(runtime, 20)->name == "b");
  rows[0].name = "changed";  // the table holds its own copy of the rows
  CHECK(tccode::lookup(runtime, 30)->name == "c");
}

TEST_CASE("a table built at run time with a duplicate code keeps both rows, and lookup finds the first given",
          "[user-table]") {
  // (A constexpr table with a duplicate does not compile: tests/compile_fail/duplicate_code.cpp.)
  const tccode::row rows[] = {tccode::make_row(5, "first"), tccode::make_row(9, "other"), tccode::make_row(5, "second"),
                              tccode::make_row(1, "one"), tccode::make_row(5, "third")};
  const tccode::table runtime{"duplicates", rows};
  CHECK(runtime.size() == 5);
  CHECK(runtime[0].name == "one");
  CHECK(runtime[1].name == "first");  // stable: the three 5s in the order given
  CHECK(runtime[2].name == "second");
  CHECK(runtime[3].name == "third");
  CHECK(runtime[4].name == "other");
  CHECK(tccode::lookup(runtime, 5)->name == "first");
  CHECK(tccode::lookup(runtime, "third")->code == 5);
  CHECK(tccode::lookup(runtime, 9)->name == "other");
}

#if __cplusplus >= 202002L
// C++20: a row is an aggregate, so designated initialisers name each member (g++ 12's -Wextra asks
// for every member; make_row names only those it sets).
TEST_CASE("rows with designated initialisers (C++20)", "[user-table]") {
  constexpr tccode::row designated[] = {
      {.code = 40,
       .name = "forty",
       .zh = {.type = "", .description = "四十", .remedy = ""},
       .en = {.type = "", .description = "forty", .remedy = ""},
       .link = "",
       .retry = tccode::retry_advice::throttled,
       .canonical = std::nullopt,
       .under = 0,
       .message = "",
       .english_by_tccode = false,
       .executed = tccode::execution::not_executed},
  };
  constexpr tccode::table t{"designated", designated};
  STATIC_REQUIRE(tccode::lookup(t, 40)->en.description == "forty"sv);
  STATIC_REQUIRE(tccode::lookup(t, 40)->retry == tccode::retry_advice::throttled);
  STATIC_REQUIRE(tccode::lookup(t, 40)->zh.type.empty());
  STATIC_REQUIRE(tccode::lookup(t, 40)->executed == tccode::execution::not_executed);
}
#endif

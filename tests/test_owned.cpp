// SPDX-License-Identifier: MIT
// explain_owned: an explanation that keeps its message, whatever happens to the string it came from.
#include <tccode/tccode.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "catch_compat.hpp"

namespace {

bool views_into(std::string_view part, const std::string& whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

std::string temporary_message() { return "(1036) the name " + std::string(40, 'x') + " is taken"; }

}  // namespace

TEST_CASE("explain_owned keeps the message of a temporary string", "[owned]") {
  const tccode::owned_explanation e = tccode::explain_owned(5100, temporary_message(), tccode::project_crud);
  CHECK(e.message() == temporary_message());
  CHECK(e->detail == "the name " + std::string(40, 'x') + " is taken");
  CHECK(views_into(e->detail, e.message()));
  CHECK(e->module_entry->name == "project_name_exists");
  CHECK(e->retry == tccode::retry_advice::never);
  CHECK(e.get().language == tccode::lang::zh);
  std::ostringstream os;
  os << e;
  CHECK(os.str() == tccode::to_string(*e));
  CHECK(tccode::to_string(e) == os.str());
}

TEST_CASE("explain_owned takes what explain takes after the message", "[owned]") {
  constexpr tccode::row rows[] = {tccode::make_row(7, "seven").with_description("七", "seven")};
  static constexpr tccode::table sevens{"sevens", rows};
  CHECK(tccode::explain_owned(4100, "x", tccode::lang::en)->public_entry->type == "Authentication failed");
  CHECK(tccode::explain_owned(5100, "(7)x", sevens, tccode::lang::en)->module_entry->description == "seven");
  CHECK(tccode::explain_owned(5100, "(9003)x", tccode::generic, tccode::project_query)->module_entry->name ==
        "invalid_query_parameter");
}

TEST_CASE("copies and moves of an owned explanation view their own message", "[owned]") {
  for (const std::string& message : {std::string("(1)short"), "(1)" + std::string(100, 'y')}) {  // SSO and heap
    INFO("message of " << message.size() << " bytes");
    tccode::owned_explanation original = tccode::explain_owned(5100, message);
    const tccode::owned_explanation copy = original;  // NOLINT(performance-unnecessary-copy-initialization)
    CHECK(views_into(copy->detail, copy.message()));
    CHECK(copy->detail == original->detail);
    tccode::owned_explanation moved = std::move(original);
    CHECK(views_into(moved->detail, moved.message()));
    CHECK(moved->detail == copy->detail);
    tccode::owned_explanation assigned;
    assigned = copy;
    CHECK(views_into(assigned->detail, assigned.message()));
    assigned = std::move(moved);
    CHECK(views_into(assigned->detail, assigned.message()));
    CHECK(assigned->detail == copy->detail);
    std::vector<tccode::owned_explanation> many(100, copy);  // and in a container that reallocates
    many.push_back(copy);
    for (const tccode::owned_explanation& e : many) {
      CHECK(views_into(e->detail, e.message()));
    }
  }
}

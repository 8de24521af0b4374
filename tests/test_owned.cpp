// SPDX-License-Identifier: MIT
// explain_owned: an explanation that keeps its message, valid in every state a value type can reach.
#include <tccode/tccode.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "catch_compat.hpp"

namespace {

bool views_into(std::string_view part, const std::string& whole) {
  return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

// The owned explanation is whole: its detail views its own message, and it explains that message.
void check_whole(const tccode::owned_explanation& e) {
  CHECK(views_into(e->detail(), e.message()));
  const tccode::explanation again = tccode::explain(e->code(), e.message(), tccode::project_crud);
  CHECK(e->detail() == again.detail());
  CHECK(e->module_code() == again.module_code());
  CHECK(tccode::to_string(e).size() > 0);
}

std::string temporary_message() { return "(1036) the name " + std::string(40, 'x') + " is taken"; }

}  // namespace

TEST_CASE("explain_owned keeps the message of a temporary string", "[owned]") {
  const tccode::owned_explanation e = tccode::explain_owned(5100, temporary_message(), tccode::project_crud);
  CHECK(e.message() == temporary_message());
  CHECK(e->detail() == "the name " + std::string(40, 'x') + " is taken");
  CHECK(views_into(e->detail(), e.message()));
  CHECK(e->module_row()->name == "project_name_exists");
  CHECK(e->retry() == tccode::retry_advice::never);
  CHECK(e.get().language() == tccode::lang::zh);
  CHECK(&*e == &e.get());
  std::ostringstream os;
  os << e;
  CHECK(os.str() == tccode::to_string(*e));
  CHECK(tccode::to_string(e) == os.str());
}

TEST_CASE("explain_owned takes what explain takes after the message", "[owned]") {
  constexpr tccode::row rows[] = {tccode::make_row(7, "seven").with_description("七", "seven")};
  static constexpr tccode::table sevens{"sevens", rows};
  const tccode::owned_explanation english = tccode::explain_owned(4100, "x", tccode::lang::en);
  CHECK(english->type() == "Authentication failed");
  const tccode::owned_explanation seven = tccode::explain_owned(5100, "(7)x", sevens, tccode::lang::en);
  CHECK(seven->description() == "seven");
  const tccode::owned_explanation query = tccode::explain_owned(5100, "(9003)x", tccode::project_query);
  CHECK(query->module_row()->name == "invalid_query_parameter");
}

TEST_CASE("every state an owned explanation can reach is whole", "[owned]") {
  for (const std::string& message : {std::string("(1036)short"), "(1036)" + std::string(100, 'y')}) {  // SSO, heap
    INFO("message of " << message.size() << " bytes");
    tccode::owned_explanation original = tccode::explain_owned(5100, message, tccode::project_crud);
    const tccode::owned_explanation copy = original;  // NOLINT(performance-unnecessary-copy-initialization)
    check_whole(copy);
    CHECK(copy->detail() == original->detail());

    // Moved from: the source explains whatever its string now holds, and can be used, copied, moved.
    tccode::owned_explanation moved = std::move(original);
    check_whole(moved);
    CHECK(moved->detail() == copy->detail());
    check_whole(original);  // NOLINT(bugprone-use-after-move,hicpp-invalid-access-moved)
    const tccode::owned_explanation copy_of_moved_from = original;  // NOLINT(bugprone-use-after-move)
    check_whole(copy_of_moved_from);
    tccode::owned_explanation moved_moved_from = std::move(original);
    check_whole(moved_moved_from);
    original = copy;  // a moved-from object takes a new value
    check_whole(original);
    CHECK(original->detail() == copy->detail());

    // Assigned to itself, by copy and by move.
    tccode::owned_explanation self = copy;
    self = *&self;  // NOLINT(misc-redundant-expression)
    check_whole(self);
    CHECK(self->detail() == copy->detail());
    self = std::move(*&self);
    check_whole(self);

    // Swapped with itself and with another.
    using std::swap;
    swap(self, self);
    check_whole(self);
    tccode::owned_explanation other = tccode::explain_owned(4000, "(9003)other", tccode::project_crud);
    swap(self, other);
    check_whole(self);
    check_whole(other);
    CHECK(self->code() == 4000);
    CHECK(other->detail() == copy->detail());

    // Default-constructed: code 0, no message.
    const tccode::owned_explanation empty;
    CHECK(empty->success());
    check_whole(empty);

    std::vector<tccode::owned_explanation> many(100, copy);  // and in a container that reallocates
    many.push_back(copy);
    for (const tccode::owned_explanation& e : many) {
      check_whole(e);
    }
  }
}

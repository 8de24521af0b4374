// SPDX-License-Identifier: MIT
// Every header in two translation units of one program (the other is odr_other_tu.cpp): it links,
// and both units see the same tables, text and categories.
#include <tccode/codes.hpp>
#include <tccode/core.hpp>
#include <tccode/detail/config.hpp>
#include <tccode/explain.hpp>
#include <tccode/format.hpp>
#include <tccode/message.hpp>
#include <tccode/owned.hpp>
#include <tccode/retry.hpp>
#include <tccode/service.hpp>
#include <tccode/system_error.hpp>
#include <tccode/table.hpp>
#include <tccode/tccode.hpp>
#include <tccode/to_string.hpp>
#include <tccode/version.hpp>

#include "catch_compat.hpp"
#include "odr.hpp"

TEST_CASE("two translation units see one set of tccode's objects", "[odr]") {
  const odr_view other = odr_view_from_other_tu();
  CHECK(other.public_codes == static_cast<const void*>(&tccode::public_codes));
  CHECK(other.project_crud == static_cast<const void*>(&tccode::project_crud));
  CHECK(other.project_query == static_cast<const void*>(&tccode::project_query));
  // The rows are the one object's (their text is the same string, though a compiler that folds a
  // constant lookup may point at its own unit's copy of the literal).
  CHECK(other.row_4100 == static_cast<const void*>(tccode::lookup(tccode::public_codes, 4100)));
  CHECK(other.public_category == &tccode::public_category());
  CHECK(other.condition_category == &tccode::condition_category());
  const std::error_code name_exists = tccode::make_error_code(tccode::explain(5100, "(1036)", tccode::project_crud));
  CHECK(other.crud_category == &name_exists.category());
  CHECK(other.auth_failed == std::error_code(tccode::public_code::auth_failed));
  CHECK(other.project_name_exists == name_exists);
  CHECK(other.project_name_exists != tccode::make_error_code(tccode::explain(5100, "(1036)", tccode::project_query)));
  CHECK(other.formatted == tccode::to_string(tccode::explain(5100, "(1036)x", tccode::project_crud)));
}

// SPDX-License-Identifier: MIT
// Error codes made in another translation unit, compared in test_system_error.cpp.
#include <tccode/tccode.hpp>

std::error_code auth_failed_from_other_tu() { return tccode::public_code::auth_failed; }
std::error_code project_name_exists_from_other_tu() {
  return tccode::make_module_error_code<tccode::project_crud>(1036);
}
const std::error_category& crud_category_from_other_tu() { return tccode::module_category<tccode::project_crud>(); }

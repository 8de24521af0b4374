// SPDX-License-Identifier: MIT
// What each translation unit of the ODR test reports of tccode's objects.
#ifndef TCCODE_TESTS_ODR_HPP
#define TCCODE_TESTS_ODR_HPP

#include <string>
#include <system_error>

struct odr_view {
  const void* public_codes;
  const void* project_crud;
  const void* project_query;
  const void* row_4100;  // a row of public_codes
  const std::error_category* public_category;
  const std::error_category* condition_category;
  const std::error_category* crud_category;
  std::error_code auth_failed;
  std::error_code project_name_exists;
  std::string formatted;
};

odr_view odr_view_from_other_tu();

#endif  // TCCODE_TESTS_ODR_HPP

// SPDX-License-Identifier: MIT
// The second translation unit of the ODR test (test_odr.cpp): every header, included one by one,
// and what this unit sees of tccode's one-per-program objects.
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

#include <string>
#include <system_error>

#include "odr.hpp"

odr_view odr_view_from_other_tu() {
  return {&tccode::public_codes,
          &tccode::project_crud,
          &tccode::project_query,
          tccode::lookup(tccode::public_codes, 4100),
          &tccode::public_category(),
          &tccode::condition_category(),
          &tccode::make_error_code(tccode::explain(5100, "(1036)", tccode::project_crud)).category(),
          tccode::public_code::auth_failed,
          tccode::make_error_code(tccode::explain(5100, "(1036)", tccode::project_crud)),
          tccode::to_string(tccode::explain(5100, "(1036)x", tccode::project_crud))};
}

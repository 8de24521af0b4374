// SPDX-License-Identifier: MIT
#include "sdk.hpp"

#include <tccode/tccode.hpp>

namespace sdk {

std::string describe_failure(int code, const std::string& message) {
  return tccode::to_string(tccode::explain(code, message, tccode::project_crud, tccode::lang::en));
}

bool would_retry(int code, const std::string& message) {
  return tccode::explain(code, message, tccode::project_crud).retry() != tccode::retry_advice::never;
}

}  // namespace sdk

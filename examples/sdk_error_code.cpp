// SPDX-License-Identifier: MIT
// tccode's codes in an SDK's std::error_code handling (the README's "std::error_code" shows to_error()
// and handle()).
#include <tccode/tccode.hpp>

#include <iostream>
#include <string>
#include <system_error>

namespace {

// What an SDK returns: the explanation as an error code, with everything the explanation knows.
std::error_code to_error(int code, const std::string& message) {
  return tccode::make_error_code(tccode::explain(code, message, tccode::project_crud, tccode::lang::en));
}

void handle(const std::error_code& ec) {
  if (!ec) {
    std::cout << "ok\n";
  } else if (ec == tccode::condition::auth_error) {
    std::cout << "check the credentials and the clock: " << ec.message() << "\n";
  } else if (ec == tccode::condition::retryable) {
    std::cout << "retry later: " << ec.message() << "\n";
  } else if (ec == std::errc::invalid_argument) {
    std::cout << "fix the request: " << ec.message() << "\n";
  } else {
    std::cout << ec.category().name() << " " << ec.value() << ": " << ec.message() << "\n";
  }
}

}  // namespace

int main() {
  handle(to_error(0, ""));
  handle(to_error(4100, "signature mismatch"));
  handle(to_error(6200, ""));
  handle(to_error(4000, "(9003)name is empty"));
  handle(to_error(5100, "(1036)项目名称已经存在"));  // 5100 alone is retryable; its module code says never
  handle(to_error(4102, "not authorised"));
}

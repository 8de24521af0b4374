// SPDX-License-Identifier: MIT
// tccode's codes in an SDK's std::error_code handling (the README's "In an SDK" shows handle()).
#include <tccode/tccode.hpp>

#include <iostream>
#include <system_error>

namespace {

void handle(int code) {
  const std::error_code ec(code, tccode::public_category());
  if (!ec) {
    std::cout << code << ": ok\n";
  } else if (ec == tccode::condition::auth_error) {
    std::cout << code << ": check the credentials and the clock: " << ec.message() << "\n";
  } else if (ec == tccode::condition::retryable) {
    std::cout << code << ": retry later: " << ec.message() << "\n";
  } else if (ec == std::errc::invalid_argument) {
    std::cout << code << ": fix the request: " << ec.message() << "\n";
  } else {
    std::cout << code << ": " << ec.category().name() << ": " << ec.message() << "\n";
  }
}

}  // namespace

int main() {
  for (const int code : {0, 4100, 6200, 4000, 5300, 4102}) {
    handle(code);
  }
  const std::error_code module = tccode::make_module_error_code<tccode::project_crud>(1036);
  std::cout << module.category().name() << " " << module.value() << ": " << module.message() << "\n";
}

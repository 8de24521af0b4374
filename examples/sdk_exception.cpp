// SPDX-License-Identifier: MIT
// tccode in an exception handler, where the SDK's exception gives its message as a temporary
// std::string (the README's "Explain a response" shows handle()).
#include <tccode/tccode.hpp>

#include <iostream>
#include <string>
#include <system_error>
#include <utility>

namespace {

// Stand-in for an SDK's exception: getMessage() returns a new string each time, as CMQ's does.
class server_error {
 public:
  server_error(int code, std::string message) : code_(code), message_(std::move(message)) {}
  // The SDK's own names. NOLINTNEXTLINE(readability-identifier-naming)
  [[nodiscard]] int getCode() const { return code_; }
  // NOLINTNEXTLINE(readability-identifier-naming)
  [[nodiscard]] std::string getMessage() const { return message_; }

 private:
  int code_;
  std::string message_;
};

void handle(void (*call)()) {
  try {
    call();
  } catch (const server_error& ex) {
    // getMessage() is a temporary: explain keeps a copy of it (an owned_explanation), and the
    // error code views nothing.
    const auto e = tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud);
    std::cout << e << "\n";
    const std::error_code ec =
        tccode::make_error_code(tccode::explain(ex.getCode(), ex.getMessage(), tccode::project_crud));
    std::cout << ec.category().name() << ": " << ec.message() << "\n";
    if (e->retry() == tccode::retry_advice::never) {
      std::cout << "giving up: " << e->remedy() << "\n";  // the module row's remedy, else the public code's
    }
  }
}

}  // namespace

int main() {
  handle([] { throw server_error(5100, "(1036)项目名称已经存在"); });
  handle([] { throw server_error(4100, "signature mismatch"); });  // no module code: the public remedy
}

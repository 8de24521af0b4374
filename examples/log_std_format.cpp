// SPDX-License-Identifier: MIT
// tccode's types in std::format (<tccode/format.hpp>, where the standard library has <format>; the
// README's "Log lines" mentions it).
#include <tccode/format.hpp>
#include <tccode/tccode.hpp>

#include <format>
#include <iostream>
#include <string>

int main() {
  const std::string message = "(100004)projectId不正确";
  const tccode::explanation e = tccode::explain(5100, message, tccode::lang::en);
  std::cout << std::format("call failed: {}\n", e);
  std::cout << std::format("in Chinese: {:zh}\n", e);
  std::cout << std::format("[{:en<24}] [{:>10}]\n", e.retry(), e.canonical());
}

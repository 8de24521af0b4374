// SPDX-License-Identifier: MIT
// tccode's types in spdlog's log lines (<tccode/fmt.hpp>; the README's "In a log line" shows it).
#include <tccode/fmt.hpp>
#include <tccode/tccode.hpp>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <string>

int main() {
  spdlog::set_default_logger(spdlog::stdout_logger_st("sdk"));
  spdlog::set_pattern("[%l] %v");  // no time stamp: the same output on every run

  const std::string message = "(1036)项目名称已经存在";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud);
  spdlog::warn("call failed: {}", e);     // in the explanation's language (Chinese)
  spdlog::warn("call failed: {:en}", e);  // in English
  spdlog::info("advice: {} ({:en})", e.retry, e.retry);
  spdlog::info("status: {}", tccode::canonical_code_for(e));
}

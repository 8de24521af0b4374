// SPDX-License-Identifier: MIT
// tccode's types in spdlog's log lines (<tccode/format.hpp> after spdlog; the README's "Log lines"
// shows it).
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
// After fmt (here through spdlog): its fmt formatters are defined where fmt is.
#include <tccode/format.hpp>
#include <tccode/tccode.hpp>

#include <string>

int main() {
  spdlog::set_default_logger(spdlog::stdout_logger_st("sdk"));
  spdlog::set_pattern("[%l] %v");  // no time stamp: the same output on every run

  const std::string message = "(1036)项目名称已经存在";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud);
  spdlog::warn("call failed: {}", e);     // in the explanation's language (Chinese)
  spdlog::warn("call failed: {:en}", e);  // in English
  spdlog::info("advice: {} ({:en})", e.retry(), e.retry());
  spdlog::info("status: {}", e.canonical());
  spdlog::info("[{:<12}] [{:en*^20}]", e.retry(), e.retry());  // width, fill and alignment as for strings
}

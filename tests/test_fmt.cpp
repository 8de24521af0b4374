// SPDX-License-Identifier: MIT
// <tccode/format.hpp>: tccode's types in fmt (Debian's libfmt-dev 9.1) and in spdlog (libspdlog-dev).
#include <spdlog/logger.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/ostream_sink.h>

#include <memory>
#include <sstream>
#include <string>

#include "catch_compat.hpp"
// After fmt (through spdlog): the fmt formatters are defined where fmt is.
#include <tccode/format.hpp>

#define TCCODE_TEST_FORMAT(format_string, ...) fmt::format(FMT_STRING(format_string), __VA_ARGS__)
#define TCCODE_TEST_VFORMAT(format_string, ...) fmt::format(fmt::runtime(format_string), __VA_ARGS__)
#define TCCODE_TEST_FORMAT_ERROR fmt::format_error
#define TCCODE_TEST_LIBRARY "fmt"
#include "format_cases.hpp"

TEST_CASE("spdlog: tccode's types in log lines", "[format][spdlog]") {
  std::ostringstream out;
  const auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
  spdlog::logger logger("sdk", sink);
  // "\n" at the end of a line on every platform (spdlog's default on Windows is "\r\n").
  logger.set_formatter(std::make_unique<spdlog::pattern_formatter>("%l %v", spdlog::pattern_time_type::local, "\n"));
  const std::string message = "(1036)项目名称已经存在";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud, tccode::lang::en);
  logger.warn("call failed: {}", e);
  logger.info("advice {} ({:zh}), status {}", e.retry(), e.retry(), e.canonical());
  logger.error("{:zh}", tccode::explain(6200, "", tccode::lang::en));
  CHECK(out.str() ==
        "warning call failed: 5100 Resource operation failed: (1036) The project name already exists "
        "\"项目名称已经存在\" [do not retry]\n"
        "info advice never (不要重试), status already_exists\n"
        "error 6200 接口暂时无法访问 [退避一段时间后重试]\n");
}

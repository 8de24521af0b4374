// SPDX-License-Identifier: MIT
// The expectations of tccode's formatters, shared by fmt (test_fmt.cpp) and std::format
// (test_std_format.cpp). The includer defines:
//   TCCODE_TEST_FORMAT(fmt, ...)   format with a format string checked at compile time
//   TCCODE_TEST_VFORMAT(fmt, ...)  format with a format string given at run time
//   TCCODE_TEST_FORMAT_ERROR       the exception type of a bad format string at run time
//   TCCODE_TEST_LIBRARY            "fmt" or "std::format", in the test names
// Include it once, after catch_compat.hpp and the library's own header.
#include <tccode/format.hpp>
#include <tccode/tccode.hpp>

#include <string>

namespace {

// An explanation with a module row.
inline tccode::explanation with_module(tccode::lang l) {
  static const std::string message = "(1036)项目名称已经存在";
  return tccode::explain(5100, message, tccode::project_crud, l);
}

}  // namespace

TEST_CASE(TCCODE_TEST_LIBRARY ": an explanation, in its language or the one asked for", "[format]") {
  const tccode::explanation zh = with_module(tccode::lang::zh);
  const tccode::explanation en = with_module(tccode::lang::en);
  CHECK(TCCODE_TEST_FORMAT("{}", zh) == "5100 资源操作失败: (1036) 项目名称已经存在 [不要重试]");
  CHECK(TCCODE_TEST_FORMAT("{}", en) ==
        "5100 Resource operation failed: (1036) The project name already exists \"项目名称已经存在\" [do not retry]");
  CHECK(TCCODE_TEST_FORMAT("{:en}", zh) == TCCODE_TEST_FORMAT("{}", en));
  CHECK(TCCODE_TEST_FORMAT("{:zh}", en) == TCCODE_TEST_FORMAT("{}", zh));
  CHECK(TCCODE_TEST_FORMAT("{}", zh) == tccode::to_string(zh));
  CHECK(TCCODE_TEST_FORMAT("call failed: {:en}!", tccode::explain(5100, "(1036)", tccode::project_crud)) ==
        "call failed: 5100 Resource operation failed: (1036) The project name already exists [do not retry]!");
  // A temporary message: explain keeps a copy (an owned_explanation), formatted within the statement.
  const auto get_message = [] { return std::string("(1036)") + std::string(40, 'x'); };
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(5100, get_message(), tccode::project_crud)) ==
        "5100 Resource operation failed: (1036) The project name already exists \"" + std::string(40, 'x') +
            "\" [do not retry]");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::explain(5100, get_message(), tccode::project_crud)) ==
        "5100 资源操作失败: (1036) 项目名称已经存在 \"" + std::string(40, 'x') + "\" [不要重试]");
  // Without a module row, unlisted, success.
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(5100, "(100004)projectId")) ==
        "5100 Resource operation failed: (100004) projectId [retry after a backoff]");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", tccode::explain(4102, "odd")) == "4102 (未列出的客户端错误): odd [不要重试]");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(6300, "")) ==
        "6300 (unlisted server error) [retry after a backoff]");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::explain(0, "")) == "0 成功");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(0, "")) == "0 success");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": one line whatever the server sent, invalid UTF-8 passed through", "[format]") {
  const char raw[] = "(9)\xff\xfe line one\nline two\r\ttab \0 nul \x1b end";
  const std::string message(raw, sizeof raw - 1);
  const tccode::explanation e = tccode::explain(6000, message, tccode::lang::en);
  const std::string line = TCCODE_TEST_FORMAT("{}", e);
  CHECK(line ==
        "6000 Internal server error: (9) \xff\xfe line one\\nline two\\r\\ttab \\x00 nul \\x1b end "
        "[retry after a backoff]");
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line == tccode::to_string(e));
  // Quoted after a module row's description: a quote in the server's text is escaped too.
  const std::string quoted = "(1036)say \"hi\"\n";
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(5100, quoted, tccode::project_crud)) ==
        "5100 Resource operation failed: (1036) The project name already exists \"say \\\"hi\\\"\" [do not retry]");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": the enums", "[format]") {
  using tccode::retry_advice;
  CHECK(TCCODE_TEST_FORMAT("{}", retry_advice::backoff) == "backoff");
  CHECK(TCCODE_TEST_FORMAT("{:en}", retry_advice::backoff) == "retry after a backoff");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", retry_advice::backoff) == "退避一段时间后重试");
  CHECK(TCCODE_TEST_FORMAT("{} / {:en}", retry_advice::never, retry_advice::throttled) ==
        "never / retry only behind a rate limiter or a long backoff");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", retry_advice::resign) == "用新的 Timestamp 和 Nonce 重新签名后重试");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::canonical_code::resource_exhausted) == "resource_exhausted");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", tccode::explain(5000, "").canonical()) == "not_found");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": width, fill and alignment, as for a string", "[format]") {
  using tccode::retry_advice;
  CHECK(TCCODE_TEST_FORMAT("[{:<10}]", retry_advice::never) == "[never     ]");
  CHECK(TCCODE_TEST_FORMAT("[{:>10}]", retry_advice::never) == "[     never]");
  CHECK(TCCODE_TEST_FORMAT("[{:*^11}]", retry_advice::resign) == "[**resign***]");
  CHECK(TCCODE_TEST_FORMAT("[{:en<25}]", retry_advice::backoff) == "[retry after a backoff    ]");
  CHECK(TCCODE_TEST_FORMAT("[{:en.5}]", retry_advice::backoff) == "[retry]");
  CHECK(TCCODE_TEST_FORMAT("[{:>20}]", tccode::canonical_code::not_found) == "[           not_found]");
  CHECK(TCCODE_TEST_FORMAT("[{:en>12}]", tccode::explain(0, "")) == "[   0 success]");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": a spec that a string rejects is an error at run time", "[format]") {
  const tccode::explanation e = with_module(tccode::lang::zh);
  for (const char* bad : {"{:fr}", "{:e}", "{:enn}", "{:Zh}", "{:d}", "{:en#}"}) {
    INFO("format string " << bad);
    CHECK_THROWS_AS(TCCODE_TEST_VFORMAT(bad, e), TCCODE_TEST_FORMAT_ERROR);
    CHECK_THROWS_AS(TCCODE_TEST_VFORMAT(bad, tccode::retry_advice::never), TCCODE_TEST_FORMAT_ERROR);
  }
  CHECK(TCCODE_TEST_VFORMAT("{:en}", tccode::retry_advice::never) == "do not retry");
  CHECK(TCCODE_TEST_VFORMAT("{:>6}", tccode::retry_advice::never) == " never");
}

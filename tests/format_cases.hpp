// SPDX-License-Identifier: MIT
// The expectations of tccode's formatters, shared by fmt (test_fmt.cpp) and std::format
// (test_std_format.cpp). The includer defines:
//   TCCODE_TEST_FORMAT(fmt, ...)   format with a format string checked at compile time
//   TCCODE_TEST_VFORMAT(fmt, ...)  format with a format string given at run time
//   TCCODE_TEST_FORMAT_ERROR       the exception type of a bad format string at run time
//   TCCODE_TEST_LIBRARY            "fmt" or "std::format", in the test names
// Include it once, after catch_compat.hpp.
#include <tccode/tccode.hpp>

#include <string>

namespace {

// An explanation with a module entry, one without, an unlisted code, a success.
inline tccode::explanation with_module(tccode::lang l) {
  static const std::string message = "(1036)项目名称已经存在";
  return tccode::explain(5100, message, tccode::project_crud, l);
}

}  // namespace

TEST_CASE(TCCODE_TEST_LIBRARY ": an explanation, in its language or the one asked for", "[format]") {
  const tccode::explanation zh = with_module(tccode::lang::zh);
  const tccode::explanation en = with_module(tccode::lang::en);
  CHECK(TCCODE_TEST_FORMAT("{}", zh) == "5100 资源操作失败: (1036) 项目名称已经存在 [不要重试：同样的请求会再次失败]");
  CHECK(TCCODE_TEST_FORMAT("{}", en) ==
        "5100 Resource operation failed: (1036) 项目名称已经存在 [do not retry: the same request fails again]");
  CHECK(TCCODE_TEST_FORMAT("{:en}", zh) == TCCODE_TEST_FORMAT("{}", en));
  CHECK(TCCODE_TEST_FORMAT("{:zh}", en) == TCCODE_TEST_FORMAT("{}", zh));
  CHECK(TCCODE_TEST_FORMAT("{}", zh) == tccode::to_string(zh));
  CHECK(TCCODE_TEST_FORMAT("call failed: {:en}!", tccode::explain(5100, "(1036)", tccode::project_crud)) ==
        "call failed: 5100 Resource operation failed: (1036) A project with this name already exists [do not retry: "
        "the same request fails again]!");
  // Without a module table, unlisted, success.
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(5100, "(100004)projectId")) ==
        "5100 Resource operation failed: (100004) projectId [retry after a backoff]");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", tccode::explain(4102, "odd")) ==
        "4102 (未列出的客户端错误): odd [不要重试：同样的请求会再次失败]");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(6300, "")) ==
        "6300 (unlisted server error) [retry after a backoff]");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::explain(0, "")) == "0 成功");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::explain(0, "")) == "0 success");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": the server's text passes through unchanged, invalid UTF-8 too", "[format]") {
  const std::string message = "(9)\xff\xfe bytes \xe9\x89";
  const tccode::explanation e = tccode::explain(6000, message, tccode::lang::en);
  const std::string line = TCCODE_TEST_FORMAT("{}", e);
  CHECK(line == "6000 Internal error on the server: (9) \xff\xfe bytes \xe9\x89 [retry after a backoff]");
  CHECK(line.find(std::string(e.detail)) != std::string::npos);
}

TEST_CASE(TCCODE_TEST_LIBRARY ": an entry", "[format]") {
  const tccode::entry auth = *tccode::lookup(tccode::public_codes, 4100);
  CHECK(TCCODE_TEST_FORMAT("{}", auth) == "4100 鉴权失败: 签名鉴权失败，请参考文档中鉴权部分。");
  CHECK(TCCODE_TEST_FORMAT("{:en}", auth) ==
        "4100 Authentication failed: Signature authentication failed; see the authentication section of the "
        "documentation.");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", auth) == TCCODE_TEST_FORMAT("{}", auth));
  const tccode::entry module = *with_module(tccode::lang::en).module_entry;
  CHECK(TCCODE_TEST_FORMAT("{}", module) == "1036: A project with this name already exists");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", module) == "1036: 项目名称已经存在");
  // An entry that does not know its row (made by hand, or from a copy of one) stays as it is.
  const tccode::entry copy = tccode::find_row(tccode::public_codes, 4100)->in(tccode::lang::zh);
  CHECK(TCCODE_TEST_FORMAT("{:en}", copy) == TCCODE_TEST_FORMAT("{}", auth));
}

TEST_CASE(TCCODE_TEST_LIBRARY ": the enums", "[format]") {
  using tccode::retry_advice;
  CHECK(TCCODE_TEST_FORMAT("{}", retry_advice::after_backoff) == "after_backoff");
  CHECK(TCCODE_TEST_FORMAT("{:en}", retry_advice::after_backoff) == "retry after a backoff");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", retry_advice::after_backoff) == "退避一段时间后重试");
  CHECK(TCCODE_TEST_FORMAT("{} / {:en}", retry_advice::never, retry_advice::throttled) ==
        "never / retry only behind a rate limiter or a long backoff");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", retry_advice::after_resign) == "用新的 Timestamp 和 Nonce 重新签名后重试");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::code_class::client) == "client error");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", tccode::code_class::server) == "服务器错误");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::code_class::other) == "error");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::canonical_code::resource_exhausted) == "RESOURCE_EXHAUSTED");
  CHECK(TCCODE_TEST_FORMAT("{:zh}", tccode::canonical_code_for(5000)) == "NOT_FOUND");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::public_code::auth_failed) == "4100 鉴权失败");
  CHECK(TCCODE_TEST_FORMAT("{:en}", tccode::public_code::auth_failed) == "4100 Authentication failed");
  CHECK(TCCODE_TEST_FORMAT("{:en}", static_cast<tccode::public_code>(4102)) == "4102 (unlisted client error)");
  CHECK(TCCODE_TEST_FORMAT("{}", tccode::public_code::success) == "0 成功");
}

TEST_CASE(TCCODE_TEST_LIBRARY ": a spec other than zh or en is an error at run time", "[format]") {
  const tccode::explanation e = with_module(tccode::lang::zh);
  for (const char* bad : {"{:fr}", "{:e}", "{:enn}", "{:>10}", "{:Zh}"}) {
    INFO("format string " << bad);
    CHECK_THROWS_AS(TCCODE_TEST_VFORMAT(bad, e), TCCODE_TEST_FORMAT_ERROR);
    CHECK_THROWS_AS(TCCODE_TEST_VFORMAT(bad, tccode::retry_advice::never), TCCODE_TEST_FORMAT_ERROR);
    CHECK_THROWS_AS(TCCODE_TEST_VFORMAT(bad, tccode::public_code::auth_failed), TCCODE_TEST_FORMAT_ERROR);
  }
  CHECK(TCCODE_TEST_VFORMAT("{:en}", tccode::retry_advice::never) == "do not retry: the same request fails again");
}

// SPDX-License-Identifier: MIT
// One readable log line per explanation, in the language the explanation was built in.
#include <tccode/tccode.hpp>

#include <sstream>
#include <string>

#include "catch_compat.hpp"

namespace {
using tccode::lang;
}

TEST_CASE("to_string: the document's example", "[format]") {
  const tccode::explanation e = tccode::explain(5100, "(100004)projectId不正确");
  CHECK(tccode::to_string(e) == "5100 资源操作失败: (100004) projectId不正确 [退避一段时间后重试]");
  CHECK(tccode::to_string(tccode::explain(5100, "(100004)projectId不正确", lang::en)) ==
        "5100 Resource operation failed: (100004) projectId不正确 [retry after a backoff]");
  std::ostringstream os;
  os << e;
  CHECK(os.str() == tccode::to_string(e));
}

TEST_CASE("operator<< writes in the language the explanation was built in", "[format]") {
  std::ostringstream os;
  os << tccode::explain(4100, "sig", lang::en) << '\n' << tccode::explain(4100, "sig");
  CHECK(os.str() ==
        "4100 Authentication failed: sig [do not retry]\n"
        "4100 鉴权失败: sig [不要重试]");
}

TEST_CASE("to_string: advice, unlisted codes, success", "[format]") {
  CHECK(tccode::to_string(tccode::explain(4400, "", lang::en)) ==
        "4400 Quota exceeded [retry only behind a rate limiter or a long backoff]");
  CHECK(tccode::to_string(tccode::explain(4200, "expired")) ==
        "4200 请求过期: expired [用新的 Timestamp 和 Nonce 重新签名后重试]");
  CHECK(tccode::to_string(tccode::explain(4102, "(3)odd", lang::en)) ==
        "4102 (unlisted client error): (3) odd [do not retry]");
  CHECK(tccode::to_string(tccode::explain(4102, "(3)odd")) == "4102 (未列出的客户端错误): (3) odd [不要重试]");
  CHECK(tccode::to_string(tccode::explain(5999, "x", lang::en)) == "5999 (unlisted resource error): x [do not retry]");
  CHECK(tccode::to_string(tccode::explain(6300, "", lang::en)) ==
        "6300 (unlisted server error) [retry after a backoff]");
  CHECK(tccode::to_string(tccode::explain(-7, "", lang::en)) == "-7 (unlisted error) [do not retry]");
  CHECK(tccode::to_string(tccode::explain(0, "", lang::en)) == "0 success");
  CHECK(tccode::to_string(tccode::explain(0, "")) == "0 成功");
  CHECK(tccode::to_string(tccode::explain(0, "success", lang::en)) == "0 success: success");
}

TEST_CASE("to_string: a module code with nothing after it shows the table's description", "[format]") {
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)", tccode::project_crud)) ==
        "5100 资源操作失败: (1036) 项目名称已经存在 [不要重试]");
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)", tccode::project_crud, lang::en)) ==
        "5100 Resource operation failed: (1036) The project name already exists [do not retry]");
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)")) == "5100 资源操作失败: (1036) [退避一段时间后重试]");
}

TEST_CASE("to_string: in English, a known module row's English, then what the server said", "[format]") {
  const std::string message = "(1036)项目名称已经存在";
  CHECK(tccode::to_string(tccode::explain(5100, message, tccode::project_crud, lang::en)) ==
        "5100 Resource operation failed: (1036) The project name already exists \"项目名称已经存在\" [do not retry]");
  // In Chinese the row's words are the server's: said once.
  CHECK(tccode::to_string(tccode::explain(5100, message, tccode::project_crud)) ==
        "5100 资源操作失败: (1036) 项目名称已经存在 [不要重试]");
  // The server's own words differ from the row's: both.
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)名字重复", tccode::project_crud)) ==
        "5100 资源操作失败: (1036) 项目名称已经存在 \"名字重复\" [不要重试]");
}

TEST_CASE("to_string: always one line, control characters escaped visibly", "[format]") {
  // A real CAM 4102 message spans lines; \r, \t, NUL and DEL too.
  const char raw[] = "not authorized\nresource: qcs::cam::uin/1:user/2\r\t\0\x7f\\end";
  const std::string message(raw, sizeof raw - 1);
  const std::string line = tccode::to_string(tccode::explain(4102, message, lang::en));
  CHECK(line ==
        "4102 (unlisted client error): not authorized\\nresource: qcs::cam::uin/1:user/2\\r\\t\\x00\\x7f"
        "\\\\end [do not retry]");
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find('\r') == std::string::npos);
  CHECK(line.find('\0') == std::string::npos);
  std::ostringstream os;
  os << tccode::explain(4102, message);
  CHECK(os.str().find('\n') == std::string::npos);
  // Trailing whitespace of the message is trimmed, as parse_message trims it.
  CHECK(tccode::to_string(tccode::explain(4000, "bad\n", lang::en)) ==
        "4000 Invalid request parameter: bad [do not retry]");
}

TEST_CASE("describe gives each advice in both languages", "[format][retry]") {
  using tccode::retry_advice;
  CHECK(tccode::describe(retry_advice::never, lang::en) == "do not retry");
  CHECK(tccode::describe(retry_advice::backoff, lang::en) == "retry after a backoff");
  CHECK(tccode::describe(retry_advice::throttled, lang::en) == "retry only behind a rate limiter or a long backoff");
  CHECK(tccode::describe(retry_advice::resign, lang::en) == "sign again with a fresh Timestamp and Nonce, then retry");
  CHECK(tccode::describe(retry_advice::never) == "不要重试");
  CHECK(tccode::describe(retry_advice::backoff) == "退避一段时间后重试");
  CHECK(tccode::describe(retry_advice::throttled) == "只在限流器之后或较长的退避之后重试");
  CHECK(tccode::describe(retry_advice::resign) == "用新的 Timestamp 和 Nonce 重新签名后重试");
  STATIC_REQUIRE(tccode::describe(retry_advice::backoff, lang::en) == std::string_view("retry after a backoff"));
}

TEST_CASE("to_string in another language than the explanation's", "[format]") {
  const std::string message = "(1036)";
  const tccode::explanation zh = tccode::explain(5100, message, tccode::project_crud);
  CHECK(tccode::to_string(zh, lang::en) ==
        "5100 Resource operation failed: (1036) The project name already exists [do not retry]");
  CHECK(tccode::to_string(zh, lang::zh) == tccode::to_string(zh));
}

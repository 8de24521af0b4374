// SPDX-License-Identifier: MIT
// One readable log line per explanation, in both languages.
#include <tccode/tccode.hpp>

#include <sstream>
#include <string>

#include "catch_compat.hpp"

TEST_CASE("to_string: the document's example", "[format]") {
  const tccode::explanation e = tccode::explain(5100, "(100004)projectId不正确");
  CHECK(tccode::to_string(e) == "5100 资源操作失败: (100004) projectId不正确 [retry after backoff]");
  CHECK(tccode::to_string(e, tccode::lang::en) ==
        "5100 Resource operation failed: (100004) projectId不正确 [retry after backoff]");
  std::ostringstream os;
  os << e;
  CHECK(os.str() == tccode::to_string(e));
}

TEST_CASE("to_string: advice, unlisted codes, success", "[format]") {
  CHECK(tccode::to_string(tccode::explain(4100, "sig"), tccode::lang::en) ==
        "4100 Authentication failed: sig [do not retry]");
  CHECK(tccode::to_string(tccode::explain(4400, ""), tccode::lang::en) ==
        "4400 Quota exceeded [retry behind a rate limiter]");
  CHECK(tccode::to_string(tccode::explain(4200, "expired")) == "4200 请求过期: expired [sign again, then retry]");
  CHECK(tccode::to_string(tccode::explain(4102, "(3)odd")) == "4102 (unlisted client error): (3) odd [do not retry]");
  CHECK(tccode::to_string(tccode::explain(5999, "x")) == "5999 (unlisted resource error): x [do not retry]");
  CHECK(tccode::to_string(tccode::explain(6300, "")) == "6300 (unlisted server error) [retry after backoff]");
  CHECK(tccode::to_string(tccode::explain(-7, "")) == "-7 (unlisted error) [do not retry]");
  CHECK(tccode::to_string(tccode::explain(0, "")) == "0 success");
  CHECK(tccode::to_string(tccode::explain(0, "success")) == "0 success: success");
}

TEST_CASE("to_string: a module code with nothing after it shows the table's description", "[format]") {
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)", tccode::project_crud)) ==
        "5100 资源操作失败: (1036) 项目名称已经存在 [retry after backoff]");
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)", tccode::project_crud, tccode::lang::en), tccode::lang::en) ==
        "5100 Resource operation failed: (1036) A project with this name already exists [retry after backoff]");
  CHECK(tccode::to_string(tccode::explain(5100, "(1036)")) == "5100 资源操作失败: (1036) [retry after backoff]");
}

TEST_CASE("operator<< for entry", "[format]") {
  std::ostringstream os;
  os << *tccode::lookup(tccode::public_codes, 4100, tccode::lang::en) << '\n'
     << *tccode::lookup(tccode::project_crud, 1036);
  CHECK(os.str() ==
        "4100 Authentication failed: Signature authentication failed; see the authentication section of the "
        "documentation.\n1036: 项目名称已经存在");
}

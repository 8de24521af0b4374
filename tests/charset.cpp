// SPDX-License-Identifier: MIT
// Built with -fexec-charset=GBK: the compiler re-encodes this file's own narrow literals, yet every
// string tccode returns is still the document's UTF-8, because its headers store text as \xNN.
#include <tccode/tccode.hpp>

#include <cstdio>
#include <string_view>

int main() {
  int failures = 0;
  const auto check = [&failures](bool ok, const char* what) {
    if (!ok) {
      std::printf("charset: wrong: %s\n", what);
      ++failures;
    }
  };
  // Proof that the flag is on: U+9274 is 3 bytes in UTF-8, 2 in GBK.
  check(sizeof("鉴") - 1 == 2, "this file's literals are re-encoded to GBK");
  // 鉴权失败 in UTF-8.
  check(tccode::lookup(tccode::public_codes, 4100)->type == "\xe9\x89\xb4\xe6\x9d\x83\xe5\xa4\xb1\xe8\xb4\xa5",
        "4100's type is UTF-8");
  // 项目 ID 为空 in UTF-8.
  check(tccode::lookup(tccode::project_query, 1000)->description ==
            "\xe9\xa1\xb9\xe7\x9b\xae ID \xe4\xb8\xba\xe7\xa9\xba",
        "project_query 1000 is UTF-8");
  // The full-width parenthesis in a UTF-8 message is still recognised.
  check(tccode::parse_message("\xef\xbc\x88"
                              "9003\xef\xbc\x89x")
                .module_code == 9003,
        "full-width parentheses");
  std::printf("charset: %s\n", failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}

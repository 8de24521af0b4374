// SPDX-License-Identifier: MIT
// Every API 3.0 common code (<tccode/api3.hpp>), one a line, for check_common.py to compare with the
// official page and the SDKs' files: value, code, flags, judgement, rule, then the Chinese and the English.
// Tabs, newlines and backslashes in text are escaped. With codes as arguments, each one's value.
#include <tccode/api3.hpp>

#include <cstdio>
#include <string>
#include <string_view>

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  for (const char c : s) {
    out += c == '\t'   ? std::string("\\t")
           : c == '\n' ? std::string("\\n")
           : c == '\\' ? std::string("\\\\")
                       : std::string(1, c);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  for (const tccode::code_row& r : tccode::common_codes) {
    std::printf("%d\t%s\t%d\t%s\t%s\t%s\t%s\n", r.value, escaped(r.code).c_str(), r.flags,
                std::string(tccode::judgements[r.judgement].id).c_str(),
                std::string(tccode::judgement_rules[r.rule]).c_str(), escaped(r.zh).c_str(), escaped(r.en).c_str());
  }
  for (int i = 1; i < argc; ++i) {
    std::printf("#value\t%d\t%s\n", tccode::code_value(argv[i]), escaped(argv[i]).c_str());
  }
  std::printf("#dumped %zu codes\n", sizeof(tccode::common_codes) / sizeof(tccode::common_codes[0]));
  return 0;
}

// SPDX-License-Identifier: MIT
// Every row of every API 3.0 product in every version (<tccode/products.hpp>), one a line, for
// check_products.py to compare with the official Go SDKs' errors.go: product, host, version, newest,
// value, code, flags, judgement, rule, the common row recorded for it (its code, "-" for none, "?" for
// not recorded), then the Chinese and the English; first the common codes, "#common CODE" each. Tabs,
// newlines and backslashes in text are escaped.
#include <tccode/products.hpp>

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

std::string common_of(const tccode::code_row& r) {
  return r.common == 0                                 ? std::string("?")
         : r.common == tccode::code_row::no_common_row ? std::string("-")
                                                       : std::string(tccode::common_codes[r.common - 1].code);
}

int main() {
  for (const tccode::code_row& r : tccode::common_codes) {
    std::printf("#common %s\n", std::string(r.code).c_str());
  }
  std::size_t rows = 0;
  for (const tccode::products::catalogue_entry& e : tccode::products::catalogue) {
    for (const tccode::code_row& r : *e.product) {
      std::printf("%s\t%s\t%s\t%d\t%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", std::string(e.product->name()).c_str(),
                  std::string(e.host).c_str(), std::string(e.product->version()).c_str(), e.newest ? 1 : 0, r.value,
                  escaped(r.code).c_str(), r.flags, std::string(tccode::judgements[r.judgement].id).c_str(),
                  std::string(tccode::judgement_rules[r.rule]).c_str(), common_of(r).c_str(), escaped(r.zh).c_str(),
                  escaped(r.en).c_str());
      ++rows;
    }
  }
  std::printf("#dumped %zu rows of %zu product versions\n", rows,
              sizeof(tccode::products::catalogue) / sizeof(tccode::products::catalogue[0]));
  return 0;
}

// SPDX-License-Identifier: MIT
// Every row of every built-in service, one a line, for check_official.py to compare with the official
// documents: service, table, code, under, name, english_by_tccode, link, message, then the type,
// description and remedy in Chinese and in English. Tabs, newlines and backslashes in text are escaped.
#include <tccode/services.hpp>

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

void dump(std::string_view service, const tccode::table_view& t, bool is_public) {
  for (const tccode::row& r : t) {
    std::string line = std::string(service) + '\t' + (is_public ? "public" : std::string(t.name())) + '\t' +
                       std::to_string(r.code) + '\t' + std::to_string(r.under) + '\t' + escaped(r.name) + '\t' +
                       (r.english_by_tccode ? "tccode" : "official") + '\t' + escaped(r.link) + '\t' +
                       escaped(r.message);
    for (const tccode::text* text : {&r.zh, &r.en}) {
      line += '\t' + escaped(text->type) + '\t' + escaped(text->description) + '\t' + escaped(text->remedy);
    }
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int main() {
  std::size_t services = 0;
  for (const tccode::services::catalogue_entry& c : tccode::services::catalogue) {
    dump(c.service->name(), c.service->overrides(), true);
    for (const tccode::table_view* t = c.service->modules_begin(); t != c.service->modules_end(); ++t) {
      dump(c.service->name(), *t, false);
    }
    std::printf("#service\t%.*s\t%.*s\n", static_cast<int>(c.service->name().size()), c.service->name().data(),
                static_cast<int>(c.sources.size()), c.sources.data());
    ++services;
  }
  std::printf("#dumped %zu services\n", services);
  return 0;
}

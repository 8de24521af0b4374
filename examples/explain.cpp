// SPDX-License-Identifier: MIT
// Explains the official document's example response:
//   {"code": 5100, "message": "(100004)projectId不正确"}
// Usage: tccode_example [code [message]]   (the document's example when no arguments are given)
#include <tccode/tccode.hpp>

#include <cstdio>
#include <optional>
#include <string_view>

namespace {

void print(const char* label, std::string_view text) {
  if (!text.empty()) {
    std::printf("  %-12s %.*s\n", label, static_cast<int>(text.size()), text.data());
  }
}

void print_module(const char* table_name, const std::optional<tccode::entry>& e, int module_code) {
  if (e) {
    std::printf("  %s %d: %.*s\n", table_name, module_code, static_cast<int>(e->description.size()),
                e->description.data());
    print("remedy", e->remedy);
  } else {
    std::printf("  %s: no module code %d\n", table_name, module_code);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view code_text = argc > 1 ? argv[1] : "5100";
  const std::string_view message = argc > 2 ? argv[2] : "(100004)projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae";

  const std::optional<int> code = tccode::parse_code(code_text);
  if (!code) {
    std::fprintf(stderr, "tccode_example: code '%.*s' is not an integer\n", static_cast<int>(code_text.size()),
                 code_text.data());
    return 2;
  }
  std::printf("code %d, message \"%.*s\"\n", *code, static_cast<int>(message.size()), message.data());

  for (const tccode::lang l : {tccode::lang::zh, tccode::lang::en}) {
    std::printf("[%s]\n", l == tccode::lang::zh ? "zh" : "en");
    if (const std::optional<tccode::entry> e = tccode::lookup(tccode::public_codes, *code, l)) {
      std::printf("  public code %d (%.*s)\n", e->code, static_cast<int>(e->name.size()), e->name.data());
      print("type", e->type);
      print("description", e->description);
      print("remedy", e->remedy);
      print("link", tccode::find_row(tccode::public_codes, *code)->link);
    } else {
      std::printf("  public code %d: not in the document's table\n", *code);
    }
  }

  const tccode::parsed_message parsed = tccode::parse_message(message);
  std::printf("message\n");
  print("description", parsed.description);
  if (parsed.module_code) {
    std::printf("  module code  %d\n", *parsed.module_code);
    print_module("project_crud", tccode::lookup(tccode::project_crud, *parsed.module_code), *parsed.module_code);
    print_module("project_query", tccode::lookup(tccode::project_query, *parsed.module_code), *parsed.module_code);
  } else {
    std::printf("  no module code\n");
  }
  return 0;
}

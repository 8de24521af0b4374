#include <tccode/tccode.hpp>

#include <iostream>

int main() {
  // The response: {"code": 5100, "message": "(1036)项目名称已经存在"}
  const tccode::parsed_message message = tccode::parse_message("(1036)项目名称已经存在");
  const auto code = tccode::lookup(tccode::public_codes, 5100, tccode::lang::en);
  const auto module = tccode::lookup(tccode::project_crud, message.module_code.value_or(0), tccode::lang::en);
  std::cout << code->code << " " << code->type << ": " << code->remedy << "\n";
  if (module) std::cout << "(" << module->code << ") " << module->description << ": " << module->remedy << "\n";
  std::cout << "server's text: " << message.description << "\n";
}

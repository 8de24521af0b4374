#include <tccode/tccode.hpp>

#include <iostream>
#include <string>

int main() {
  // The response: {"code": 5100, "message": "(1036)项目名称已经存在"}
  const std::string message = "(1036)项目名称已经存在";
  const tccode::explanation e = tccode::explain(5100, message, tccode::project_crud, tccode::lang::en);
  std::cout << e << "\n";
  std::cout << e.type() << ", because: " << e.description() << "\n";
  std::cout << "remedy: " << e.remedy() << "\n";
  std::cout << "retry: " << tccode::describe(e.retry(), e.language()) << "\n";
}

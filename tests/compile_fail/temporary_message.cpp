// SPDX-License-Identifier: MIT
// Must not compile: a temporary std::string as the message of explain or parse_message, whose
// result would view it after it is destroyed (the SDK pattern explain(ex.getCode(), ex.getMessage())).
// TCCODE_TEST_CASE picks the call; with TCCODE_TEST_CONTROL the message is kept in a variable and
// it compiles, so the failure is the temporary's and nothing else's.
#include <tccode/tccode.hpp>

#include <string>

namespace {

class server_error {
 public:
  [[nodiscard]] int getCode() const { return 5100; }
  [[nodiscard]] std::string getMessage() const { return "(1036)x"; }
};

}  // namespace

int main() {
  const server_error ex;
#ifdef TCCODE_TEST_CONTROL
  const std::string message = ex.getMessage();
#define TCCODE_TEST_MESSAGE message
#else
#define TCCODE_TEST_MESSAGE ex.getMessage()
#endif
#if TCCODE_TEST_CASE == 1
  const tccode::explanation e = tccode::explain(ex.getCode(), TCCODE_TEST_MESSAGE);
  return e.detail().empty() ? 1 : 0;
#elif TCCODE_TEST_CASE == 2
  const tccode::explanation e =
      tccode::explain(ex.getCode(), TCCODE_TEST_MESSAGE, tccode::project_crud, tccode::lang::en);
  return e.detail().empty() ? 1 : 0;
#elif TCCODE_TEST_CASE == 3
  const tccode::explanation e = tccode::explain(ex.getCode(), TCCODE_TEST_MESSAGE, tccode::service());
  return e.detail().empty() ? 1 : 0;
#else
  const tccode::parsed_message m = tccode::parse_message(TCCODE_TEST_MESSAGE);
  return m.description.empty() ? 1 : 0;
#endif
}

// SPDX-License-Identifier: MIT
// Must not compile: a view of the explanation inside a temporary owned_explanation, which dies at
// the end of the statement with the message that its detail() views. TCCODE_TEST_CASE picks the
// variant; with TCCODE_TEST_CONTROL the owned explanation is kept in a variable and it compiles,
// so the failure is the temporary's and nothing else's.
#include <tccode/tccode.hpp>

#include <string>

namespace {

class server_error {
 public:
  [[nodiscard]] int getCode() const { return 5100; }                  // NOLINT(readability-identifier-naming)
  [[nodiscard]] std::string getMessage() const { return "(1036)x"; }  // NOLINT(readability-identifier-naming)
};

}  // namespace

int main() {
  const server_error ex;
#ifdef TCCODE_TEST_CONTROL
  const tccode::owned_explanation owned = tccode::explain_owned(ex.getCode(), ex.getMessage(), tccode::project_crud);
#define TCCODE_TEST_OWNED owned
#else
#define TCCODE_TEST_OWNED tccode::explain_owned(ex.getCode(), ex.getMessage(), tccode::project_crud)
#endif
#if TCCODE_TEST_CASE == 1
  const tccode::explanation e = *TCCODE_TEST_OWNED;
  return e.detail().empty() ? 1 : 0;
#elif TCCODE_TEST_CASE == 2
  const tccode::explanation e = TCCODE_TEST_OWNED.get();
  return e.detail().empty() ? 1 : 0;
#elif TCCODE_TEST_CASE == 3
  const tccode::explanation& e = *TCCODE_TEST_OWNED;
  return e.detail().empty() ? 1 : 0;
#else
  const std::string_view detail = TCCODE_TEST_OWNED->detail();
  return detail.empty() ? 1 : 0;
#endif
}

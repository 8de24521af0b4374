// SPDX-License-Identifier: MIT
// Must not compile: an explanation (or a parsed message) made from a temporary string, which it would
// view after the string is destroyed (the SDK pattern explain(ex.getCode(), ex.getMessage())). explain
// keeps a copy of such a message in an owned_explanation, which does not convert to an explanation;
// parse_message has no such form. TCCODE_TEST_CASE picks the call; with TCCODE_TEST_CONTROL the
// message is kept in a variable and it compiles, so the failure is the temporary's and nothing else's.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace {

// A string with an inline buffer, as some SDKs have: trivially copyable, yet it owns its characters.
class fixed_string {
 public:
  explicit fixed_string(std::string_view s) : size_(s.size() < sizeof(data_) ? s.size() : sizeof(data_)) {
    s.copy(data_, size_);
  }
  operator std::string_view() const { return {data_, size_}; }  // NOLINT(google-explicit-constructor)

 private:
  char data_[48] = {};
  std::size_t size_;
};

class server_error {
 public:
  [[nodiscard]] int getCode() const { return 5100; }
  [[nodiscard]] std::string getMessage() const { return "(1036)x"; }
  [[nodiscard]] fixed_string getFixedMessage() const { return fixed_string("(1036)x"); }
};

}  // namespace

int main() {
  const server_error ex;
#ifdef TCCODE_TEST_CONTROL
  const std::string message = ex.getMessage();
  const fixed_string fixed = ex.getFixedMessage();
#define TCCODE_TEST_MESSAGE message
#define TCCODE_TEST_FIXED fixed
#else
#define TCCODE_TEST_MESSAGE ex.getMessage()
#define TCCODE_TEST_FIXED ex.getFixedMessage()
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
#elif TCCODE_TEST_CASE == 5
  const tccode::explanation e = tccode::explain(ex.getCode(), TCCODE_TEST_FIXED, tccode::project_crud);
  return e.detail().empty() ? 1 : 0;
#else
  const tccode::parsed_message m = tccode::parse_message(TCCODE_TEST_MESSAGE);
  return m.description.empty() ? 1 : 0;
#endif
}

// SPDX-License-Identifier: MIT
// Fuzzes explain, to_string and the error code of an explanation: the first four bytes are the
// code, the rest the message. The checks are relations that hold whatever explain's rules are
// (its rules are tested row by row in tests/): views stay inside the message, the message's text
// does not change the meaning, the layers agree, and a log line is one line.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>

#include "check.hpp"

namespace {

bool one_line(const std::string& s) {
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) {
      return false;
    }
  }
  return true;
}

void check_explanation(int code, std::string_view message, const tccode::service& s) {
  for (const tccode::lang l : {tccode::lang::zh, tccode::lang::en}) {
    const tccode::explanation e = tccode::explain(code, message, s, l);
    TCCODE_FUZZ_CHECK(e.code() == code);
    TCCODE_FUZZ_CHECK(e.language() == l);
    TCCODE_FUZZ_CHECK(tccode_fuzz::is_inside(e.detail(), message));
    TCCODE_FUZZ_CHECK(e.public_row() == s.find_public(code));
    TCCODE_FUZZ_CHECK(!e.success() || e.retry() == tccode::retry_advice::never);
    // The module code is the parser's, and its row is the service's row of it.
    TCCODE_FUZZ_CHECK(e.module_code() == tccode::parse_message(message).module_code);
    TCCODE_FUZZ_CHECK(e.module_row() == (e.module_code() ? s.find_module(*e.module_code()) : nullptr));
    // The server's words do not change the meaning: the same code and module code with other words
    // explain the same, and without a module code the words do not matter at all.
    const std::string other = e.module_code() ? "(" + std::to_string(*e.module_code()) + ")other words" : "other";
    const tccode::explanation same = tccode::explain(code, other, s, l);
    TCCODE_FUZZ_CHECK(same.public_row() == e.public_row());
    TCCODE_FUZZ_CHECK(same.module_row() == e.module_row());
    TCCODE_FUZZ_CHECK(same.retry() == e.retry());
    TCCODE_FUZZ_CHECK(same.canonical() == e.canonical());
    TCCODE_FUZZ_CHECK(same.remedy() == e.remedy());
    // The text accessors give the rows' own text, in the language asked for.
    TCCODE_FUZZ_CHECK(e.type() == (e.public_row() != nullptr ? e.public_row()->in(l).type : std::string_view()));
    // The error code meets the advice's conditions exactly when the advice does.
    const std::error_code ec = tccode::make_error_code(e);
    TCCODE_FUZZ_CHECK(ec.value() == code);
    TCCODE_FUZZ_CHECK((ec == tccode::condition::retryable) == (e.retry() != tccode::retry_advice::never));
    TCCODE_FUZZ_CHECK((ec == tccode::condition::throttled) == (e.retry() == tccode::retry_advice::throttled));
    TCCODE_FUZZ_CHECK((ec == tccode::condition::resign) == (e.retry() == tccode::retry_advice::resign));
    // One log line: the code first, the advice last, no control character in between.
    const std::string line = tccode::to_string(e);
    const std::string prefix = std::to_string(code) + " ";
    TCCODE_FUZZ_CHECK(line.compare(0, prefix.size(), prefix) == 0);
    TCCODE_FUZZ_CHECK(one_line(line));
    if (!e.success()) {
      const std::string advice = "[" + std::string(tccode::describe(e.retry(), l)) + "]";
      TCCODE_FUZZ_CHECK(line.size() >= advice.size() &&
                        line.compare(line.size() - advice.size(), advice.size(), advice) == 0);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  int code = 0;
  if (size >= sizeof(code)) {
    std::memcpy(&code, data, sizeof(code));
    data += sizeof(code);
    size -= sizeof(code);
  }
  // Small codes are the interesting ones: fold half of the inputs near the listed codes.
  if ((code & 1) != 0) {
    code = code / 2 % 110000;
  }
  const std::string_view message(reinterpret_cast<const char*>(data), size);
  check_explanation(code, message, tccode::project_crud);
  check_explanation(code, message, tccode::project_query);
  return 0;
}

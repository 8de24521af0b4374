// SPDX-License-Identifier: MIT
// Fuzzes explain and to_string: the first four bytes are the code, the rest the message.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "check.hpp"

namespace {

void check_explanation(int code, std::string_view message, tccode::table_view module) {
  for (const tccode::lang l : {tccode::lang::zh, tccode::lang::en}) {
    const tccode::explanation e = tccode::explain(code, message, module, l);
    TCCODE_FUZZ_CHECK(e.code == code);
    TCCODE_FUZZ_CHECK(tccode_fuzz::is_inside(e.detail, message));
    TCCODE_FUZZ_CHECK(e.language == l);
    // The advice: the module row's when it gives one, else the public code's; never for success.
    if (code == 0) {
      TCCODE_FUZZ_CHECK(e.retry == tccode::retry_advice::never);
    } else if (e.module_entry && e.module_entry->retry) {
      TCCODE_FUZZ_CHECK(e.retry == *e.module_entry->retry);
    } else {
      TCCODE_FUZZ_CHECK(e.retry == tccode::retry_for(code));
    }
    TCCODE_FUZZ_CHECK(e.public_entry.has_value() == tccode::lookup(tccode::public_codes, code).has_value());
    if (e.public_entry) {
      TCCODE_FUZZ_CHECK(e.public_entry->code == code);
    }
    const tccode::parsed_message parsed = tccode::parse_message(message);
    TCCODE_FUZZ_CHECK(e.module_code == parsed.module_code);
    TCCODE_FUZZ_CHECK(e.detail == parsed.description);
    if (e.module_entry) {
      TCCODE_FUZZ_CHECK(e.module_code && e.module_entry->code == *e.module_code);
    } else if (e.module_code) {
      TCCODE_FUZZ_CHECK(!tccode::lookup(module, *e.module_code));
    }
    const std::string line = tccode::to_string(e);
    const std::string prefix = std::to_string(code) + " ";
    TCCODE_FUZZ_CHECK(line.compare(0, prefix.size(), prefix) == 0);
    TCCODE_FUZZ_CHECK(line.find(std::string(e.detail)) != std::string::npos);
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

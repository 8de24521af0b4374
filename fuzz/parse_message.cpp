// SPDX-License-Identifier: MIT
// Fuzzes parse_message: checks its invariants on every input, not just that it does not crash.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const tccode::parsed_message parsed = tccode::parse_message(input);

  // The description is a view inside the input, trimmed of ASCII whitespace.
  TCCODE_FUZZ_CHECK(tccode_fuzz::is_inside(parsed.description, input));
  TCCODE_FUZZ_CHECK(parsed.description == tccode_fuzz::trimmed(parsed.description));

  if (parsed.module_code) {
    // "(N)description" formatted again parses to the same code and description.
    const std::string again = "(" + std::to_string(*parsed.module_code) + ")" + std::string(parsed.description);
    const tccode::parsed_message reparsed = tccode::parse_message(again);
    TCCODE_FUZZ_CHECK(reparsed.module_code == parsed.module_code);
    TCCODE_FUZZ_CHECK(reparsed.description == parsed.description);
    // lookup of any int finds the row of that code or nothing.
    tccode_fuzz::check_lookup(*parsed.module_code);
  } else {
    // Without a module code nothing is lost: the description is the whole input, trimmed.
    TCCODE_FUZZ_CHECK(parsed.description == tccode_fuzz::trimmed(input));
  }
  return 0;
}

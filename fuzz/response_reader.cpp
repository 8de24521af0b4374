// SPDX-License-Identifier: MIT
// Fuzzes the tool's response reader: malformed input is an input_error, never anything else, and
// what it reads, written out again as JSON, reads back the same.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check.hpp"
#include "response.hpp"

namespace {

void check_round_trip(const tccode_tool::response& r) {
  nlohmann::json body = {{"code", r.code}, {"message", r.message}};
  const std::vector<tccode_tool::response> again = tccode_tool::read_responses(body.dump(), "again");
  TCCODE_FUZZ_CHECK(again.size() == 1);
  TCCODE_FUZZ_CHECK(again[0].code == r.code);
  TCCODE_FUZZ_CHECK(again[0].message == r.message);
  for (const tccode_tool::response& item : r.items) {
    check_round_trip(item);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<tccode_tool::response> responses;
  try {
    responses = tccode_tool::read_responses(text, "fuzz");
  } catch (const tccode_tool::input_error& e) {
    const std::string what = e.what();
    TCCODE_FUZZ_CHECK(what.compare(0, 4, "fuzz") == 0);
    TCCODE_FUZZ_CHECK(what.find('\n') == std::string::npos);  // one line
    return 0;
  }
  TCCODE_FUZZ_CHECK(!responses.empty());
  for (const tccode_tool::response& r : responses) {
    check_round_trip(r);
  }
  return 0;
}

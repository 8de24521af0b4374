// SPDX-License-Identifier: MIT
// Fuzzes the tool's response reader: malformed input is an input_error, never anything else; the
// values before it are passed on; and what it reads, written out again as JSON, reads back the same.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check.hpp"
#include "response.hpp"

namespace {

std::vector<tccode_tool::response> read_all(const std::string& text, const std::string& source) {
  std::vector<tccode_tool::response> out;
  tccode_tool::read_responses(text, source, [&out](tccode_tool::response&& r) { out.push_back(std::move(r)); });
  return out;
}

void check_round_trip(const tccode_tool::response& r) {
  nlohmann::json body = {{"code", r.code}, {"message", r.message}};
  if (r.request_id) {
    body["requestId"] = *r.request_id;
  }
  const std::vector<tccode_tool::response> again = read_all(body.dump(), "again");
  TCCODE_FUZZ_CHECK(again.size() == 1);
  TCCODE_FUZZ_CHECK(again[0].code == r.code);
  TCCODE_FUZZ_CHECK(again[0].message == r.message);
  TCCODE_FUZZ_CHECK(again[0].request_id == r.request_id);
  for (const tccode_tool::response& item : r.items) {
    check_round_trip(item);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<tccode_tool::response> responses;
  try {
    tccode_tool::read_responses(text, "fuzz", [&](tccode_tool::response&& r) { responses.push_back(std::move(r)); });
  } catch (const tccode_tool::input_error& e) {
    const std::string what = e.what();
    TCCODE_FUZZ_CHECK(what.compare(0, 4, "fuzz") == 0);
    TCCODE_FUZZ_CHECK(what.find('\n') == std::string::npos);  // one line
    TCCODE_FUZZ_CHECK(what.compare(0, 11, "fuzz: line ") == 0 || what.compare(0, 17, "fuzz: empty input") == 0);
  }
  for (const tccode_tool::response& r : responses) {  // read before the error, if any
    check_round_trip(r);
  }
  static_cast<void>(tccode_tool::looks_like_json_lines(text));
  return 0;
}

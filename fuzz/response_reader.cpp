// SPDX-License-Identifier: MIT
// Fuzzes the tool's response reader: malformed input is one line of error, never anything else;
// the text read in two pieces (split anywhere) reads as it does in one; leniently read, it never
// fails otherwise; and what it reads, written out again as JSON, reads back the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "check.hpp"
#include "json_writer.hpp"
#include "response.hpp"

namespace {

struct result {
  std::vector<tccode_tool::response> responses;
  std::vector<std::string> errors;
};

/// Reads `text`, fed in pieces cut at `cuts` (offsets in order).
result read(const std::string& text, bool lenient, const std::vector<std::size_t>& cuts = {}) {
  result out;
  tccode_tool::response_reader reader(
      "fuzz", tccode_tool::read_options{lenient},
      [&out](tccode_tool::response&& r) { out.responses.push_back(std::move(r)); },
      [&out](const tccode_tool::input_error& e) { out.errors.emplace_back(e.what()); });
  std::size_t from = 0;
  for (const std::size_t cut : cuts) {
    reader.feed(std::string_view(text).substr(from, cut - from));
    from = cut;
  }
  reader.feed(std::string_view(text).substr(from));
  reader.finish();
  return out;
}

bool same(const tccode_tool::response& a, const tccode_tool::response& b) {
  if (a.label != b.label || a.code != b.code || a.message != b.message || a.code_desc != b.code_desc ||
      a.request_id != b.request_id || a.receipt_handle != b.receipt_handle || a.items.size() != b.items.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.items.size(); ++i) {
    if (!same(a.items[i], b.items[i])) {
      return false;
    }
  }
  return true;
}

bool same(const result& a, const result& b) {
  if (a.errors != b.errors || a.responses.size() != b.responses.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.responses.size(); ++i) {
    if (!same(a.responses[i], b.responses[i])) {
      return false;
    }
  }
  return true;
}

void check_errors(const result& r) {
  for (const std::string& what : r.errors) {
    TCCODE_FUZZ_CHECK(what.find('\n') == std::string::npos);  // one line
    TCCODE_FUZZ_CHECK(what.compare(0, 11, "fuzz: line ") == 0 || what.compare(0, 17, "fuzz: empty input") == 0);
  }
}

void check_round_trip(const tccode_tool::response& r) {
  std::string body;
  tccode_tool::json_writer w(body);
  w.begin_object().key("code").number(r.code).member("message", r.message);
  if (r.request_id) {
    w.member("requestId", *r.request_id);
  }
  if (r.code_desc) {
    w.member("codeDesc", *r.code_desc);
  }
  w.end_object();
  const result again = read(body, false);
  TCCODE_FUZZ_CHECK(again.errors.empty());
  TCCODE_FUZZ_CHECK(again.responses.size() == 1);
  TCCODE_FUZZ_CHECK(again.responses[0].code == r.code);
  TCCODE_FUZZ_CHECK(again.responses[0].message == r.message);
  TCCODE_FUZZ_CHECK(again.responses[0].request_id == r.request_id);
  TCCODE_FUZZ_CHECK(again.responses[0].code_desc == r.code_desc);
  for (const tccode_tool::response& item : r.items) {
    check_round_trip(item);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const bool lenient : {false, true}) {
    const result whole = read(text, lenient);
    check_errors(whole);
    // The same, whatever the pieces: one cut chosen by the input, and one byte at a time for short ones.
    const std::size_t cut = size == 0 ? 0 : data[0] % size;
    TCCODE_FUZZ_CHECK(same(whole, read(text, lenient, {cut})));
    if (size <= 64) {
      std::vector<std::size_t> bytes;
      for (std::size_t i = 1; i < size; ++i) {
        bytes.push_back(i);
      }
      TCCODE_FUZZ_CHECK(same(whole, read(text, lenient, bytes)));
    }
    for (const tccode_tool::response& r : whole.responses) {
      check_round_trip(r);
    }
  }
  return 0;
}

// SPDX-License-Identifier: MIT
// The tccode tool's JSON output: compact JSON appended to a string, keys in the order written, text
// in UTF-8 as it is (bytes that are not UTF-8 become U+FFFD), control characters escaped.
#ifndef TCCODE_TOOLS_JSON_WRITER_HPP
#define TCCODE_TOOLS_JSON_WRITER_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tccode_tool {

/// The length of the valid UTF-8 sequence at the start of `s` (not empty), or 0.
std::size_t utf8_length(std::string_view s);

class json_writer {
 public:
  explicit json_writer(std::string& out) : out_(out) {}

  json_writer& begin_object() { return open('{'); }
  json_writer& end_object() { return close('}'); }
  json_writer& begin_array() { return open('['); }
  json_writer& end_array() { return close(']'); }

  /// The next member's key; its value follows.
  json_writer& key(std::string_view k) {
    separate();
    append_string(k);
    out_ += ':';
    after_key_ = true;
    return *this;
  }
  json_writer& string(std::string_view s) {
    separate();
    append_string(s);
    return *this;
  }
  json_writer& number(std::int64_t n) {
    separate();
    out_ += std::to_string(n);
    return *this;
  }
  /// A number as its text, written as it is: the caller's text is a JSON number.
  json_writer& raw_number(std::string_view text) {
    separate();
    out_ += text;
    return *this;
  }
  json_writer& boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }
  /// A member whose value is a string.
  json_writer& member(std::string_view k, std::string_view s) { return key(k).string(s); }

 private:
  json_writer& open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  json_writer& close(char c) {
    out_ += c;
    first_.pop_back();
    return *this;
  }
  /// A comma before a value, unless it is the first of its object or array or follows its key.
  void separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_.empty()) {
      if (!first_.back()) {
        out_ += ',';
      }
      first_.back() = false;
    }
  }
  void append_string(std::string_view s);

  std::string& out_;
  std::vector<bool> first_;  // for each open object or array: no value written yet
  bool after_key_ = false;
};

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_JSON_WRITER_HPP

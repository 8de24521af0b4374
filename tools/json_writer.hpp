// SPDX-License-Identifier: MIT
// The tccode tool's output: compact JSON appended to a string, keys in the order written; and text
// escaped to be shown on one line. Text is written in UTF-8 as it is; a byte that is not part of valid
// UTF-8 (a message in GBK) is shown as the four characters \xNN, in JSON too, which stays valid
// UTF-8. A huge text (a message of 50 MB) is written in pieces through a drain_function, so that
// it is never in memory twice.
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

/// Writes out and empties `out`: called when it has grown past drain_size in the middle of a text.
using drain_function = void (*)(std::string& out);
constexpr std::size_t drain_size = 65536;

/// Appends `s` as a person reads it on one line: a backslash doubled, \n, \r and \t, other control
/// characters and each byte that is not part of valid UTF-8 as \xNN; the rest as it is. With `drain`,
/// `out` is drained whenever it has grown past drain_size.
void append_escaped(std::string& out, std::string_view s, drain_function drain = nullptr);

/// `s` with each byte that is not part of valid UTF-8 as the text \xNN: what the JSON output shows of it.
std::string as_utf8(std::string_view s);

class json_writer {
 public:
  /// Appends to `out`; with `drain`, empties it through `drain` in the middle of a long string.
  explicit json_writer(std::string& out, drain_function drain = nullptr) : out_(out), drain_(drain) {}

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
  drain_function drain_;
  std::vector<bool> first_;  // for each open object or array: no value written yet
  bool after_key_ = false;
};

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_JSON_WRITER_HPP

// SPDX-License-Identifier: MIT
// The tccode tool's reader of API 2.0 JSON responses, apart so that a fuzzer can drive it. It reads
// a stream of any size in constant memory (the longest line or value aside): JSON Lines, or JSON
// values one after another, pretty-printed or not.
#ifndef TCCODE_TOOLS_RESPONSE_HPP
#define TCCODE_TOOLS_RESPONSE_HPP

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tccode_tool {

/// Malformed input: one line on standard error, and exit status 2.
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One response to explain: the whole body, or one item of a batch response (its "detail", CMQ's
/// "errorList").
struct response {
  std::string label;  ///< empty for a whole response; "detail[2]", "detail.ins-1" or "errorList[0]" for an item
  int code = 0;
  std::string message;
  std::optional<std::string> code_desc;       ///< "codeDesc" (any case), a string or a number's text
  std::optional<std::string> request_id;      ///< "requestId" (any case), a string or a number's text
  std::optional<std::string> receipt_handle;  ///< "receiptHandle": which message a CMQ errorList item is about
  std::vector<response> items;
};

struct read_options {
  /// Also read what logs and documentation show that is not JSON: Python's dict repr ('...', True,
  /// None, u'...'), Node's util.inspect (unquoted keys, '...' and `...`), trailing commas, comments.
  bool lenient = false;
};

/// Reads responses from text given in pieces of any size, and passes each to `each` as soon as it is
/// complete. The first line that is not blank decides the form: when it holds whole values, the text
/// is JSON Lines: each line is read on its own, and a line that is malformed in any way (trailing
/// junk included) is one error, passed to `fail`, after which the next line is read. Otherwise the
/// text is JSON values one after another (a pretty-printed response): the first malformed value is
/// passed to `fail` and the rest is not read. An error's message is "SOURCE: line L, column C: what".
/// Input without any value is an error too. Memory: the longest line or value, and 64 KB.
class response_reader {
 public:
  response_reader(std::string source, read_options options, std::function<void(response&&)> each,
                  std::function<void(const input_error&)> fail);
  ~response_reader();
  response_reader(const response_reader&) = delete;
  response_reader& operator=(const response_reader&) = delete;

  /// The next piece of the text.
  void feed(std::string_view bytes);
  /// The end of the text: what is left is read.
  void finish();
  /// The responses passed to `each` so far (items not counted).
  [[nodiscard]] std::size_t responses() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/// `text` as strict JSON, read leniently (see read_options::lenient). `shifts` receives, in order,
/// pairs (offset in the result, offset in `text`) from which the offsets that follow correspond one
/// to one: where the two differ in length.
std::string lenient_to_json(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>& shifts);

/// `s` with control bytes and invalid UTF-8 shown as '?', cut to about `limit` bytes: safe for a
/// one-line error message.
std::string printable(std::string_view s, std::size_t limit = 200);

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_RESPONSE_HPP

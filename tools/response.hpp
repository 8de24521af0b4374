// SPDX-License-Identifier: MIT
// The tccode tool's reader of API 2.0 JSON responses, apart so that a fuzzer can drive it.
#ifndef TCCODE_TOOLS_RESPONSE_HPP
#define TCCODE_TOOLS_RESPONSE_HPP

#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tccode_tool {

/// Malformed input: one line on standard error, and exit status 2.
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One response to explain: the whole body, or one item of a batch response's detail.
struct response {
  std::string label;  ///< empty for a whole response, "detail[2]" or "detail.ins-1" for an item
  int code = 0;
  std::string message;
  std::optional<std::string> code_desc;   ///< "codeDesc", a machine name such as AuthFailure
  std::optional<std::string> request_id;  ///< "requestId", what support asks for first
  std::vector<response> items;
};

/// Reads every JSON response in `text` (one, or several one after another) and passes each to
/// `each` in turn. At the first malformed value it throws input_error, after the values before it
/// were passed on; the message is "SOURCE: line L, column C: what" (L counted from `first_line`).
/// Empty input, a body that is not an object, and a code that is missing, not an integer or out of
/// int's range are malformed too.
void read_responses(std::string_view text, const std::string& source, const std::function<void(response&&)>& each,
                    std::size_t first_line = 1);

/// True when the first line of `text` that is not blank holds one or more whole JSON values: then
/// `text` is read as JSON Lines, line by line.
bool looks_like_json_lines(std::string_view text);

/// `s` with control bytes and invalid UTF-8 shown as '?', cut to about `limit` bytes: safe for a
/// one-line error message.
std::string printable(std::string_view s, std::size_t limit = 200);

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_RESPONSE_HPP

// SPDX-License-Identifier: MIT
// The tccode tool's reader of API 2.0 JSON responses, apart so that a fuzzer can drive it.
#ifndef TCCODE_TOOLS_RESPONSE_HPP
#define TCCODE_TOOLS_RESPONSE_HPP

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tccode_tool {

/// Malformed input: the run ends with status 2 and this one-line message.
class input_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One response to explain: the whole body, or one item of a batch response's detail.
struct response {
  std::string label;  ///< empty for a whole response, "detail[2]" or "detail.ins-1" for an item
  int code = 0;
  std::string message;
  std::optional<std::string> code_desc;
  std::vector<response> items;
};

/// Every JSON response in `text`: one, or several one after another (JSON Lines). Throws
/// input_error, whose message starts with `source`, for malformed JSON, empty input, a body that is
/// not an object, or a code that is missing, not an integer or out of int's range.
std::vector<response> read_responses(const std::string& text, const std::string& source);

/// `s` with control bytes and invalid UTF-8 shown as '?', cut to about `limit` bytes: safe for a
/// one-line error message.
std::string printable(std::string_view s, std::size_t limit = 200);

}  // namespace tccode_tool

#endif  // TCCODE_TOOLS_RESPONSE_HPP

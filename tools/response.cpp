// SPDX-License-Identifier: MIT
#include "response.hpp"

#include <tccode/tccode.hpp>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <istream>
#include <sstream>
#include <utility>

namespace tccode_tool {

namespace {

using json = nlohmann::json;

/// The length of the valid UTF-8 sequence at the start of `s`, or 0.
std::size_t utf8_length(std::string_view s) {
  const auto byte = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  const std::size_t length = lead < 0x80                    ? 1
                             : lead >= 0xC2 && lead <= 0xDF ? 2
                             : lead >= 0xE0 && lead <= 0xEF ? 3
                             : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                            : 0;
  if (length == 0 || length > s.size()) {
    return 0;
  }
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) {
      return 0;
    }
  }
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xED && byte(1) > 0x9F) || (lead == 0xF0 && byte(1) < 0x90) ||
      (lead == 0xF4 && byte(1) > 0x8F)) {
    return 0;
  }
  return length;
}

/// `s` with control bytes and invalid UTF-8 shown as '?', cut to about `limit` bytes: safe for a
/// one-line error message.
}  // namespace

std::string printable(std::string_view s, std::size_t limit) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size() && i < limit) {
    const std::size_t length = utf8_length(s.substr(i));
    const auto byte = static_cast<unsigned char>(s[i]);
    if (length == 0 || byte < 0x20 || byte == 0x7F) {
      out += '?';
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  if (i < s.size()) {
    out += "...";
  }
  return out;
}

namespace {

/// The code field: a JSON integer, or a string such as "5100".
int read_code(const json& value, const std::string& where) {
  if (value.is_number_integer()) {
    const bool fits = value.is_number_unsigned()
                          ? value.get<std::uint64_t>() <= INT32_MAX
                          : value.get<std::int64_t>() >= INT32_MIN && value.get<std::int64_t>() <= INT32_MAX;
    if (!fits) {
      throw input_error(where + "\"code\" " + value.dump() + " does not fit in int");
    }
    return value.get<int>();
  }
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (const std::optional<int> code = tccode::parse_code(text)) {
      return *code;
    }
    throw input_error(where + R"("code" ")" + printable(text) + R"(" is not an integer)");
  }
  throw input_error(where + "\"code\" is " + std::string(value.type_name()) + ", not an integer or a string");
}

response read_response(const json& body, const std::string& where, std::string label) {
  if (!body.is_object()) {
    throw input_error(where + "expected a JSON object, found " + std::string(body.type_name()));
  }
  response r;
  r.label = std::move(label);
  const auto code = body.find("code");
  if (code == body.end()) {
    throw input_error(where + "no \"code\" field");
  }
  r.code = read_code(*code, where);
  if (const auto message = body.find("message"); message != body.end() && !message->is_null()) {
    if (!message->is_string()) {
      throw input_error(where + "\"message\" is " + std::string(message->type_name()) + ", not a string");
    }
    r.message = message->get<std::string>();
  }
  if (const auto desc = body.find("codeDesc"); desc != body.end() && desc->is_string()) {
    r.code_desc = desc->get<std::string>();
  }
  // A batch response: per-item code and message under "detail", as an array or keyed by resource.
  if (const auto detail = body.find("detail"); detail != body.end()) {
    if (detail->is_array()) {
      for (std::size_t i = 0; i < detail->size(); ++i) {
        const std::string item = "detail[" + std::to_string(i) + "]";
        r.items.push_back(read_response((*detail)[i], where + item + ": ", item));
      }
    } else if (detail->is_object()) {
      for (const auto& [key, value] : detail->items()) {
        const std::string item = "detail." + key;
        r.items.push_back(read_response(value, where + printable(item) + ": ", item));
      }
    }
  }
  return r;
}

/// Every JSON value in `text` (one, or several one after another as in JSON Lines).
}  // namespace

std::vector<response> read_responses(const std::string& text, const std::string& source) {
  std::istringstream in(text);
  std::vector<response> out;
  for (;;) {
    in >> std::ws;
    if (in.peek() == std::char_traits<char>::eof()) {
      break;
    }
    const std::streamoff start = in.tellg();
    json body;
    try {
      in >> body;
    } catch (const json::parse_error& e) {
      throw input_error(source + ": malformed JSON at byte " +
                        std::to_string(static_cast<std::size_t>(start) + e.byte) + ": " + printable(e.what()));
    } catch (const json::exception& e) {  // out_of_range: a number such as 1E400 that no double holds
      throw input_error(source + ": malformed JSON in the value that starts at byte " +
                        std::to_string(static_cast<std::size_t>(start) + 1) + ": " + printable(e.what()));
    }
    out.push_back(read_response(body, source + ": ", ""));
  }
  if (out.empty()) {
    throw input_error(source + R"(: empty input: expected a JSON response such as {"code": 0, "message": ""})");
  }
  return out;
}

}  // namespace tccode_tool

// SPDX-License-Identifier: MIT
#include "response.hpp"

#include <tccode/tccode.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <istream>
#include <regex>
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
  if (const auto id = body.find("requestId"); id != body.end() && id->is_string()) {
    r.request_id = id->get<std::string>();
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

/// "line L, column C" of bytes of `text` (both counted from 1; lines from `first_line`), for
/// offsets that never decrease: each call counts only the lines since the one before.
class position_counter {
 public:
  position_counter(std::string_view text, std::size_t first_line) : text_(text), line_(first_line) {}

  std::string at(std::size_t offset) {
    offset = std::min(offset, text_.size());
    for (; counted_ < offset; ++counted_) {
      if (text_[counted_] == '\n') {
        ++line_;
        line_start_ = counted_ + 1;
      }
    }
    return "line " + std::to_string(line_) + ", column " + std::to_string(offset - line_start_ + 1);
  }

 private:
  std::string_view text_;
  std::size_t line_;
  std::size_t line_start_ = 0;
  std::size_t counted_ = 0;
};

/// nlohmann/json's message without its own "[json.exception...] parse error at line 1, column 5: "
/// (a position within the one value it read, which position() says better).
std::string what_without_position(const std::exception& e) {
  static const std::regex prefix(R"(^\[json\.exception\.[a-z_]+\.\d+\] (parse error( at line \d+, column \d+)?: )?)");
  return printable(std::regex_replace(e.what(), prefix, ""));
}

}  // namespace

void read_responses(std::string_view text, const std::string& source, const std::function<void(response&&)>& each,
                    std::size_t first_line) {
  std::istringstream in{std::string(text)};
  position_counter position(text, first_line);
  bool any = false;
  for (;;) {
    in >> std::ws;
    if (in.peek() == std::char_traits<char>::eof()) {
      break;
    }
    const auto start = static_cast<std::size_t>(in.tellg());
    json body;
    try {
      in >> body;
    } catch (const json::parse_error& e) {
      // e.byte counts from 1, at the character where the value went wrong.
      const std::size_t at = start + (e.byte > 0 ? e.byte - 1 : 0);
      throw input_error(source + ": " + position.at(at) + ": malformed JSON: " + what_without_position(e));
    } catch (const json::exception& e) {  // out_of_range: a number such as 1E400 that no double holds
      throw input_error(source + ": " + position.at(start) +
                        ": malformed JSON in this value: " + what_without_position(e));
    }
    const std::string where = source + ": " + position.at(start) + ": ";
    each(read_response(body, where, ""));
    any = true;
  }
  if (!any) {
    throw input_error(source + R"(: empty input: expected a JSON response such as {"code": 0, "message": ""})");
  }
}

bool looks_like_json_lines(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size()) {
    const std::size_t end = std::min(text.find('\n', first), text.size());
    const std::string_view line = text.substr(first, end - first);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      // Whole values, whatever they hold: what is in them is checked later, line by line.
      std::istringstream in{std::string(line)};
      try {
        for (in >> std::ws; in.peek() != std::char_traits<char>::eof(); in >> std::ws) {
          json value;
          in >> value;
        }
        return true;
      } catch (const json::exception&) {
        return false;
      }
    }
    first = end + 1;
  }
  return false;
}

}  // namespace tccode_tool

// SPDX-License-Identifier: MIT
#include "json_writer.hpp"

namespace tccode_tool {

namespace {

constexpr char hex[] = "0123456789abcdef";

void append_hex_byte(std::string& out, unsigned char c) {
  out += hex[c >> 4];
  out += hex[c & 0xF];
}

/// Where the piece of `s` that starts at `from` ends: all of it, or with a drain, drain_size bytes on
/// (a UTF-8 sequence may run a few bytes past it).
std::size_t piece_end(std::string_view s, std::size_t from, drain_function drain) {
  return drain == nullptr || s.size() - from <= drain_size ? s.size() : from + drain_size;
}

}  // namespace

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

void append_escaped(std::string& out, std::string_view s, drain_function drain) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t end = piece_end(s, i, drain);
    std::size_t plain = i;  // the start of the bytes not yet written, which need no escape
    while (i < end) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        ++i;
        continue;
      }
      const std::size_t length = c < 0x80 ? 1 : utf8_length(s.substr(i));
      if (length > 1) {
        i += length;
        continue;
      }
      out.append(s.data() + plain, i - plain);
      switch (c) {
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:  // another control character, or a byte that is not UTF-8
          out += "\\x";
          append_hex_byte(out, c);
      }
      plain = ++i;
    }
    out.append(s.data() + plain, i - plain);
    if (drain != nullptr && out.size() >= drain_size) {
      drain(out);
    }
  }
}

std::string as_utf8(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t length = utf8_length(s.substr(i));
    if (length == 0) {
      out += "\\x";
      append_hex_byte(out, static_cast<unsigned char>(s[i]));
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  return out;
}

void json_writer::append_string(std::string_view s) {
  out_ += '"';
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t end = piece_end(s, i, drain_);
    std::size_t plain = i;  // the start of the bytes not yet written, which need no escape
    while (i < end) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      const std::size_t length = c < 0x80 ? 1 : utf8_length(s.substr(i));
      if (length > 1) {
        i += length;
        continue;
      }
      out_.append(s.data() + plain, i - plain);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\t':
          out_ += "\\t";
          break;
        case '\r':
          out_ += "\\r";
          break;
        default:
          if (c < 0x20) {
            out_ += "\\u00";
          } else {
            out_ += "\\\\x";  // a byte that is not UTF-8: the text \xNN, as the text output shows it
          }
          append_hex_byte(out_, c);
      }
      plain = ++i;
    }
    out_.append(s.data() + plain, i - plain);
    if (drain_ != nullptr && out_.size() >= drain_size) {
      drain_(out_);
    }
  }
  out_ += '"';
}

}  // namespace tccode_tool

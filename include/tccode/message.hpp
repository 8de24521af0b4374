// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_MESSAGE_HPP
#define TCCODE_MESSAGE_HPP

#include <cstddef>
#include <optional>
#include <string_view>

namespace tccode {

/// A response's message field split into its module code and the server's description.
struct parsed_message {
  std::optional<int> module_code;  ///< the N of a leading "(N)", when there is one
  std::string_view description;    ///< the rest, trimmed: always a view into the message
};

namespace detail {

constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// `s` without leading and trailing ASCII whitespace.
constexpr std::string_view trim(std::string_view s) noexcept {
  std::size_t first = 0;
  std::size_t last = s.size();
  while (first < last && is_ascii_space(s[first])) {
    ++first;
  }
  while (last > first && is_ascii_space(s[last - 1])) {
    --last;
  }
  return s.substr(first, last - first);
}

/// The length of `prefix` when `s` starts with it, else 0.
constexpr std::size_t match(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix ? prefix.size() : 0;
}

/// The length of "(" or of the full-width U+FF08 at the start of `s`, else 0.
constexpr std::size_t match_open(std::string_view s) noexcept {
  const std::size_t n = match(s, "(");
  return n != 0 ? n : match(s, "\xEF\xBC\x88");
}

/// The length of ")" or of the full-width U+FF09 at the start of `s`, else 0.
constexpr std::size_t match_close(std::string_view s) noexcept {
  const std::size_t n = match(s, ")");
  return n != 0 ? n : match(s, "\xEF\xBC\x89");
}

/// Reads an optional '-' and one or more ASCII digits at the start of `s`. Returns the value
/// and sets `used` to the characters read; nothing when there are no digits or the value does
/// not fit in int. Accumulates downwards so that INT_MIN is reachable without overflow.
constexpr std::optional<int> parse_int_prefix(std::string_view s, std::size_t& used) noexcept {
  constexpr int min = -2147483647 - 1;
  static_assert(sizeof(int) == 4, "tccode assumes a 32-bit int");
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) {
    ++i;
  }
  const std::size_t first_digit = i;
  int value = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    const int digit = s[i] - '0';
    if (value < min / 10 || (value == min / 10 && digit > -(min % 10))) {
      return std::nullopt;
    }
    value = value * 10 - digit;
  }
  if (i == first_digit || (!negative && value == min)) {
    return std::nullopt;
  }
  used = i;
  return negative ? value : -value;
}

}  // namespace detail

/// Splits a message of the form "(N)description": optional leading ASCII whitespace, "(" or
/// full-width U+FF08, an optional '-', digits whose value fits in int, ")" or U+FF09, then the
/// description. A message that does not start that way has no module code, and all of it,
/// trimmed, is the description.
[[nodiscard]] constexpr parsed_message parse_message(std::string_view message) noexcept {
  std::string_view rest = detail::trim(message);
  if (const std::size_t open = detail::match_open(rest)) {
    rest.remove_prefix(open);
    std::size_t used = 0;
    if (const std::optional<int> code = detail::parse_int_prefix(rest, used)) {
      rest.remove_prefix(used);
      if (const std::size_t close = detail::match_close(rest)) {
        rest.remove_prefix(close);
        return parsed_message{code, detail::trim(rest)};
      }
    }
  }
  return parsed_message{std::nullopt, detail::trim(message)};
}

/// The value of a response's code field that arrived as a string ("5100", "0", "-2700"):
/// an optional '-' and ASCII digits, surrounded by optional ASCII whitespace. Anything else,
/// or a value that does not fit in int, gives nothing.
[[nodiscard]] constexpr std::optional<int> parse_code(std::string_view code) noexcept {
  const std::string_view digits = detail::trim(code);
  std::size_t used = 0;
  const std::optional<int> value = detail::parse_int_prefix(digits, used);
  if (value && used == digits.size()) {
    return value;
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_MESSAGE_HPP

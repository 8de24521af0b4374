// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_MESSAGE_HPP
#define TCCODE_MESSAGE_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tccode {

/// A response's message field split into its module code and the server's description.
struct parsed_message {
  std::optional<int> module_code;  ///< the N of a leading "(N)", when there is one
  std::string_view description;    ///< the rest, trimmed: always a view into the message
};

namespace detail {

/// True for the six ASCII whitespace characters: ' ', '\t', '\n', '\v', '\f', '\r' (a bit mask: one
/// compare and one test).
constexpr bool is_ascii_space(char c) noexcept {
  const auto byte = static_cast<unsigned char>(c);
  constexpr std::uint64_t spaces = (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\t') | (std::uint64_t{1} << '\n') |
                                   (std::uint64_t{1} << '\v') | (std::uint64_t{1} << '\f') | (std::uint64_t{1} << '\r');
  return byte <= ' ' && ((spaces >> byte) & 1U) != 0;
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
  return std::string_view(s.data() + first, last - first);
}

/// The length of "(" or of the full-width U+FF08 (EF BC 88) at the start of `s`, else 0.
constexpr std::size_t match_open(std::string_view s) noexcept {
  if (!s.empty() && s[0] == '(') {
    return 1;
  }
  return s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBC' && s[2] == '\x88' ? 3 : 0;
}

/// The length of ")" or of the full-width U+FF09 (EF BC 89) at the start of `s`, else 0.
constexpr std::size_t match_close(std::string_view s) noexcept {
  if (!s.empty() && s[0] == ')') {
    return 1;
  }
  return s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBC' && s[2] == '\x89' ? 3 : 0;
}

/// Reads an optional '-' and one or more ASCII digits at the start of `s` into `value`. Returns
/// the characters read, or 0 when there are no digits or the value does not fit in int. Up to 19
/// digits accumulate in 64 bits without a check (they cannot overflow it); a longer run is read on
/// only while its value still fits, so a long run of digits is not read to its end.
constexpr std::size_t parse_int_prefix(std::string_view s, int& value) noexcept {
  static_assert(sizeof(int) == 4, "tccode assumes a 32-bit int");
  const bool negative = !s.empty() && s[0] == '-';
  const std::size_t first_digit = negative ? 1 : 0;
  const std::uint64_t limit = negative ? 2147483648U : 2147483647U;
  const std::size_t unchecked_end = s.size() - first_digit > 19 ? first_digit + 19 : s.size();
  std::uint64_t magnitude = 0;
  std::size_t i = first_digit;
  for (; i < unchecked_end; ++i) {
    const auto digit = static_cast<unsigned char>(s[i] - '0');
    if (digit > 9) {
      break;
    }
    magnitude = magnitude * 10 + digit;
  }
  if (i == unchecked_end) {  // more digits may follow: leading zeros, or a value too large
    for (; i < s.size() && magnitude <= limit; ++i) {
      const auto digit = static_cast<unsigned char>(s[i] - '0');
      if (digit > 9) {
        break;
      }
      magnitude = magnitude * 10 + digit;
    }
  }
  if (i == first_digit || magnitude > limit) {
    return 0;
  }
  // -2147483648 is the one magnitude that int holds only as a negative number.
  value = negative ? static_cast<int>(-static_cast<std::int64_t>(magnitude)) : static_cast<int>(magnitude);
  return i;
}

/// The index of the first byte of `s` that is not ASCII whitespace.
constexpr std::size_t skip_space(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size() && is_ascii_space(s[i])) {
    ++i;
  }
  return i;
}

}  // namespace detail

/// Splits a message of the form "(N)description": optional leading ASCII whitespace, "(" or
/// full-width U+FF08, an optional '-', digits whose value fits in int, ")" or U+FF09, then the
/// description. A message that does not start that way has no module code, and all of it,
/// trimmed, is the description.
[[nodiscard]] constexpr parsed_message parse_message(std::string_view message) noexcept {
  std::string_view rest = message;
  rest.remove_prefix(detail::skip_space(message));
  if (const std::size_t open = detail::match_open(rest)) {
    rest.remove_prefix(open);
    int code = 0;
    if (const std::size_t used = detail::parse_int_prefix(rest, code)) {
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
  int value = 0;
  if (!digits.empty() && detail::parse_int_prefix(digits, value) == digits.size()) {
    return value;
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_MESSAGE_HPP

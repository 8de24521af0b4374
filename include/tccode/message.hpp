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

/// `s` without trailing ASCII whitespace.
constexpr std::string_view trim_end(std::string_view s) noexcept {
  std::size_t last = s.size();
  while (last > 0 && is_ascii_space(s[last - 1])) {
    --last;
  }
  return {s.data(), last};
}

/// The index of the first byte of `s` that is not ASCII whitespace.
constexpr std::size_t skip_space(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size() && is_ascii_space(s[i])) {
    ++i;
  }
  return i;
}

/// `s` without leading and trailing ASCII whitespace.
constexpr std::string_view trim(std::string_view s) noexcept {
  s.remove_prefix(skip_space(s));
  return trim_end(s);
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

/// Eight bytes of `s` from `at` (which has eight), the first in the lowest byte: at run time one
/// little-endian load, in a constant expression byte by byte.
constexpr std::uint64_t load8(std::string_view s, std::size_t at) noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (!__builtin_is_constant_evaluated()) {
    std::uint64_t word = 0;
    __builtin_memcpy(&word, s.data() + at, sizeof(word));
    return word;
  }
#endif
  std::uint64_t word = 0;
  for (std::size_t k = 0; k < 8; ++k) {
    word |= std::uint64_t{static_cast<unsigned char>(s[at + k])} << (8 * k);
  }
  return word;
}

/// The number of trailing zero bits of `x`, which is not 0.
constexpr unsigned trailing_zeros(std::uint64_t x) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<unsigned>(__builtin_ctzll(x));
#else
  unsigned n = 0;
  for (; (x & 1U) == 0; x >>= 1) {
    ++n;
  }
  return n;
#endif
}

/// How many of the eight bytes in `word` (first byte lowest) are ASCII digits before the first
/// that is not, and their value: eight bytes at a time, without a branch per digit.
constexpr std::size_t leading_digits(std::uint64_t word, std::uint64_t& value) noexcept {
  const std::uint64_t x = word ^ 0x3030303030303030U;  // a digit's byte becomes 0..9
  // Bit 7 of each byte that is not 0..9; no carry crosses a byte, since (b & 0x7F) + 0x76 < 0x100.
  const std::uint64_t not_digit = (((x & 0x7F7F7F7F7F7F7F7FU) + 0x7676767676767676U) | x) & 0x8080808080808080U;
  const std::size_t n = not_digit == 0 ? 8 : trailing_zeros(not_digit) / 8;
  if (n == 0) {
    return 0;
  }
  // The n digits moved to the top bytes, zeros below (leading zero digits); then pairs, quads and
  // the eight combined by multiplication.
  std::uint64_t v = x << (8 * (8 - n));
  v = (v * 2561) >> 8;
  v = ((v & 0x00FF00FF00FF00FFU) * 6553601) >> 16;
  value = ((v & 0x0000FFFF0000FFFFU) * 42949672960001U) >> 32;
  return n;
}

/// Reads an optional '-' and one or more ASCII digits at the start of `s` into `value`. Returns
/// the characters read, or 0 when there are no digits or the value does not fit in int. Where
/// eight bytes are there, their digits are read at once; past them, digit by digit, only while the
/// value still fits, so a long run of digits is not read to its end and nothing overflows.
constexpr std::size_t parse_int_prefix(std::string_view s, int& value) noexcept {
  static_assert(sizeof(int) == 4, "tccode assumes a 32-bit int");
  const bool negative = !s.empty() && s[0] == '-';
  const std::size_t first_digit = negative ? 1 : 0;
  const std::uint64_t limit = negative ? 2147483648U : 2147483647U;
  std::uint64_t magnitude = 0;
  std::size_t i = first_digit;
  if (s.size() - i >= 8) {
    i += leading_digits(load8(s, i), magnitude);
  }
  for (; i < s.size() && magnitude <= limit; ++i) {
    const auto digit = static_cast<unsigned char>(s[i] - '0');
    if (digit > 9) {
      break;
    }
    magnitude = magnitude * 10 + digit;
  }
  if (i == first_digit || magnitude > limit) {
    return 0;
  }
  // -2147483648 is the one magnitude that int holds only as a negative number.
  value = negative ? static_cast<int>(-static_cast<std::int64_t>(magnitude)) : static_cast<int>(magnitude);
  return i;
}

/// parse_message for a message that may start with whitespace or a prefix: the longer path, kept
/// out of parse_message so that its common case stays small enough to inline.
constexpr parsed_message parse_prefixed(std::string_view message) noexcept {
  std::string_view text = message;  // the message without its leading whitespace
  text.remove_prefix(skip_space(message));
  if (const std::size_t open = match_open(text)) {
    std::string_view rest = text.substr(open);
    int code = 0;
    if (const std::size_t used = parse_int_prefix(rest, code)) {
      rest.remove_prefix(used);
      if (const std::size_t close = match_close(rest)) {
        rest.remove_prefix(close);
        return parsed_message{code, trim(rest)};
      }
    }
  }
  return parsed_message{std::nullopt, trim_end(text)};
}

}  // namespace detail

/// Splits a message of the form "(N)description": optional leading ASCII whitespace, "(" or
/// full-width U+FF08, an optional '-', digits whose value fits in int, ")" or U+FF09, then the
/// description. A message that does not start that way has no module code, and all of it,
/// trimmed, is the description.
[[nodiscard]] constexpr parsed_message parse_message(std::string_view message) noexcept {
  // A first byte that is not whitespace, '(' or the first byte of U+FF08 (0xEF) starts no prefix:
  // the message needs only its end trimmed, in a few instructions that inline at the call.
  if (!message.empty()) {
    const char first = message[0];
    if (first != '(' && first != '\xEF' && !detail::is_ascii_space(first)) {
      return parsed_message{std::nullopt, detail::trim_end(message)};
    }
  }
  return detail::parse_prefixed(message);
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

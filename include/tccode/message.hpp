// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_MESSAGE_HPP
#define TCCODE_MESSAGE_HPP

#include <tccode/detail/config.hpp>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tccode {

// A response's message field split into its module code and the server's description.
struct parsed_message {
  std::optional<int> module_code;  // the N of a leading "(N)", when there is one
  std::string_view description;    // the rest, trimmed: always a view into the message
};

namespace detail {

// The parser works on pointers into the message and builds a string_view only for its result:
// each string_view member that it would call is one more template that every includer compiles.
// For the same reason an optional is built empty with {} and engaged with std::in_place: either
// picks its constructor without weighing optional's converting constructor templates.

// True for the six ASCII whitespace characters: ' ', '\t', '\n', '\v', '\f', '\r' (a bit mask: one
// compare and one test).
constexpr bool is_ascii_space(char c) noexcept {
  const auto byte = static_cast<unsigned char>(c);
  constexpr std::uint64_t spaces = (std::uint64_t{1} << ' ') | (std::uint64_t{1} << '\t') | (std::uint64_t{1} << '\n') |
                                   (std::uint64_t{1} << '\v') | (std::uint64_t{1} << '\f') | (std::uint64_t{1} << '\r');
  return byte <= ' ' && ((spaces >> byte) & 1U) != 0;
}

// The first byte of [first, last) that is not ASCII whitespace, or last.
constexpr const char* skip_space(const char* first, const char* last) noexcept {
  while (first != last && is_ascii_space(*first)) {
    ++first;
  }
  return first;
}

// [first, last) without its trailing ASCII whitespace, as a view.
constexpr std::string_view trim_end(const char* first, const char* last) noexcept {
  while (last != first && is_ascii_space(last[-1])) {
    --last;
  }
  return {first, static_cast<detail::size_t>(last - first)};
}

// [first, last) without leading and trailing ASCII whitespace, as a view.
constexpr std::string_view trimmed(const char* first, const char* last) noexcept {
  return trim_end(skip_space(first, last), last);
}

// The length of `ascii`, or of the full-width form of it (EF BC `full_last`), at `p`, else 0:
// "(" is U+FF08 (EF BC 88), ")" is U+FF09 (EF BC 89).
constexpr detail::size_t match_paren(const char* p, const char* last, char ascii, char full_last) noexcept {
  if (p != last && *p == ascii) {
    return 1;
  }
  return last - p >= 3 && p[0] == '\xEF' && p[1] == '\xBC' && p[2] == full_last ? 3 : 0;
}

// Eight bytes from `p` (which has eight), the first in the lowest byte: at run time one
// little-endian load, in a constant expression byte by byte.
constexpr std::uint64_t load8(const char* p) noexcept {
#if (defined(__GNUC__) || defined(__clang__)) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (!__builtin_is_constant_evaluated()) {
    std::uint64_t word = 0;
    __builtin_memcpy(&word, p, sizeof(word));
    return word;
  }
#endif
  std::uint64_t word = 0;
  for (unsigned k = 0; k < 8; ++k) {
    word |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  }
  return word;
}

// The number of trailing zero bits of `x`, which is not 0.
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

// How many of the eight bytes in `word` (first byte lowest) are ASCII digits before the first
// that is not, and their value: eight bytes at a time, without a branch per digit.
constexpr unsigned leading_digits(std::uint64_t word, std::uint64_t& value) noexcept {
  const std::uint64_t x = word ^ 0x3030303030303030U;  // a digit's byte becomes 0..9
  // Bit 7 of each byte that is not 0..9; no carry crosses a byte, since (b & 0x7F) + 0x76 < 0x100.
  const std::uint64_t not_digit = (((x & 0x7F7F7F7F7F7F7F7FU) + 0x7676767676767676U) | x) & 0x8080808080808080U;
  const unsigned n = not_digit == 0 ? 8 : trailing_zeros(not_digit) / 8;
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

// Reads an optional '-' and one or more ASCII digits at the start of [first, last) into `value`.
// Returns the end of what it read, or `first` when there are no digits or the value does not fit
// in int. Where eight bytes are there, their digits are read at once; past them, digit by digit,
// only while the value still fits, so a long run of digits is not read to its end and nothing
// overflows.
constexpr const char* parse_int_prefix(const char* first, const char* last, int& value) noexcept {
  static_assert(sizeof(int) == 4, "tccode assumes a 32-bit int");
  const bool negative = first != last && *first == '-';
  const char* const digits = negative ? first + 1 : first;
  const std::uint64_t limit = negative ? 2147483648U : 2147483647U;
  std::uint64_t magnitude = 0;
  const char* p = digits;
  if (last - p >= 8) {
    p += leading_digits(load8(p), magnitude);
  }
  for (; p != last && magnitude <= limit; ++p) {
    const auto digit = static_cast<unsigned char>(*p - '0');
    if (digit > 9) {
      break;
    }
    magnitude = magnitude * 10 + digit;
  }
  if (p == digits || magnitude > limit) {
    return first;
  }
  // -2147483648 is the one magnitude that int holds only as a negative number.
  value = negative ? static_cast<int>(-static_cast<std::int64_t>(magnitude)) : static_cast<int>(magnitude);
  return p;
}

// parse_message for a message that may start with whitespace or a prefix: the longer path, kept
// out of parse_message so that its common case stays small enough to inline.
constexpr parsed_message parse_prefixed(std::string_view message) noexcept {
  const char* const last = message.data() + message.size();
  const char* const text = skip_space(message.data(), last);  // the message without its leading whitespace
  if (const detail::size_t open = match_paren(text, last, '(', '\x88')) {
    int code = 0;
    const char* const digits = text + open;
    const char* const close = parse_int_prefix(digits, last, code);
    if (close != digits) {
      if (const detail::size_t close_size = match_paren(close, last, ')', '\x89')) {
        return parsed_message{std::optional<int>(std::in_place, code), trimmed(close + close_size, last)};
      }
    }
  }
  return parsed_message{{}, trim_end(text, last)};
}

}  // namespace detail

// Splits a message of the form "(N)description": optional leading ASCII whitespace, "(" or
// full-width U+FF08, an optional '-', digits whose value fits in int, ")" or U+FF09, then the
// description. A message that does not start that way has no module code, and all of it,
// trimmed, is the description.
[[nodiscard]] constexpr parsed_message parse_message(std::string_view message) noexcept {
  // A first byte that is not whitespace, '(' or the first byte of U+FF08 (0xEF) starts no prefix:
  // the message needs only its end trimmed, in a few instructions that inline at the call.
  const char* const first = message.data();
  const char* const last = first + message.size();
  if (first != last && *first != '(' && *first != '\xEF' && !detail::is_ascii_space(*first)) {
    return parsed_message{{}, detail::trim_end(first, last)};
  }
  return detail::parse_prefixed(message);
}

// The value of a response's code field that arrived as a string ("5100", "0", "-2700"):
// an optional '-' and ASCII digits, surrounded by optional ASCII whitespace. Anything else,
// or a value that does not fit in int, gives nothing.
[[nodiscard]] constexpr std::optional<int> parse_code(std::string_view code) noexcept {
  const std::string_view digits = detail::trimmed(code.data(), code.data() + code.size());
  const char* const last = digits.data() + digits.size();
  int value = 0;
  if (digits.data() != last && detail::parse_int_prefix(digits.data(), last, value) == last) {
    return std::optional<int>(std::in_place, value);
  }
  return {};
}

}  // namespace tccode

#endif  // TCCODE_MESSAGE_HPP

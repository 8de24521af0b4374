// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_MESSAGE_HPP
#define TCCODE_MESSAGE_HPP

#include <tccode/detail/config.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace tccode {

/// A response's message field split into its module code and the server's description.
struct parsed_message {
  std::optional<int> module_code;  ///< the N of a leading "(N)", when there is one
  std::string_view description;    ///< the rest, trimmed: always a view into the message
};

namespace detail {

/// True for the six ASCII whitespace characters.
constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/// `s` without leading and trailing ASCII whitespace.
constexpr std::string_view trimmed(std::string_view s) noexcept {
  while (!s.empty() && is_ascii_space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && is_ascii_space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

/// The length of "(" or ")" (`ascii`), or of its full-width form U+FF08 or U+FF09 (EF BC
/// `full_width_last`), at the start of `s`; 0 when neither is there.
constexpr std::size_t paren_at(std::string_view s, char ascii, char full_width_last) noexcept {
  if (!s.empty() && s[0] == ascii) {
    return 1;
  }
  return s.size() >= 3 && s[0] == '\xEF' && s[1] == '\xBC' && s[2] == full_width_last ? 3 : 0;
}

/// Reads an optional '-' and one or more ASCII digits at the start of `s` into `value`. Returns
/// how many characters that took, or 0 when there are no digits or the value does not fit in int.
/// Digits are read only while the value still fits, so a long run of digits is not read to its end.
constexpr std::size_t parse_int_prefix(std::string_view s, int& value) noexcept {
  const bool negative = !s.empty() && s[0] == '-';
  const long long limit = negative ? 2147483648LL : 2147483647LL;
  long long magnitude = 0;
  std::size_t i = negative ? 1 : 0;
  const std::size_t first_digit = i;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && magnitude <= limit; ++i) {
    magnitude = magnitude * 10 + (s[i] - '0');
  }
  if (i == first_digit || magnitude > limit) {
    return 0;
  }
  value = static_cast<int>(negative ? -magnitude : magnitude);
  return i;
}

/// True for a class type shaped like a view of characters (std::string_view, a StringRef): trivially
/// copyable, and a pointer and a size at most (a pointer's alignment, two pointers' size). A type that
/// owns its characters is not: a std::string is not trivially copyable, and a string with an inline
/// buffer is larger or byte-aligned. (A trivially copyable type that keeps up to 8 characters beside a
/// pointer-sized member would pass: C++ cannot tell it from a view.)
template <class T>
constexpr bool is_view_shaped = std::is_trivially_copyable<T>::value && alignof(T) >= alignof(const char*) &&
                                sizeof(T) <= 2 * sizeof(const char*);

/// True for an rvalue of a class type that converts to std::string_view and may own its characters
/// (an rvalue std::string, an SDK's string with an inline buffer): a view into it would dangle at the
/// end of the statement. A temporary view (is_view_shaped) passes.
template <class T>
constexpr bool is_owning_temporary =
    std::is_class<T>::value && !std::is_reference<T>::value && !is_view_shaped<std::remove_cv_t<T>> &&
    std::is_convertible<T, std::string_view>::value;

template <class T>
constexpr bool dependent_false = false;

}  // namespace detail

/// Splits a message of the form "(N)description": optional leading ASCII whitespace, "(" or
/// full-width U+FF08, an optional '-', digits whose value fits in int, ")" or U+FF09, then the
/// description. A message that does not start that way has no module code, and all of it,
/// trimmed, is the description.
[[nodiscard]] constexpr parsed_message parse_message(std::string_view message TCCODE_LIFETIMEBOUND) noexcept {
  const std::string_view text = detail::trimmed(message);
  std::string_view rest = text;
  if (const std::size_t open = detail::paren_at(rest, '(', '\x88')) {
    rest.remove_prefix(open);
    int code = 0;
    if (const std::size_t digits = detail::parse_int_prefix(rest, code)) {
      rest.remove_prefix(digits);
      if (const std::size_t close = detail::paren_at(rest, ')', '\x89')) {
        rest.remove_prefix(close);
        return parsed_message{code, detail::trimmed(rest)};
      }
    }
  }
  return parsed_message{std::nullopt, text};
}

/// A temporary std::string (an SDK's getMessage(), say) is rejected: the description would view
/// destroyed memory. Keep the message in a variable first.
template <class String, std::enable_if_t<detail::is_owning_temporary<String>, int> = 0>
constexpr parsed_message parse_message(String&&) noexcept {
  static_assert(detail::dependent_false<String>,
                "tccode::parse_message: the message is a temporary string, and the result would view it after "
                "it is destroyed. Keep the message in a variable that outlives the result.");
  return {};
}

/// The value of a response's code field that arrived as a string ("5100", "0", "-2700"): an
/// optional '-' and ASCII digits, surrounded by optional ASCII whitespace. Anything else, or a
/// value that does not fit in int, gives nothing.
[[nodiscard]] constexpr std::optional<int> parse_code(std::string_view code) noexcept {
  const std::string_view digits = detail::trimmed(code);
  int value = 0;
  if (!digits.empty() && detail::parse_int_prefix(digits, value) == digits.size()) {
    return value;
  }
  return std::nullopt;
}

}  // namespace tccode

#endif  // TCCODE_MESSAGE_HPP

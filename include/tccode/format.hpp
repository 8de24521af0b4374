// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Formatters for fmt (and so spdlog) and std::format, in one opt-in header: explanation (and the
// owned_explanation of a temporary message), retry_advice and canonical_code. Each derives from the library's own
// string_view formatter, so width, fill and alignment work as for a string; a leading "zh" or "en" chooses the
// language:
//   {}       an explanation in its own language (to_string), an enum's name
//   {:en}    the text in English ({:zh} in Chinese): an advice's sentence, an explanation's line
//   {:en<60} in English, left-aligned in 60 columns
// fmt's formatters are defined when fmt was included before this header (FMT_VERSION: include
// <fmt/format.h> or spdlog first); std::format's where the standard library has <format>
// (__cpp_lib_format), or where you define TCCODE_STD_FORMAT to 1 (libc++ 16's <format> behind
// -fexperimental-library). A spec the string formatter rejects is its own error: at compile time
// where the format string is checked.
#ifndef TCCODE_FORMAT_HPP
#define TCCODE_FORMAT_HPP

#include <tccode/owned.hpp>
#include <tccode/to_string.hpp>

#include <string>
#include <string_view>
#include <type_traits>

#if (__cplusplus >= 202002L || (defined(_MSVC_LANG) && _MSVC_LANG >= 202002L)) && defined(__has_include)
#if __has_include(<version>)
#include <version>  // __cpp_lib_format, which only C++20 and later define
#endif
#endif

namespace tccode::detail {

/// The types that tccode's formatters format.
template <class T>
constexpr bool formattable = std::is_same_v<T, explanation> || std::is_same_v<T, owned_explanation> ||
                             std::is_same_v<T, retry_advice> || std::is_same_v<T, canonical_code>;

inline std::string format_text(const explanation& e, bool language_given, lang l) {
  return language_given ? to_string(e, l) : to_string(e);
}
inline std::string format_text(const owned_explanation& e, bool language_given, lang l) {
  return format_text(e.get(), language_given, l);
}
inline std::string format_text(retry_advice a, bool language_given, lang l) {
  return std::string(language_given ? describe(a, l) : name(a));
}
inline std::string format_text(canonical_code c, bool, lang) { return std::string(name(c)); }

/// The formatter of tccode type T on top of `StringFormatter`, the library's formatter of
/// std::string_view: it takes an optional leading "zh" or "en", then parses the rest as a string's spec.
template <class T, class StringFormatter>
struct formatter : StringFormatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    auto it = ctx.begin();
    const auto end = ctx.end();
    if (it != end && it + 1 != end && ((it[0] == 'z' && it[1] == 'h') || (it[0] == 'e' && it[1] == 'n'))) {
      language_given_ = true;
      language_ = it[0] == 'e' ? lang::en : lang::zh;
      ctx.advance_to(it + 2);
    }
    return StringFormatter::parse(ctx);
  }

  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = format_text(value, language_given_, language_);
    return StringFormatter::format(std::string_view(text), ctx);
  }

 private:
  bool language_given_ = false;
  lang language_ = lang::zh;
};

}  // namespace tccode::detail

#if defined(FMT_VERSION)
template <class T>
struct fmt::formatter<T, char, std::enable_if_t<tccode::detail::formattable<T>>>
    : tccode::detail::formatter<T, fmt::formatter<std::string_view, char>> {};
#endif

#if defined(__cpp_lib_format) || (defined(TCCODE_STD_FORMAT) && TCCODE_STD_FORMAT)
#include <format>

template <class T>
requires tccode::detail::formattable<T>
struct std::formatter<T, char> : tccode::detail::formatter<T, std::formatter<std::string_view, char>> {
};
#endif

#endif  // TCCODE_FORMAT_HPP

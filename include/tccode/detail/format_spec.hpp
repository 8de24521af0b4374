// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// What the fmt and std::format formatters share: the spec grammar ({}, {:zh}, {:en}) and the text of
// each type. Included by <tccode/fmt.hpp>, and by <tccode/format.hpp> where it has std::format.
// First, outside the guard: <tccode/format.hpp> includes this file back, after what it needs from
// there, where it defines std::format's formatters.
#include <tccode/format.hpp>

#ifndef TCCODE_DETAIL_FORMAT_SPEC_HPP
#define TCCODE_DETAIL_FORMAT_SPEC_HPP

#include <tccode/status.hpp>

#include <algorithm>
#include <string>

namespace tccode::detail {

/// A format spec of tccode's types: empty, "zh" or "en" (anything else is an error).
struct format_spec {
  bool valid = true;
  bool language_given = false;
  lang language = lang::zh;
};

/// The spec in [first, last): the characters before the closing '}'.
template <class It>
constexpr format_spec parse_format_spec(It first, It last) noexcept {
  format_spec spec;
  const auto is = [&](char a, char b) { return last - first == 2 && first[0] == a && first[1] == b; };
  if (first == last) {
    return spec;
  }
  if (is('z', 'h') || is('e', 'n')) {
    spec.language_given = true;
    spec.language = first[0] == 'e' ? lang::en : lang::zh;
    return spec;
  }
  spec.valid = false;
  return spec;
}

/// Where a spec ends: at the closing '}', or at the end.
template <class It>
constexpr It spec_end(It first, It last) noexcept {
  while (first != last && *first != '}') {
    ++first;
  }
  return first;
}

/// The text of each formattable type for a spec: {} gives what to_string or name give, {:zh} and
/// {:en} the text in that language.
inline std::string format_text(const explanation& e, const format_spec& s) {
  return s.language_given ? to_string(e, s.language) : to_string(e);
}
inline std::string format_text(const entry& e, const format_spec& s) {
  return s.language_given ? to_string(e, s.language) : to_string(e);
}
inline std::string format_text(retry_advice a, const format_spec& s) {
  return std::string(s.language_given ? describe(a, s.language) : name(a));
}
inline std::string format_text(code_class c, const format_spec& s) {
  return std::string(s.language_given ? describe(c, s.language) : name(c));
}
inline std::string format_text(canonical_code c, const format_spec&) { return std::string(name(c)); }
inline std::string format_text(public_code c, const format_spec& s) { return to_string(c, s.language); }

/// The formatter of tccode type T, for fmt and for std::format. Error's static member
/// tccode_format_spec_must_be_empty_zh_or_en() is not constexpr: calling it while a format string is
/// checked at compile time is the compile error, and its name the diagnostic; at run time it
/// throws the library's format error.
template <class T, class Error>
struct formatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto end = spec_end(ctx.begin(), ctx.end());
    spec_ = parse_format_spec(ctx.begin(), end);
    if (!spec_.valid) {
      Error::tccode_format_spec_must_be_empty_zh_or_en();
    }
    return end;
  }

  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
    const std::string text = format_text(value, spec_);
    return std::copy(text.begin(), text.end(), ctx.out());
  }

 private:
  format_spec spec_;
};

}  // namespace tccode::detail

#endif  // TCCODE_DETAIL_FORMAT_SPEC_HPP

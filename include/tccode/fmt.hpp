// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// fmt (and so spdlog) formatters for explanation, entry, retry_advice, code_class, canonical_code
// and public_code. Opt-in: include it where fmt is (tccode itself needs no third-party library).
//   {}      what to_string or name give: an explanation or entry in its own language, an advice's
//           or class's machine name, "4100 <type>" in Chinese for a public_code
//   {:zh}   the text in Chinese, {:en} in English
// Any other spec is an error: at compile time where fmt checks the format string (C++20, or
// FMT_STRING in C++17), else fmt::format_error at run time.
#ifndef TCCODE_FMT_HPP
#define TCCODE_FMT_HPP

#include <tccode/format.hpp>
// After <tccode/format.hpp>: see detail/format_spec.hpp.
#include <tccode/detail/format_spec.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace tccode::detail {

/// A spec that is not {}, {:zh} or {:en}: at compile time calling this non-constexpr function is
/// the error; at run time it throws fmt::format_error.
[[noreturn]] inline void error_tccode_fmt_spec_is_not_zh_or_en() {
  FMT_THROW(fmt::format_error("tccode: the format spec is {}, {:zh} or {:en}"));
}

/// The fmt::formatter of a tccode type T.
template <class T>
struct fmt_formatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto end = spec_end(ctx.begin(), ctx.end());
    spec_ = parse_format_spec(ctx.begin(), end);
    if (!spec_.valid) {
      error_tccode_fmt_spec_is_not_zh_or_en();
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

template <>
struct fmt::formatter<tccode::explanation> : tccode::detail::fmt_formatter<tccode::explanation> {};
template <>
struct fmt::formatter<tccode::entry> : tccode::detail::fmt_formatter<tccode::entry> {};
template <>
struct fmt::formatter<tccode::retry_advice> : tccode::detail::fmt_formatter<tccode::retry_advice> {};
template <>
struct fmt::formatter<tccode::code_class> : tccode::detail::fmt_formatter<tccode::code_class> {};
template <>
struct fmt::formatter<tccode::canonical_code> : tccode::detail::fmt_formatter<tccode::canonical_code> {};
template <>
struct fmt::formatter<tccode::public_code> : tccode::detail::fmt_formatter<tccode::public_code> {};

#endif  // TCCODE_FMT_HPP

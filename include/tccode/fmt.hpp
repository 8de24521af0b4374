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

namespace tccode::detail {

/// A spec other than {}, {:zh} or {:en}, for fmt: fmt::format_error at run time.
struct tccode_fmt_error {
  [[noreturn]] static void tccode_format_spec_must_be_empty_zh_or_en() {
    FMT_THROW(fmt::format_error("tccode: the format spec is {}, {:zh} or {:en}"));
  }
};

}  // namespace tccode::detail

template <>
struct fmt::formatter<tccode::explanation>
    : tccode::detail::formatter<tccode::explanation, tccode::detail::tccode_fmt_error> {};
template <>
struct fmt::formatter<tccode::entry> : tccode::detail::formatter<tccode::entry, tccode::detail::tccode_fmt_error> {};
template <>
struct fmt::formatter<tccode::retry_advice>
    : tccode::detail::formatter<tccode::retry_advice, tccode::detail::tccode_fmt_error> {};
template <>
struct fmt::formatter<tccode::code_class>
    : tccode::detail::formatter<tccode::code_class, tccode::detail::tccode_fmt_error> {};
template <>
struct fmt::formatter<tccode::canonical_code>
    : tccode::detail::formatter<tccode::canonical_code, tccode::detail::tccode_fmt_error> {};
template <>
struct fmt::formatter<tccode::public_code>
    : tccode::detail::formatter<tccode::public_code, tccode::detail::tccode_fmt_error> {};

#endif  // TCCODE_FMT_HPP

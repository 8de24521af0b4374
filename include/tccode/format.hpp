// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Text for logs: to_string and operator<< for explanation and entry, the text of the enums, and
// std::formatter specializations where the standard library has <format> (<tccode/fmt.hpp> has
// fmt's).
#ifndef TCCODE_FORMAT_HPP
#define TCCODE_FORMAT_HPP

#include <tccode/core.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#if __cplusplus >= 202002L && defined(__has_include)
#if __has_include(<version>)
#include <version>  // __cpp_lib_format, which only C++20 and later define
#endif
#endif

namespace tccode {

namespace detail {

/// The text of `e` in language `l`: its row's, when it knows its row, else its own.
constexpr entry entry_in(const entry& e, lang l) noexcept { return e.source != nullptr ? e.source->entry_in(l) : e; }

/// "4100 <type>: <description>", or "1036: <description>" for a module code.
inline std::string entry_line(const entry& e) {
  std::string out = std::to_string(e.code);
  if (!e.type.empty()) {
    out += ' ';
    out += e.type;
  }
  out += ": ";
  out += e.description;
  return out;
}

/// How a line about public code `code` starts: "0 success", "<code> <type>" when the code is listed
/// (`type` is its entry's), else its class: "<code> (unlisted client error)".
inline std::string code_head(int code, std::optional<std::string_view> type, lang l) {
  std::string out = std::to_string(code);
  if (code == 0) {
    out += ' ';
    out += describe(code_class::success, l);
  } else if (type) {
    out += ' ';
    out += *type;
  } else {
    out += " (";
    out += unlisted_text(class_of(code), l);
    out += ')';
  }
  return out;
}

}  // namespace detail

/// One line in language `l`: the code, its type, the module code, the server's text and the
/// advice, e.g. "5100 Resource operation failed: (100004) projectId... [retry after a backoff]". An
/// unlisted code shows its class: "4102 (unlisted client error): ...". Success is "0 success".
inline std::string to_string(const explanation& e, lang l) {
  std::string out = detail::code_head(
      e.code, e.public_entry ? std::optional(detail::entry_in(*e.public_entry, l).type) : std::nullopt, l);
  // The server's text; when it said nothing after "(N)", the module table's description.
  const std::string_view text =
      !e.detail.empty() || !e.module_entry ? e.detail : detail::entry_in(*e.module_entry, l).description;
  if (e.module_code || !text.empty()) {
    out += ':';
  }
  if (e.module_code) {
    out += " (";
    out += std::to_string(*e.module_code);
    out += ')';
  }
  if (!text.empty()) {
    out += ' ';
    out += text;
  }
  if (!e.success()) {
    out += " [";
    out += describe(e.retry, l);
    out += ']';
  }
  return out;
}

/// The same line in the language the explanation was built in.
inline std::string to_string(const explanation& e) { return to_string(e, e.language); }

/// "4100 <type>: <description>" for a public code, "1036: <description>" for a module code, in
/// language `l` when the entry knows its row (lookup and explain give such entries), else as it is.
inline std::string to_string(const entry& e, lang l) { return detail::entry_line(detail::entry_in(e, l)); }

/// The same, in the entry's own language.
inline std::string to_string(const entry& e) { return detail::entry_line(e); }

/// "4100 <type>", the public code in the official document's meaning, in language `l`; an
/// unlisted one shows its class: "4102 (unlisted client error)".
inline std::string to_string(public_code code, lang l = lang::zh) {
  const int value = static_cast<int>(code);
  const std::optional<entry> e = lookup(public_codes, value, l);
  return detail::code_head(value, e ? std::optional(e->type) : std::nullopt, l);
}

/// Writes to_string(e).
inline std::ostream& operator<<(std::ostream& os, const explanation& e) { return os << to_string(e); }

/// Writes to_string(e).
inline std::ostream& operator<<(std::ostream& os, const entry& e) { return os << to_string(e); }

}  // namespace tccode

// std::format, where the standard library has it (or where you say it does, for libc++ 16's
// <format> behind -fexperimental-library: define TCCODE_STD_FORMAT to 1 first).
#if defined(__cpp_lib_format) || (defined(TCCODE_STD_FORMAT) && TCCODE_STD_FORMAT)
#include <tccode/detail/format_spec.hpp>

#include <cstdlib>
#include <format>

namespace tccode::detail {

/// A spec other than {}, {:zh} or {:en}, for std::format: std::format_error at run time (abort
/// without exceptions, as the standard library does).
struct tccode_std_format_error {
  [[noreturn]] static void tccode_format_spec_must_be_empty_zh_or_en() {
#if defined(__cpp_exceptions)
    throw std::format_error("tccode: the format spec is {}, {:zh} or {:en}");
#else
    std::abort();
#endif
  }
};

}  // namespace tccode::detail

template <>
struct std::formatter<tccode::explanation>
    : tccode::detail::formatter<tccode::explanation, tccode::detail::tccode_std_format_error> {};
template <>
struct std::formatter<tccode::entry>
    : tccode::detail::formatter<tccode::entry, tccode::detail::tccode_std_format_error> {};
template <>
struct std::formatter<tccode::retry_advice>
    : tccode::detail::formatter<tccode::retry_advice, tccode::detail::tccode_std_format_error> {};
template <>
struct std::formatter<tccode::code_class>
    : tccode::detail::formatter<tccode::code_class, tccode::detail::tccode_std_format_error> {};
template <>
struct std::formatter<tccode::canonical_code>
    : tccode::detail::formatter<tccode::canonical_code, tccode::detail::tccode_std_format_error> {};
template <>
struct std::formatter<tccode::public_code>
    : tccode::detail::formatter<tccode::public_code, tccode::detail::tccode_std_format_error> {};
#endif

#endif  // TCCODE_FORMAT_HPP

// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// One readable line for a log: to_string and operator<< for explanation and entry.
#ifndef TCCODE_FORMAT_HPP
#define TCCODE_FORMAT_HPP

#include <tccode/core.hpp>
#include <tccode/detail/append.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace tccode {

namespace detail {

// The advice as a person reads it in a log line.
constexpr std::string_view advice_text(retry_advice advice) noexcept {
  switch (advice) {
    case retry_advice::never:
      return "do not retry";
    case retry_advice::after_backoff:
      return "retry after backoff";
    case retry_advice::throttled:
      return "retry behind a rate limiter";
    case retry_advice::after_resign:
      return "sign again, then retry";
  }
  return "unknown advice";
}

}  // namespace detail

// One line: the code, its type in language `l`, the module code, the server's text and the
// advice, e.g. "5100 <type>: (100004) projectId<...> [retry after backoff]". An unlisted code
// shows its class: "4102 (unlisted client error): ...". Success is "0 success".
inline std::string to_string(const explanation& e, lang l = lang::zh) {
  std::string out = std::to_string(e.code);
  if (e.success()) {
    detail::append(out, " success");
  } else if (const std::optional<entry> listed = lookup(public_codes, e.code, l)) {
    out += ' ';
    detail::append(out, listed->type);
  } else {  // what is known of an unlisted code: its class
    detail::append(out, " (unlisted ");
    detail::append(out, name(class_of(e.code)));
    out += ')';
  }
  // The server's text; when it said nothing after "(N)", the module table's description.
  const std::string_view text = !e.detail.empty() || !e.module_entry ? e.detail : e.module_entry->description;
  if (e.module_code || !text.empty()) {
    out += ':';
  }
  if (e.module_code) {
    detail::append(out, " (");
    detail::append(out, std::to_string(*e.module_code));
    out += ')';
  }
  if (!text.empty()) {
    out += ' ';
    detail::append(out, text);
  }
  if (!e.success()) {
    detail::append(out, " [");
    detail::append(out, detail::advice_text(e.retry));
    out += ']';
  }
  return out;
}

// Writes to_string(e), in Chinese (the default language).
inline std::ostream& operator<<(std::ostream& os, const explanation& e) { return os << to_string(e); }

// Writes "4100 <type>: <description>" for a public code, "1036: <description>" for a module code.
inline std::ostream& operator<<(std::ostream& os, const entry& e) {
  os << e.code;
  if (!e.type.empty()) {
    os << ' ' << e.type;
  }
  return os << ": " << e.description;
}

}  // namespace tccode

#endif  // TCCODE_FORMAT_HPP

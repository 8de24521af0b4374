// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// One readable line for a log: to_string and operator<< for explanation and entry.
#ifndef TCCODE_FORMAT_HPP
#define TCCODE_FORMAT_HPP

#include <tccode/core.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace tccode {

/// One line in the explanation's language: the code, its type, the module code, the server's text
/// and the advice, e.g. "5100 Resource operation failed: (100004) projectId... [retry after a
/// backoff]". An unlisted code shows its class: "4102 (unlisted client error): ...". Success is
/// "0 success".
inline std::string to_string(const explanation& e) {
  std::string out = std::to_string(e.code);
  if (e.success()) {
    out += ' ';
    out += detail::success_text(e.language);
  } else if (e.public_entry) {
    out += ' ';
    out += e.public_entry->type;
  } else {  // what is known of an unlisted code: its class
    out += " (";
    out += detail::unlisted_text(class_of(e.code), e.language);
    out += ')';
  }
  // The server's text; when it said nothing after "(N)", the module table's description.
  const std::string_view text = !e.detail.empty() || !e.module_entry ? e.detail : e.module_entry->description;
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
    out += describe(e.retry, e.language);
    out += ']';
  }
  return out;
}

/// Writes to_string(e).
inline std::ostream& operator<<(std::ostream& os, const explanation& e) { return os << to_string(e); }

/// Writes "4100 <type>: <description>" for a public code, "1036: <description>" for a module code.
inline std::ostream& operator<<(std::ostream& os, const entry& e) {
  os << e.code;
  if (!e.type.empty()) {
    os << ' ' << e.type;
  }
  return os << ": " << e.description;
}

}  // namespace tccode

#endif  // TCCODE_FORMAT_HPP

// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// Log lines: to_string and operator<< for an explanation.
#ifndef TCCODE_TO_STRING_HPP
#define TCCODE_TO_STRING_HPP

#include <tccode/core.hpp>
#include <tccode/detail/words.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace tccode {

namespace detail {

/// Appends `text` with every control character escaped visibly (\n, \r, \t, \xNN; a backslash is
/// doubled), so that what a server sent can never break a log line in two. With `quote`, a double
/// quote is escaped too.
inline void append_escaped(std::string& out, std::string_view text, bool quote) {
  constexpr char hex[] = "0123456789abcdef";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || (quote && c == '"')) {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
}

/// "<code> <type>", "0 success", or "<code> (unlisted client error)": how a line about public code
/// `code` starts, `type` being its type where the service lists it (a code that a service lists
/// without a type of its own, as CMQ's 4410, is the code alone).
inline std::string code_head(int code, bool listed, std::string_view type, lang l) {
  std::string out = std::to_string(code);
  if (code == 0) {
    out += ' ';
    out += describe(code_class::success, l);
  } else if (listed) {
    if (!type.empty()) {
      out += ' ';
      out += type;
    }
  } else {
    out += " (";
    out += describe_unlisted(class_of(code), l);
    out += ')';
  }
  return out;
}

/// The line of an API 3.0 response without its advice: the code as received, how it was judged (by a
/// prefix, or not at all), the description, the server's text. Where the official English is missing,
/// an English line says so and gives the family's (the common row's) English.
inline std::string line3_of(const explanation& e, lang l) {
  const words& w = words_in[l == lang::en ? 1 : 0];
  std::string out;
  append_escaped(out, e.code_string(), false);
  const code_row* judged = e.judged_by();
  if (judged == nullptr) {
    out += " (";
    out += w.api3_unknown;
    out += ')';
  } else if (judged->code != e.code_string()) {
    const std::size_t at = w.api3_judged_as.find("%s");
    out += " (";
    out += w.api3_judged_as.substr(0, at);
    out += judged->code;
    out += w.api3_judged_as.substr(at + 2);
    out += ')';
  }
  std::string_view described = e.description(l);
  if (described.empty() && l == lang::en && !e.description(lang::zh).empty()) {
    out += " (";
    out += w.api3_no_english;
    out += ')';
    described = e.type(lang::en);
  }
  if (!described.empty() || !e.detail().empty()) {
    out += ':';
  }
  if (!described.empty()) {
    out += ' ';
    out += described;
  }
  if (!e.detail().empty() && e.detail() != described) {
    out += described.empty() ? " " : " \"";
    append_escaped(out, e.detail(), !described.empty());
    out += described.empty() ? "" : "\"";
  }
  return out;
}

/// The line of to_string without its advice: the code and its type, the module code and its row's
/// description (a "%s" in it filled with what the server put there, else "..."), the server's text.
inline std::string line_of(const explanation& e, lang l) {
  if (e.judgement() != nullptr) {
    return line3_of(e, l);
  }
  // A failure without an API answer has tccode's number, which says nothing: its type alone.
  std::string out = explain_access::is_transport(e) ? std::string(e.type(l))
                                                    : code_head(e.code(), e.public_row() != nullptr, e.type(l), l);
  const row* module = e.module_row();
  const std::string_view described = module != nullptr ? module->in(l).description : std::string_view();
  const bool quote = !described.empty() && !e.detail().empty() && e.detail() != described;
  if (e.module_code() || !e.detail().empty() || !described.empty()) {
    out += ':';
  }
  if (e.module_code()) {
    out += " (";
    out += std::to_string(*e.module_code());
    out += ')';
  }
  if (!described.empty()) {
    out += ' ';
    // A description with "%s" (CMQ's) names what the server's message put there.
    std::string_view rest = described;
    for (std::size_t at = rest.find("%s"); at != std::string_view::npos; at = rest.find("%s")) {
      out += rest.substr(0, at);
      if (e.argument().empty()) {
        out += "...";
      } else {
        append_escaped(out, e.argument(), false);
      }
      rest.remove_prefix(at + 2);
    }
    out += rest;
  }
  if (quote) {
    out += " \"";
    append_escaped(out, e.detail(), true);
    out += '"';
  } else if (described.empty() && !e.detail().empty()) {
    out += ' ';
    append_escaped(out, e.detail(), false);
  }
  return out;
}

}  // namespace detail

/// One line in language `l`: the code and its type, the module code and its row's description, the
/// server's text, and the advice. For example
///   5100 Resource operation failed: (1036) A project with this name already exists "name taken" [do not ...]
/// The server's text follows in quotes when a module row describes the code (and says something
/// else), else it is the description; an unlisted code shows its class ("4102 (unlisted client
/// error): ..."); success is "0 success". Control characters are escaped: always one line.
inline std::string to_string(const explanation& e, lang l) {
  std::string out = detail::line_of(e, l);
  if (!e.success()) {
    out += " [";
    out += describe(e.retry(), l);
    out += ']';
  }
  return out;
}

/// The same line in the language the explanation was made in.
inline std::string to_string(const explanation& e) { return to_string(e, e.language()); }

/// Writes to_string(e).
inline std::ostream& operator<<(std::ostream& os, const explanation& e) { return os << to_string(e); }

}  // namespace tccode

#endif  // TCCODE_TO_STRING_HPP

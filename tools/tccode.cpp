// SPDX-License-Identifier: MIT
// tccode: explains a Tencent Cloud API 2.0 or API 3.0 error code, a message, a whole JSON response,
// or the error line that an API 3.0 SDK logged.
//
// Exit status: the worst of what was asked about: 0 when every code was found (or the response is
// a success), 1 when a public code is not listed (or, with --module, the module code is not in that
// table; or an API 3.0 code that nothing knows), 2 for usage errors and malformed input, with one line
// on standard error saying what and where. Of JSON Lines, each line is explained on its own, a
// malformed line reported as it comes.
#include <tccode/api3.hpp>
#include <tccode/retry.hpp>
#include <tccode/services.hpp>
#include <tccode/tccode.hpp>

#include <CLI/CLI.hpp>

#include "catalogue.hpp"
#include "json_writer.hpp"
#include "response.hpp"
#include "table_file.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>
#include <vector>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX  // <windows.h>'s min and max macros would break std::min and std::max
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <fcntl.h>
#include <io.h>
#include <windows.h>
// After <windows.h>, which it needs.
#include <shellapi.h>
#else
#include <unistd.h>  // isatty
#endif

namespace {

using tccode_tool::api_generation;
using tccode_tool::input_error;
using tccode_tool::json_writer;
using tccode_tool::loaded_service;
using tccode_tool::printable;
using tccode_tool::response;
using tccode_tool::written_as;

// ---------------------------------------------------------------------------------------------
// Text helpers

/// Columns that `s` takes on a terminal: East Asian wide and full-width characters take two.
std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3 : lead >> 3 == 0x1E ? 4 : 1;
    if (i + length > s.size()) {
      length = 1;
    }
    std::uint32_t cp = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
      cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
    i += length;
  }
  return width;
}

/// Appends `s` followed by spaces up to `width` columns.
void append_padded(std::string& out, std::string_view s, std::size_t width) {
  out += s;
  const std::size_t w = display_width(s);
  if (w < width) {
    out.append(width - w, ' ');
  }
}

/// `s` followed by spaces up to `width` columns.
std::string pad(std::string_view s, std::size_t width) {
  std::string out;
  append_padded(out, s, width);
  return out;
}

/// `s` on one line: control characters, and bytes that are not UTF-8, escaped visibly (\n, \xNN) as
/// the library's log lines escape control characters.
std::string one_line(std::string_view s) {
  std::string out;
  tccode_tool::append_escaped(out, s);
  return out;
}

/// "(unlisted client error)": what a public code that the service does not list is, in language `l`.
std::string unlisted_text(int code, tccode::lang l) {
  return "(" + std::string(tccode::describe_unlisted(tccode::class_of(code), l)) + ")";
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

/// The language that the locale asks for: LC_ALL, LC_MESSAGES, then LANG; "zh..." is Chinese.
tccode::lang lang_from_environment() {
  for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value != nullptr && *value != '\0') {
      return std::string_view(value).substr(0, 2) == "zh" ? tccode::lang::zh : tccode::lang::en;
    }
  }
  return tccode::lang::en;
}

// ---------------------------------------------------------------------------------------------
// Tables and the service

/// A table as the command line names it (--module, --list) and as tccode names it.
struct named_table {
  std::string label;
  std::string name;
  tccode::table_view table;
  bool is_public = false;
};

struct settings {
  tccode::lang lang = tccode::lang::en;
  const tccode::services::catalogue_entry* builtin = nullptr;  // --service's or --host's
  tccode::service service;                    // the meaning of codes: --service's, --table's, or the document's
  std::vector<named_table> public_tables;     // the document's, then --table's overrides
  std::vector<named_table> module_tables;     // the project's, then --table's
  std::vector<named_table> selected_modules;  // what --module selects, or all
  bool module_given = false;
  // API 3.0: the product whose meaning of codes --product names (the common codes alone by default),
  // and --api-version's version of it. --service and --table are API 2.0's, --product API 3.0's: in a
  // log of both, each response is explained with the setting of its own generation.
  const tccode::product* product = &tccode::common;
  bool product_given = false;  // else an SDK's error that names an API 3.0 host is explained in its product's
  std::string api_version;
};

/// True for an API 3.0 version as the SDKs write it: "2017-03-12", or "v20170312".
bool is_api_version(std::string_view v) {
  const auto digits = [](std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    return digits(v.substr(0, 4)) && digits(v.substr(5, 2)) && digits(v.substr(8, 2));
  }
  return v.size() == 9 && v[0] == 'v' && digits(v.substr(1));
}

/// The tables: the document's, a built-in service's (`builtin`, or none), and those of --table's
/// file (`loaded`, or none).
settings tables_of(const loaded_service* loaded, const tccode::services::catalogue_entry* builtin) {
  settings s;
  s.public_tables.push_back({"public", "public", tccode::public_codes, true});
  if (builtin != nullptr) {  // a service's module codes are its own: its tables, not the project's
    s.builtin = builtin;
    s.service = *builtin->service;
    s.public_tables.push_back({"public", std::string(s.service.name()), s.service.overrides(), true});
    for (const tccode::table_view* t = s.service.modules_begin(); t != s.service.modules_end(); ++t) {
      std::string label(t->name());
      std::replace(label.begin(), label.end(), '_', '-');
      s.module_tables.push_back({label, std::string(t->name()), *t, false});
    }
    return s;
  }
  s.module_tables.push_back({"project-crud", "project_crud", tccode::project_crud, false});
  s.module_tables.push_back({"project-query", "project_query", tccode::project_query, false});
  if (loaded != nullptr) {
    s.service = loaded->service();
    s.public_tables.push_back({"public", loaded->overrides().name, loaded->overrides().view(), true});
    for (const tccode_tool::loaded_table& t : loaded->modules()) {
      s.module_tables.push_back({t.name, t.name, t.view(), false});
    }
  }
  return s;
}

/// The tables' labels, each once: "public, project-crud, ...".
std::string labels(const std::vector<named_table>& tables) {
  std::vector<std::string> seen;
  std::string out;
  for (const named_table& t : tables) {
    if (std::find(seen.begin(), seen.end(), t.label) == seen.end()) {
      seen.push_back(t.label);
      out += (out.empty() ? "" : ", ") + t.label;
    }
  }
  return out;
}

/// True for text that can be an API 3.0 code: it starts with a capital letter (API 2.0's names are
/// lower case: a misspelt one is not taken for a code) and has no space, quote or bracket (a response
/// or an error line is given with --response).
bool is_code_string(std::string_view text) {
  return !text.empty() && text.front() >= 'A' && text.front() <= 'Z' &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return c > ' ' && c < 0x7F && c != '"' && c != '\'' && c != '[' && c != ']' && c != '{' && c != '}';
         });
}

/// A code given on the command line: API 2.0's as an integer (quoted or not, as "5100" arrives in
/// JSON) or the name of a public code (auth_failed); any other text shaped like a code is API 3.0's
/// (AuthFailure.SignatureExpire).
response code_from_argument(std::string_view text, const settings& s) {
  std::string_view unquoted = text;
  if (unquoted.size() >= 2 && unquoted.front() == '"' && unquoted.back() == '"') {
    unquoted = unquoted.substr(1, unquoted.size() - 2);
  }
  response r;
  if (const std::optional<int> code = tccode::parse_code(unquoted)) {
    r.code = *code;
    return r;
  }
  for (auto t = s.public_tables.rbegin(); t != s.public_tables.rend(); ++t) {  // the service's names first
    if (const tccode::row* row = tccode::lookup(t->table, unquoted)) {
      r.code = row->code;
      return r;
    }
  }
  if (is_code_string(unquoted)) {
    r.api = api_generation::v3;
    r.code_string = std::string(unquoted);
    return r;
  }
  throw input_error("code '" + printable(text) +
                    "' is neither an integer nor the name of a listed public code, nor an API 3.0 code such as "
                    "AuthFailure.SignatureExpire (a whole response or an SDK's error line: --response)");
}

// ---------------------------------------------------------------------------------------------
// Explaining

struct module_match {
  const named_table* table;
  const tccode::row* row;
};

/// A built-in service that knows a module code that the tables in use do not: a guess.
struct guess {
  const tccode::service* service;
  std::string_view table;
  const tccode::row* row;
};

/// A response explained, with every selected module table that has its module code.
struct explained {
  tccode::explanation e;
  std::vector<module_match> matches;
  std::vector<guess> guesses;
};

/// The table of `tables` that holds `r`, or nullptr.
const named_table* table_holding(const tccode::row* r, const std::vector<named_table>& tables) {
  for (const named_table& t : tables) {
    if (r >= t.table.begin() && r < t.table.end()) {
      return &t;
    }
  }
  return nullptr;
}

/// The built-in services whose module tables know the module code of `r` (with its public code).
std::vector<guess> guesses_for(const response& r, tccode::lang lang) {
  std::vector<guess> out;
  for (const tccode::services::catalogue_entry& c : tccode::services::catalogue) {
    const tccode::explanation e = tccode::explain(r.code, r.message, *c.service, lang);
    if (e.module_row() != nullptr && std::none_of(out.begin(), out.end(), [&](const guess& g) {
          return g.row == e.module_row();  // cmq and cmq_topic share tables: one guess a row
        })) {
      std::string_view table;
      for (const tccode::table_view* t = c.service->modules_begin(); t != c.service->modules_end(); ++t) {
        table = e.module_row() >= t->begin() && e.module_row() < t->end() ? t->name() : table;
      }
      out.push_back({c.service, table, e.module_row()});
    }
  }
  return out;
}

/// Guesses depend on a response's public code and on its message's module code, in either form
/// ("(N)text", "N: text"): a log repeats them, so they are looked up once each (up to a bound).
class guess_cache {
 public:
  const std::vector<guess>& find(const response& r, tccode::lang lang) {
    // A service that also reads "N: text" gives the module code of either form.
    static constexpr tccode::service either_form = tccode::service().with_colon_module_codes();
    const std::string_view message = r.message;
    const key k{r.code, tccode::parse_message(message).module_code,
                tccode::explain(r.code, message, either_form).module_code()};
    if (const auto found = cache_.find(k); found != cache_.end()) {
      return found->second;
    }
    if (cache_.size() >= 4096) {  // memory stays bounded, whatever the input
      scratch_ = guesses_for(r, lang);
      return scratch_;
    }
    return cache_.emplace(k, guesses_for(r, lang)).first->second;
  }

 private:
  using key = std::tuple<int, std::optional<int>, std::optional<int>>;
  std::map<key, std::vector<guess>> cache_;
  std::vector<guess> scratch_;
};

/// The explanation of `r`. With a built-in service, the service's (its tables in order, the codeDesc
/// for the services that put the module code there). Otherwise its advice is the module table's when
/// one table has the module code, or when every table that has it agrees, else the public code's; a
/// module code that no table in use has is looked up in the built-in services, as guesses.
explained explain_response(const response& r, const settings& s, guess_cache& guesses) {
  if (s.builtin != nullptr) {
    explained x{tccode::explain(r.code, r.message, r.code_desc.value_or(""), s.service, s.lang), {}, {}};
    if (const named_table* t =
            x.e.module_row() != nullptr ? table_holding(x.e.module_row(), s.selected_modules) : nullptr) {
      x.matches.push_back({t, x.e.module_row()});
    }
    return x;
  }
  explained x{tccode::explain(r.code, r.message, s.service, s.lang), {}, {}};
  if (!x.e.module_code()) {
    return x;
  }
  std::optional<tccode::explanation> first;
  bool agree = true;
  for (const named_table& t : s.selected_modules) {
    const tccode::table_view only[] = {t.table};  // the service's meaning of public codes, with this table alone
    const tccode::service with(s.service.name(), s.service.overrides(), only);
    const tccode::explanation e = tccode::explain(r.code, r.message, with, s.lang);
    if (e.module_row() != nullptr) {
      x.matches.push_back({&t, e.module_row()});
      agree = agree && (!first || first->retry() == e.retry());
      first = first ? first : e;
    }
  }
  if (first && agree) {
    x.e = *first;
  }
  if (x.matches.empty() && !s.module_given) {
    x.guesses = guesses.find(r, s.lang);
  }
  return x;
}

/// 0 when the explained response's codes were found, 1 when not (its items aside).
int status_of(const explained& x, const settings& s) {
  const bool found = x.e.success() || x.e.public_row() != nullptr;
  const bool module_missing = s.module_given && (x.e.module_code() || x.e.module_row() != nullptr) && x.matches.empty();
  return found && !module_missing ? 0 : 1;
}

/// The module code as shown: the message's (N), or the name of the row a service found by the
/// response's codeDesc; empty when there is none.
std::string module_text(const tccode::explanation& e) {
  return e.module_code()             ? std::to_string(*e.module_code())
         : e.module_row() != nullptr ? std::string(e.module_row()->name)
                                     : std::string();
}

void append_field(std::string& out, std::string_view indent, std::string_view label, std::string_view value) {
  if (!value.empty()) {
    out += indent;
    append_padded(out, label, 13);
    out += value;
    out += '\n';
  }
}

/// The same for what the server sent, escaped on one line; with `drain`, written out in pieces (a
/// message of 50 MB is never in memory twice).
void append_escaped_field(std::string& out, std::string_view indent, std::string_view label, std::string_view value,
                          tccode_tool::drain_function drain) {
  if (!value.empty()) {
    out += indent;
    append_padded(out, label, 13);
    tccode_tool::append_escaped(out, value, drain);
    out += '\n';
  }
}

/// Where a response's lines go: its label at `indent`, and the rest below.
struct text_layout {
  std::string in;      // its code's line
  std::string fields;  // its fields
  std::string items;   // its items' labels

  text_layout(const response& r, const std::string& indent)
      : in(r.label.empty() ? indent : indent + "  "), fields(in + "  "), items(in + "  ") {}
};

/// The fields that a response passed on in parts has after its items (read after them): shown below them.
void append_tail(std::string& out, const response& tail, const std::string& fields, tccode_tool::drain_function drain) {
  append_escaped_field(out, fields, "codeDesc", tail.code_desc.value_or(""), drain);
  append_escaped_field(out, fields, "requestId", tail.request_id.value_or(""), drain);
  append_escaped_field(out, fields, "receiptHandle", tail.receipt_handle.value_or(""), drain);
}

/// Appends `r` as text but for its items; returns its exit status's contribution.
int append_head(std::string& out, const response& r, const settings& s, guess_cache& guesses, const std::string& indent,
                tccode_tool::drain_function drain) {
  const explained x = explain_response(r, s, guesses);
  const int status = status_of(x, s);
  const tccode::explanation& e = x.e;
  const text_layout at(r, indent);
  if (!r.label.empty()) {  // an item, with the message it is about (CMQ's receiptHandle)
    out += indent + one_line(r.label);
    out += r.receipt_handle ? " (receiptHandle " + one_line(*r.receipt_handle) + "):\n" : std::string(":\n");
  }
  out += at.in + std::to_string(e.code());
  if (e.success()) {
    out += ' ';
    out += tccode::describe(tccode::code_class::success, s.lang);
    out += '\n';
  } else if (const tccode::row* p = e.public_row()) {
    out += e.type().empty() ? "" : " ";
    out += e.type();
    out += " (";
    out += p->name;
    out += ")\n";
    append_field(out, at.fields, "description", p->in(s.lang).description);
    // A module code whose advice overrides the public code's makes the public remedy wrong.
    if (!p->retry || *p->retry == e.retry()) {
      append_field(out, at.fields, "remedy", p->in(s.lang).remedy);
    }
    append_field(out, at.fields, "link", p->link);
  } else {
    out += ' ';
    out += unlisted_text(e.code(), s.lang);
    out += '\n';
  }
  const std::string module = module_text(e);
  if (!module.empty() && x.matches.empty()) {
    std::string tables;
    for (const named_table& t : s.selected_modules) {
      tables += (tables.empty() ? "" : " or ") + t.name;
    }
    append_field(out, at.fields, "module code", module + ": not in " + (tables.empty() ? "a table" : tables));
    for (const guess& g : x.guesses) {
      append_field(out, at.fields, "guess",
                   std::string(g.service->name()) + " (" + std::string(g.table) + ", " + std::string(g.row->name) +
                       "): " + std::string(g.row->in(s.lang).description));
    }
  }
  for (const module_match& m : x.matches) {
    append_field(out, at.fields, "module code",
                 module + " in " + m.table->name + " (" + std::string(m.row->name) + ")");
    const std::string deeper = at.fields + "  ";
    append_field(out, deeper, "description", m.row->in(s.lang).description);
    append_field(out, deeper, "remedy", m.row->in(s.lang).remedy);
    append_field(out, deeper, "link", m.row->link);
    append_escaped_field(out, deeper, "argument", e.argument(), drain);
  }
  append_escaped_field(out, at.fields, "server said", e.detail(), drain);
  append_escaped_field(out, at.fields, "codeDesc", r.code_desc.value_or(""), drain);
  append_escaped_field(out, at.fields, "requestId", r.request_id.value_or(""), drain);
  if (!e.success()) {
    append_field(out, at.fields, "retry", tccode::describe(e.retry(), s.lang));
  }
  return status;
}

int append_text3(std::string& out, const response& r, const settings& s, const std::string& indent,
                 tccode_tool::drain_function drain);

/// Appends `r` and its items as text; returns the exit status's contribution, the worst of them.
int append_text(std::string& out, const response& r, const settings& s, guess_cache& guesses, const std::string& indent,
                tccode_tool::drain_function drain) {
  if (r.api == api_generation::v3) {
    return append_text3(out, r, s, indent, drain);
  }
  int status = append_head(out, r, s, guesses, indent, drain);
  const text_layout at(r, indent);
  for (const response& item : r.items) {
    status = std::max(status, append_text(out, item, s, guesses, at.items, drain));
  }
  return status;
}

void write_row(json_writer& w, const tccode::row& r, tccode::lang lang) {
  const tccode::text& t = r.in(lang);
  w.key("code").number(r.code).member("name", r.name).member("description", t.description);
  w.member("remedy", t.remedy);
  if (!t.type.empty()) {
    w.member("type", t.type);
  }
  w.member("link", r.link);
}

/// codeDesc, requestId and receiptHandle, those that `r` has.
void write_optional_fields(json_writer& w, const response& r) {
  for (const auto& [name, value] :
       {std::pair{"codeDesc", &r.code_desc}, {"requestId", &r.request_id}, {"receiptHandle", &r.receipt_handle}}) {
    if (*value) {
      w.member(name, **value);
    }
  }
}

/// Opens `r`'s object and writes its members but its items; returns its exit status's contribution.
int write_json_head(json_writer& w, const response& r, const settings& s, guess_cache& guesses) {
  const explained x = explain_response(r, s, guesses);
  const tccode::explanation& e = x.e;
  w.begin_object();
  if (!r.label.empty()) {
    w.member("item", r.label);
  }
  w.key("code").number(e.code()).key("success").boolean(e.success());
  w.key("listed").boolean(e.public_row() != nullptr);
  w.member("class", tccode::describe(tccode::class_of(e.code()), tccode::lang::en));
  w.key("public");
  if (e.public_row() != nullptr) {
    w.begin_object();
    write_row(w, *e.public_row(), s.lang);
    w.end_object();
  } else {
    w.null();
  }
  w.key("module_code");
  if (e.module_code()) {
    w.number(*e.module_code());
  } else {
    w.null();
  }
  w.key("module").begin_array();
  for (const module_match& m : x.matches) {
    w.begin_object();
    write_row(w, *m.row, s.lang);
    w.member("table", m.table->name);
    w.end_object();
  }
  w.end_array();
  if (!x.guesses.empty()) {
    w.key("guesses").begin_array();
    for (const guess& g : x.guesses) {
      w.begin_object();
      write_row(w, *g.row, s.lang);
      w.member("service", g.service->name()).member("table", g.table);
      w.end_object();
    }
    w.end_array();
  }
  if (s.builtin != nullptr) {
    w.member("service", s.service.name());
  }
  if (!e.argument().empty()) {
    w.member("argument", e.argument());
  }
  w.member("detail", e.detail()).member("message", r.message);
  w.member("retry", tccode::name(e.retry()));
  write_optional_fields(w, r);
  return status_of(x, s);
}

int write_json3(json_writer& w, const response& r, const settings& s);

/// Writes `r` and its items as JSON; `status` becomes the worst of its and theirs exit status's contribution.
void write_json(json_writer& w, const response& r, const settings& s, guess_cache& guesses, int& status) {
  if (r.api == api_generation::v3) {
    status = std::max(status, write_json3(w, r, s));
    return;
  }
  status = std::max(status, write_json_head(w, r, s, guesses));
  if (!r.items.empty()) {
    w.key("items").begin_array();
    for (const response& item : r.items) {
      write_json(w, item, s, guesses, status);
    }
    w.end_array();
  }
  w.end_object();
}

// ---------------------------------------------------------------------------------------------
// API 3.0

/// An API 3.0 response explained: by its code in the product's meaning; or, without a code, as a
/// failure without an API answer (tccode's transport rows): a body that is no answer ("Response" is
/// null, an Error without a Code), or an SDK's error printed without a code (Java's "code: null").
struct explained3 {
  enum kind { success, coded, unreadable, uncoded } is = success;
  const tccode::product* product = &tccode::common;  // --product's, or the one of the host the error names
  tccode::explanation e;
  const tccode::judgement* judgement = nullptr;  // what decides, with why
  std::string_view transport;                    // without a code: the transport row's name
};

/// The judgement named `id` in data/judgements.tsv, or nullptr.
const tccode::judgement* judgement_named(std::string_view id) {
  for (const tccode::judgement& j : tccode::judgements) {
    if (j.id == id) {
      return &j;
    }
  }
  return nullptr;
}

/// A failure that an SDK printed without a code: what its text says of it. Java's 3.1 SDK wraps every
/// IOException so (code null, the exception as its cause), Node's prints no code at all. An exception
/// that is thrown before anything is sent says that nothing ran; an HTTP status, that an answer came
/// that is not the API's; anything else (a read timeout, a reset) may have come after the server
/// began the work. (From the SDKs' sources and OkHttp's and node-fetch's texts: see
/// tests/tool/test_tool.py's Logged.)
tccode::transport_failure failure_without_code(std::string_view text) {
  for (const std::string_view not_sent :
       {"UnknownHostException", "ConnectException", "NoRouteToHostException", "SSLHandshakeException",
        "Connect timed out", "connect timed out", "ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "Failed to connect to"}) {
    if (text.find(not_sent) != std::string_view::npos) {
      return tccode::transport_failure::not_sent;
    }
  }
  for (const std::string_view bad : {"UnhealthyResponseException", "response code is", "JsonSyntaxException",
                                     "invalid json response body", "Bad Gateway", "Service Unavailable"}) {
    if (text.find(bad) != std::string_view::npos) {
      return tccode::transport_failure::bad_response;
    }
  }
  return tccode::transport_failure::timeout;
}

explained3 explain_response3(const response& r, const settings& s) {
  explained3 x;
  x.product = s.product;
  if (!s.product_given) {  // an SDK's error that names the host it called: that product's meaning
    const tccode::product* named = tool::product_in_text(r.message.view().substr(0, 4096));
    named = named == nullptr && r.cause ? tool::product_in_text(*r.cause) : named;
    x.product = named != nullptr ? named : x.product;
  }
  const bool success = r.form == written_as::json && r.code_string.empty() && !r.unreadable;
  if (success || !r.code_string.empty()) {
    x.is = success ? explained3::success : explained3::coded;
    x.e = tccode::explain(std::string_view(r.code_string), r.message.view(), *x.product, s.lang);
    x.judgement = x.e.judgement();
    return x;
  }
  tccode::transport_failure t = tccode::transport_failure::bad_response;
  if (!r.unreadable) {
    std::string text(r.message.view().substr(0, 4096));
    text += r.cause ? " " + *r.cause : std::string();
    t = failure_without_code(text);
  }
  x.is = r.unreadable ? explained3::unreadable : explained3::uncoded;
  x.e = tccode::explain(t, s.lang);
  x.transport = x.e.public_row() != nullptr ? x.e.public_row()->name : std::string_view();
  x.judgement = judgement_named(t == tccode::transport_failure::not_sent  ? "not_sent"
                                : t == tccode::transport_failure::timeout ? "timed_out"
                                                                          : "bad_response");
  return x;
}

/// 0 when the code is known (or there is none to know), 1 for a code that nothing knows.
int status_of(const explained3& x) { return x.is == explained3::coded && x.e.judged_by() == nullptr ? 1 : 0; }

/// A row's description in language `l`, else in the other one (a row may have no English).
std::string_view row_text(const tccode::code_row& r, tccode::lang l) {
  const std::string_view text = r.in(l);
  return !text.empty() ? text : r.in(l == tccode::lang::en ? tccode::lang::zh : tccode::lang::en);
}

/// `s` without the ASCII spaces at its ends, as explain shows a message.
std::string_view trimmed(std::string_view s) {
  const std::size_t first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    return {};
  }
  return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

/// "Go SDK": what printed a logged error.
std::string_view form_name(written_as form) {
  switch (form) {
    case written_as::go:
      return "Go SDK";
    case written_as::python:
      return "Python SDK";
    case written_as::cpp:
      return "C++ SDK";
    case written_as::java:
      return "Java SDK";
    case written_as::node:
      return "Node.js SDK";
    case written_as::json:
      break;
  }
  return "";
}

/// The first line of an API 3.0 response, without its indentation: the code and how it was judged.
std::string heading3(const explained3& x, const response& r, tccode::lang lang) {
  switch (x.is) {
    case explained3::success:
      return std::string(tccode::describe(tccode::code_class::success, lang));
    case explained3::unreadable:
      return std::string(x.e.type()) + ": " + one_line(r.unreadable.value_or(""));
    case explained3::uncoded:
      return std::string(x.e.type()) + " (no code)";
    case explained3::coded:
      break;
  }
  const tccode::code_row* by = x.e.judged_by();
  return one_line(r.code_string) + (by == nullptr               ? " (unknown code)"
                                    : by->code != r.code_string ? " (judged as " + std::string(by->code) + ")"
                                                                : std::string());
}

/// Appends an API 3.0 response as text; returns its exit status's contribution.
int append_text3(std::string& out, const response& r, const settings& s, const std::string& indent,
                 tccode_tool::drain_function drain) {
  const explained3 x = explain_response3(r, s);
  const tccode::explanation& e = x.e;
  const std::string fields = indent + "  ";
  out += indent + heading3(x, r, s.lang) + '\n';
  if (x.is == explained3::coded) {
    // The product's row and the common one (each the code's own, or its longest listed prefix's).
    const tccode::code_row* product = e.product_row() != e.common_row() ? e.product_row() : nullptr;
    if (product != nullptr) {
      append_field(out, fields, "product",
                   std::string(x.product->name()) +
                       (product->code != r.code_string ? " " + std::string(product->code) : "") + ": " +
                       std::string(row_text(*product, s.lang)));
    }
    if (const tccode::code_row* common = e.common_row()) {
      append_field(out, fields, "common",
                   (common->code != r.code_string ? std::string(common->code) + ": " : std::string()) +
                       std::string(row_text(*common, s.lang)));
    }
  } else if (x.is != explained3::success) {
    append_field(out, fields, "description", e.description());
  }
  append_escaped_field(out, fields, "server said", trimmed(r.message.view()), drain);
  append_escaped_field(out, fields, "cause", r.cause.value_or(""), drain);
  append_escaped_field(out, fields, "requestId", r.request_id.value_or(""), drain);
  append_field(out, fields, "logged by", form_name(r.form));
  if (x.is != explained3::success) {
    if (x.judgement != nullptr) {
      append_field(out, fields, "judgement", std::string(x.judgement->id) + ": " + std::string(x.judgement->reason));
      append_field(out, fields, "may have run",
                   std::string(e.may_have_executed() ? "yes: " : "no: ") + std::string(x.judgement->executed_reason));
    }
    append_field(out, fields, "retry", tccode::describe(e.retry(), s.lang));
  }
  return status_of(x);
}

void write_code_row(json_writer& w, const char* key, const tccode::code_row* r, tccode::lang lang) {
  w.key(key);
  if (r == nullptr) {
    w.null();
    return;
  }
  w.begin_object().member("code", r->code).member("description", row_text(*r, lang)).end_object();
}

/// Writes an API 3.0 response as one JSON object; returns its exit status's contribution.
int write_json3(json_writer& w, const response& r, const settings& s) {
  const explained3 x = explain_response3(r, s);
  const tccode::explanation& e = x.e;
  w.begin_object().member("api", "3.0").key("code");
  if (x.is == explained3::coded) {
    w.string(r.code_string);
  } else {
    w.null();
  }
  w.key("success").boolean(x.is == explained3::success);
  if (x.is == explained3::unreadable) {
    w.member("unreadable", *r.unreadable);
  }
  if (x.is == explained3::unreadable || x.is == explained3::uncoded) {
    w.member("transport", x.transport).member("description", e.description());
  }
  w.key("listed").boolean(x.is != explained3::coded || e.judged_by() != nullptr);
  w.member("product", x.product->name());
  if (!s.api_version.empty()) {
    w.member("api_version", s.api_version);
  }
  if (x.is == explained3::coded) {
    w.key("judged_by");
    if (e.judged_by() != nullptr) {
      w.string(e.judged_by()->code);
    } else {
      w.null();
    }
    write_code_row(w, "product_row", e.product_row() != e.common_row() ? e.product_row() : nullptr, s.lang);
    write_code_row(w, "common_row", e.common_row(), s.lang);
  }
  if (x.is != explained3::success) {
    w.key("judgement");
    if (x.judgement != nullptr) {
      w.begin_object().member("id", x.judgement->id).member("reason", x.judgement->reason);
      w.member("executed_reason", x.judgement->executed_reason).end_object();
    } else {
      w.null();
    }
    w.key("may_have_executed").boolean(e.may_have_executed());
  }
  w.member("message", r.message.view());
  w.member("retry", tccode::name(e.retry()));
  if (r.request_id) {
    w.member("requestId", *r.request_id);
  }
  if (r.form != written_as::json) {
    w.member("logged_by", form_name(r.form));
  }
  if (r.cause) {
    w.member("cause", *r.cause);
  }
  w.end_object();
  return status_of(x);
}

// ---------------------------------------------------------------------------------------------
// --summary

/// What went wrong over many responses: for each API 2.0 public code and module code, and each API
/// 3.0 code and product, how often, what it means, what to do, and one requestId to give support.
/// Its memory grows with the kinds of response, not their number.
class summary {
 public:
  /// Counts an explained API 3.0 response.
  void add3(const explained3& x, const response& r, const settings& s, const std::string* request_id) {
    ++total_;
    const tccode::explanation& e = x.e;
    // A response without a code is one kind for each reason: "Response" is null, a Java SDK's
    // IOException that was not sent, ...
    std::string variant = x.is == explained3::unreadable ? *r.unreadable
                          : x.is == explained3::uncoded  ? std::string(x.transport)
                                                         : std::string();
    std::string product = x.product != &tccode::common ? std::string(x.product->name()) : std::string();
    const std::string_view code = x.is == explained3::coded ? std::string_view(r.code_string) : std::string_view();
    std::string text(code);  // the key's text: the code, the product and why, apart
    text += '\n';
    text += product;
    text += '\n';
    text += variant;
    auto [it, inserted] = rows_.try_emplace(key{3, 0, static_cast<int>(x.is), std::move(text)});
    row& entry = it->second;
    ++entry.count;
    if (inserted) {
      entry.code3 = std::string(code);
      entry.module = std::move(product);
      entry.variant = std::move(variant);
      if (x.is == explained3::coded) {
        const tccode::code_row* by = e.judged_by();
        entry.meaning = by == nullptr ? std::string("(unknown code)")
                                      : (by->code != r.code_string ? std::string(by->code) + ": " : std::string()) +
                                            std::string(row_text(*by, s.lang));
        entry.meaning = one_line(entry.meaning);
      } else {
        entry.meaning = x.is == explained3::success ? std::string(tccode::describe(tccode::code_class::success, s.lang))
                                                    : heading3(x, r, s.lang);
      }
      const bool success = x.is == explained3::success;
      entry.advice = success ? "" : std::string(tccode::describe(e.retry(), s.lang));
      entry.retry = success ? "" : std::string(tccode::name(e.retry()));
      entry.listed = status_of(x) == 0;
    }
    if (entry.request_id.empty() && request_id != nullptr) {
      entry.request_id = *request_id;
    }
  }

  /// Counts an explained response (or an item of a batch response, whose example is its response's
  /// requestId); `message` is what was explained.
  void add(const explained& x, std::string_view message, const settings& s, bool item, const std::string* request_id) {
    ++total_;
    items_ += item ? 1 : 0;
    const tccode::explanation& e = x.e;
    auto [it, inserted] = rows_.try_emplace(key{2, e.code(), 0, module_text(e)});
    row& entry = it->second;
    ++entry.count;
    if (inserted) {
      entry.module = it->first.text;
      entry.meaning = meaning(e, x, message, s.lang);
      entry.advice = e.success() ? "" : std::string(tccode::describe(e.retry(), s.lang));
      entry.retry = e.success() ? "" : std::string(tccode::name(e.retry()));
      entry.listed = e.success() || e.public_row() != nullptr;
    }
    if (entry.request_id.empty() && request_id != nullptr) {
      entry.request_id = *request_id;
    }
  }
  void add_malformed() { ++malformed_; }

  void print(bool json_output, tccode::lang lang) const {
    std::vector<std::pair<const key*, const row*>> sorted;
    for (const auto& [k, r] : rows_) {
      sorted.emplace_back(&k, &r);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second->count > b.second->count; });
    std::string out;
    if (json_output) {
      json_writer w(out);
      w.begin_object().key("responses").number(static_cast<std::int64_t>(total_ - items_));
      w.key("items").number(static_cast<std::int64_t>(items_));
      w.key("malformed").number(static_cast<std::int64_t>(malformed_)).key("rows").begin_array();
      for (const auto& [k, r] : sorted) {
        w.begin_object().key("count").number(static_cast<std::int64_t>(r->count));
        char share[16];
        std::snprintf(share, sizeof share, "%.4f", static_cast<double>(r->count) / static_cast<double>(total_));
        w.key("share").raw_number(share);
        if (k->api == 3) {
          w.member("api", "3.0").key("code");
          if (r->code3.empty()) {
            w.null();
          } else {
            w.string(r->code3);
          }
          w.member("product", r->module.empty() ? tccode::common.name() : r->module);
          if (k->kind == explained3::unreadable || k->kind == explained3::uncoded) {
            w.member(k->kind == explained3::unreadable ? "unreadable" : "transport", r->variant);
          }
        } else {
          w.key("code").number(k->code).key("module");
          if (r->module.empty()) {
            w.null();
          } else {
            w.string(r->module);
          }
        }
        w.member("meaning", r->meaning).key("listed").boolean(r->listed);
        w.member("retry", r->retry).member("advice", r->advice);
        w.key("requestId");
        if (r->request_id.empty()) {
          w.null();
        } else {
          w.string(r->request_id);
        }
        w.end_object();
      }
      w.end_array().end_object();
      out += '\n';
    } else {
      std::size_t meaning_width = 7;
      std::size_t advice_width = 6;
      std::size_t code_width = 6;  // API 3.0's codes are wider than API 2.0's
      std::size_t module_width = 8;
      for (const auto& [k, r] : sorted) {
        meaning_width = std::max(meaning_width, display_width(r->meaning));
        advice_width = std::max(advice_width, display_width(r->advice));
        code_width = std::max(code_width, display_width(code_text(*k, *r)));
        module_width = std::max(module_width, display_width(r->module));
      }
      // In Chinese, as UTF-8 escapes (the sources are ASCII): count, share, code, module code,
      // meaning, advice, example; and below "N responses", "N items of batch responses", "malformed".
      const bool zh = lang == tccode::lang::zh;
      append_padded(out, zh ? "\xe6\xac\xa1\xe6\x95\xb0" : "COUNT", 11);
      append_padded(out, zh ? "\xe5\x8d\xa0\xe6\xaf\x94" : "SHARE", 8);
      append_padded(out, zh ? "\xe4\xbb\xa3\xe7\xa0\x81" : "CODE", code_width + 2);
      append_padded(out, zh ? "\xe6\xa8\xa1\xe5\x9d\x97\xe7\xa0\x81" : "MODULE", module_width + 2);
      append_padded(out, zh ? "\xe5\x90\xab\xe4\xb9\x89" : "MEANING", meaning_width + 2);
      append_padded(out, zh ? "\xe5\xbb\xba\xe8\xae\xae" : "ADVICE", advice_width + 2);
      out += zh ? "\xe7\xa4\xba\xe4\xbe\x8b requestId\n" : "EXAMPLE REQUESTID\n";
      for (const auto& [k, r] : sorted) {
        char share[16];
        std::snprintf(share, sizeof share, "%.1f%%",
                      100.0 * static_cast<double>(r->count) / static_cast<double>(total_));
        append_padded(out, std::to_string(r->count), 11);
        append_padded(out, share, 8);
        append_padded(out, one_line(code_text(*k, *r)), code_width + 2);
        append_padded(out, r->module.empty() ? "-" : one_line(r->module), module_width + 2);
        append_padded(out, r->meaning, meaning_width + 2);
        append_padded(out, r->advice.empty() ? "-" : r->advice, advice_width + 2);
        out += r->request_id.empty() ? "-" : one_line(r->request_id);
        out += '\n';
      }
      const std::size_t responses = total_ - items_;
      out += std::to_string(responses) +
             (zh ? " \xe4\xb8\xaa\xe5\x93\x8d\xe5\xba\x94" : (responses == 1 ? " response" : " responses"));
      if (items_ > 0) {
        out += zh ? "\xef\xbc\x8c\xe6\x89\xb9\xe9\x87\x8f\xe5\x93\x8d\xe5\xba\x94\xe4\xb8\xad " +
                        std::to_string(items_) + " \xe9\xa1\xb9"
                  : ", and " + std::to_string(items_) + (items_ == 1 ? " item" : " items") + " of batch responses";
      }
      if (malformed_ > 0) {
        out += zh ? "\xef\xbc\x8c" : ", ";
        out += std::to_string(malformed_) +
               (zh ? " \xe5\xa4\x84\xe6\xa0\xbc\xe5\xbc\x8f\xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x88\xe8\xa7\x81\xe6\xa0\x87"
                     "\xe5\x87\x86\xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x89"
                   : " malformed (on standard error)");
      }
      out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }

 private:
  /// API 2.0's (public code, module code), or API 3.0's (code, product, and for a response without
  /// a code, why). API 2.0's come first in order, as they did before API 3.0 was read.
  /// As small as a key of API 2.0's alone was (a map of them is searched for every response).
  struct key {
    int api;
    int code;          // API 2.0's
    int kind;          // API 3.0: an explained3::kind
    std::string text;  // API 2.0: the module code; API 3.0: the code, the product and why, '\n' apart
    bool operator<(const key& o) const {
      return std::tie(api, code, kind, text) < std::tie(o.api, o.code, o.kind, o.text);
    }
  };
  struct row {
    std::string code3;    // API 3.0's code, empty for none
    std::string module;   // API 2.0's module code, or API 3.0's product when it is not the common codes
    std::string variant;  // API 3.0 without a code: why it is unreadable, or the transport row's name
    std::size_t count = 0;
    std::string meaning;
    std::string advice;
    std::string retry;
    std::string request_id;
    bool listed = false;
  };
  /// The code as the table shows it: API 3.0's "-" where there is none.
  static std::string code_text(const key& k, const row& r) {
    return k.api == 2 ? std::to_string(k.code) : r.code3.empty() ? std::string("-") : r.code3;
  }

  /// "Type: module description" (or the public code's description), in the language asked for.
  static std::string meaning(const tccode::explanation& e, const explained& x, std::string_view message,
                             tccode::lang lang) {
    if (e.success()) {
      return std::string(tccode::describe(tccode::code_class::success, lang));
    }
    std::string text =
        e.public_row() != nullptr && !e.type().empty() ? std::string(e.type()) : unlisted_text(e.code(), lang);
    const tccode::row* module = e.module_row() != nullptr ? e.module_row()
                                : x.guesses.size() == 1   ? x.guesses.front().row
                                                          : nullptr;
    if (module != nullptr) {
      // A description with "%s" (CMQ's) names what the first response put there: as the service of
      // the row reads the message.
      std::string description(module->in(lang).description);
      const std::string_view argument = e.module_row() != nullptr
                                            ? e.argument()
                                            : tccode::explain(e.code(), message, *x.guesses.front().service).argument();
      if (const std::size_t at = description.find("%s"); at != std::string::npos && !argument.empty()) {
        description.replace(at, 2, argument);
      }
      text += ": " + description;
      text += x.guesses.size() == 1 && e.module_row() == nullptr
                  ? " (" + std::string(x.guesses.front().service->name()) + "?)"
                  : "";
    }
    return one_line(text);
  }

  std::map<key, row> rows_;
  std::size_t total_ = 0;  // responses and items: the shares are of these
  std::size_t items_ = 0;
  std::size_t malformed_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Reading responses

/// A line on standard error, when it is a terminal, with the responses read and the rate, every
/// second after the first; cleared at the end (and before an error is written).
class progress {
 public:
  explicit progress(bool on) : on_(on), start_(std::chrono::steady_clock::now()), last_(start_) {}

  void update(std::size_t responses) {
    if (!on_) {
      return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::seconds(1)) {
      return;
    }
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    char line[120];
    std::snprintf(line, sizeof line, "\rtccode: %zu responses, %.0f a second ", responses,
                  static_cast<double>(responses) / seconds);
    std::fflush(stdout);
    std::fputs(line, stderr);
    std::fflush(stderr);
    shown_ = true;
  }
  void clear() {
    if (shown_) {
      std::fputs("\r\x1b[K", stderr);
      std::fflush(stderr);
      shown_ = false;
    }
  }

 private:
  bool on_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  bool shown_ = false;
};

/// Writes `out` to standard output and empties it: where a huge text goes in pieces.
void write_out(std::string& out) {
  std::fwrite(out.data(), 1, out.size(), stdout);
  out.clear();
}

/// Explains the responses it is given as they come (or adds them to a summary), and keeps the
/// worst exit status. Output is written in blocks. A response too big to hold comes in parts, each
/// explained as it comes: its head, then its items (below it, as text; in its "items", as JSON), then
/// the fields that followed them.
class explainer final : public tccode_tool::response_handler {
 public:
  explainer(const settings& s, bool json_output, bool summarise)
      : settings_(s), json_(json_output), summarise_(summarise) {}
  explainer(const explainer&) = delete;
  explainer& operator=(const explainer&) = delete;
  explainer(explainer&&) = delete;
  explainer& operator=(explainer&&) = delete;
  ~explainer() override { flush(); }

  /// A progress line to clear before an error is written, or nullptr.
  void show_progress(progress* shown) { progress_ = shown; }

  void each(response&& r) override {
    if (!open_.empty()) {  // an item of the response begun last
      const begun& parent = open_.back();
      if (summarise_) {
        add_to_summary(r, parent.request_id ? &*parent.request_id : nullptr);
      } else if (json_) {
        write_json(*writer_, r, settings_, guesses_, status_);
      } else {
        status_ = std::max(status_, append_text(out_, r, settings_, guesses_, parent.items, write_out));
      }
    } else if (summarise_) {
      add_to_summary(r);
      ++count_;
    } else if (json_) {
      json_writer w(out_, write_out);
      write_json(w, r, settings_, guesses_, status_);
      out_ += '\n';
      ++count_;
    } else {
      out_ += count_ > 0 ? "\n" : "";
      status_ = std::max(status_, append_text(out_, r, settings_, guesses_, "", write_out));
      ++count_;
    }
    if (out_.size() >= 65536) {
      flush();
    }
  }

  void begin(response&& head) override {
    const begun* parent = open_.empty() ? nullptr : &open_.back();
    begun b;
    b.request_id = head.request_id ? head.request_id : parent != nullptr ? parent->request_id : std::nullopt;
    if (summarise_) {
      add_to_summary(head, parent != nullptr && parent->request_id ? &*parent->request_id : nullptr);
    } else if (json_) {
      if (parent == nullptr) {
        writer_.emplace(out_, write_out);
      }
      status_ = std::max(status_, write_json_head(*writer_, head, settings_, guesses_));
      writer_->key("items").begin_array();
    } else {
      const std::string indent = parent != nullptr ? parent->items : std::string();
      out_ += parent == nullptr && count_ > 0 ? "\n" : "";
      status_ = std::max(status_, append_head(out_, head, settings_, guesses_, indent, write_out));
      const text_layout at(head, indent);
      b.items = at.items;
      b.fields = at.fields;
    }
    count_ += parent == nullptr ? 1 : 0;
    open_.push_back(std::move(b));
  }

  void end(response&& tail) override {
    const begun b = std::move(open_.back());
    open_.pop_back();
    if (json_ && !summarise_) {
      writer_->end_array();
      write_optional_fields(*writer_, tail);
      writer_->end_object();
      if (open_.empty()) {
        writer_.reset();
        out_ += '\n';
      }
    } else if (!summarise_) {
      append_tail(out_, tail, b.fields, write_out);
    }
    if (out_.size() >= 65536) {
      flush();
    }
  }

  /// A malformed input: one line on standard error, and exit status 2.
  void fail(const input_error& e) override {
    abandon();
    std::cerr << "tccode: " << e.what() << '\n';
    status_ = 2;
    summary_.add_malformed();
  }

  /// Standard input could not be read: one line on standard error, and exit status 2. What was
  /// read before is explained (and summarised) as usual.
  void read_failed(const std::string& what) {
    abandon();
    std::cerr << "tccode: " << what << '\n';
    status_ = 2;
  }

  /// The end of the responses: the summary, when one is asked for.
  void finish() {
    flush();
    if (summarise_) {
      summary_.print(json_, settings_.lang);
    }
  }

  /// Writes what is explained so far.
  void flush() {
    if (!out_.empty()) {
      write_out(out_);
    }
    std::fflush(stdout);
  }

  [[nodiscard]] int status() const { return status_; }

 private:
  /// A response passed on in parts, whose items are coming.
  struct begun {
    std::optional<std::string> request_id;  // for the summary: its items' example
    std::string items;                      // as text: where its items go
    std::string fields;                     // and the fields after them
  };

  void add_to_summary(const response& r, const std::string* parent_request_id = nullptr) {
    if (r.api == api_generation::v3) {
      const explained3 x = explain_response3(r, settings_);
      status_ = std::max(status_, status_of(x));
      summary_.add3(x, r, settings_, r.request_id ? &*r.request_id : parent_request_id);
      return;
    }
    const explained x = explain_response(r, settings_, guesses_);
    status_ = std::max(status_, status_of(x, settings_));
    const std::string* request_id = r.request_id ? &*r.request_id : parent_request_id;
    summary_.add(x, r.message, settings_, !r.label.empty(), request_id);
    for (const response& i : r.items) {
      add_to_summary(i, request_id);
    }
  }

  /// Before an error: what was begun ends where it is (as JSON, its object closed and marked
  /// "incomplete"), and what was explained is written.
  void abandon() {
    if (progress_ != nullptr) {
      progress_->clear();
    }
    for (; !open_.empty(); open_.pop_back()) {
      if (json_ && !summarise_) {
        writer_->end_array().key("incomplete").boolean(true).end_object();
      }
    }
    if (writer_) {
      writer_.reset();
      out_ += '\n';
    }
    flush();
  }

  const settings& settings_;
  bool json_;
  bool summarise_;
  guess_cache guesses_;
  summary summary_;
  std::string out_;
  std::optional<json_writer> writer_;  // the JSON of the response begun, while it is
  std::vector<begun> open_;
  progress* progress_ = nullptr;
  std::size_t count_ = 0;
  int status_ = 0;
};

/// True when `argument` of --response is the path of a file rather than a response: text that JSON
/// (and what --lenient reads) cannot start with, naming a regular file.
bool names_a_file(const std::string& argument) {
  const std::size_t first = argument.find_first_not_of(" \t\r\n");
  if (argument.empty() || (first != std::string::npos && (argument[first] == '{' || argument[first] == '['))) {
    return false;
  }
  try {
    std::error_code error;
    return std::filesystem::is_regular_file(std::filesystem::path(argument), error);
  } catch (const std::exception&) {  // text that is no path on this system (in the ANSI code page)
    return false;
  }
}

bool is_terminal(std::FILE* stream) {
#ifdef _WIN32
  return _isatty(_fileno(stream)) != 0;
#else
  return isatty(fileno(stream)) != 0;
#endif
}

/// Explains every response of `text`, given on the command line.
void explain_text(std::string_view text, const std::string& source, const tccode_tool::read_options& options,
                  explainer& explain) {
  tccode_tool::response_reader reader(source, options, explain);
  bool given = false;
  reader.read([&given, text] {
    const bool first = !given;
    given = true;
    return first ? text : std::string_view();
  });
}

/// Standard input could not be read.
struct read_error {
  int error;
};

/// Explains every response of standard input as it comes, in blocks: memory stays the same
/// whatever the input's size.
void explain_stdin(const tccode_tool::read_options& options, bool summarise, explainer& explain) {
  // Not where the explanations themselves go to the terminal: they show the progress.
  progress shown(is_terminal(stderr) && (summarise || !is_terminal(stdout)));
  explain.show_progress(&shown);
  tccode_tool::response_reader reader("--response - (standard input)", options, explain);
  std::vector<char> block(1 << 16);
  try {
    reader.read([&]() -> std::string_view {
      // Before waiting for more: what is explained is written (tail -f shows each line at once).
      explain.flush();
      shown.update(reader.responses());
      for (;;) {
        // What there is, up to a block.
#ifdef _WIN32
        const int got = _read(_fileno(stdin), block.data(), static_cast<unsigned>(block.size()));
#else
        const ssize_t got = read(STDIN_FILENO, block.data(), block.size());
        if (got < 0 && errno == EINTR) {
          continue;
        }
#endif
        if (got < 0) {  // not the end: the text is cut, so its last piece is not read either
          throw read_error{errno};
        }
        return {block.data(), static_cast<std::size_t>(got)};
      }
    });
  } catch (const read_error& e) {
    explain.read_failed("--response - (standard input): cannot read it: " + std::string(std::strerror(e.error)));
  }
  shown.clear();
  explain.show_progress(nullptr);
}

// ---------------------------------------------------------------------------------------------
// --schedule

/// What decide() makes of each attempt of a call that keeps failing with `code` (API 2.0's or 3.0's):
/// the default policy (or `max_attempts` of them), as text or JSON.
int print_schedule(const response& code, int max_attempts, const settings& s, bool json_output) {
  tccode::retry_policy policy;
  policy.max_attempts = max_attempts;
  const bool api3 = code.api == api_generation::v3;
  const tccode::explanation e =
      api3 ? tccode::explain(std::string_view(code.code_string), std::string_view(), *s.product, s.lang)
           : tccode::explain(code.code, std::string_view(), s.service, s.lang);
  std::string json;
  json_writer w(json);
  w.begin_object().key("code");
  if (api3) {
    w.string(code.code_string);
  } else {
    w.number(code.code);
  }
  w.member("retry", tccode::name(e.retry()));
  w.key("max_attempts").number(max_attempts).key("attempts").begin_array();
  w.begin_object().key("attempt").number(1).member("action", "send").end_object();
  std::ostringstream text;
  text << "  attempt 1: the call\n";
  int made = 1;
  for (;; ++made) {
    const tccode::retry_decision most = tccode::decide(policy, e, made, 1.0);
    if (most.action == tccode::retry_action::stop) {
      break;
    }
    const auto least = tccode::decide(policy, e, made, 0.0).delay.count();
    const bool resign = most.action == tccode::retry_action::resign;
    if (resign) {
      text << "  attempt " << made + 1 << ": sign again, then send after " << least << " ms\n";
    } else {
      text << "  attempt " << made + 1 << ": retry after " << least << ".." << most.delay.count() << " ms\n";
    }
    w.begin_object().key("attempt").number(made + 1).member("action", resign ? "resign" : "retry");
    w.key("delay_ms").begin_array().number(least).number(most.delay.count()).end_array().end_object();
  }
  w.end_array().end_object();
  const bool found = api3 ? e.judged_by() != nullptr : e.success() || e.public_row() != nullptr;
  if (json_output) {
    std::cout << json << '\n';
  } else {
    const std::string what =
        api3 ? one_line(code.code_string) + (found ? "" : " (unknown code)")
             : std::to_string(code.code) + ' ' +
                   (e.public_row() != nullptr ? std::string(e.type()) : unlisted_text(code.code, s.lang));
    std::cout << what << ": " << tccode::describe(e.retry(), s.lang) << '\n'
              << text.str() << "  then stop: " << made << (made == 1 ? " attempt" : " attempts") << " in all\n";
  }
  return found ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// --list and --search

struct listed_row {
  const named_table* table;
  tccode::row row;
};

std::vector<listed_row> rows_of(const settings& s, std::string_view which) {
  std::vector<listed_row> out;
  for (const std::vector<named_table>* tables : {&s.public_tables, &s.module_tables}) {
    for (const named_table& t : *tables) {
      if (which.empty() || which == t.label) {
        for (const tccode::row& r : t.table) {
          out.push_back({&t, r});
        }
      }
    }
  }
  return out;
}

/// The rows as aligned columns (CODE, NAME, TYPE for public codes, DESCRIPTION), each remedy on a
/// line of its own under its description.
void print_rows(std::ostream& out, const std::vector<listed_row>& rows, tccode::lang lang) {
  std::size_t name_width = 4;
  std::size_t type_width = 4;
  for (const listed_row& r : rows) {
    name_width = std::max(name_width, display_width(r.row.name));
    type_width = std::max(type_width, display_width(r.row.in(lang).type));
  }
  const named_table* current = nullptr;
  for (const listed_row& r : rows) {
    const bool is_public = r.table->is_public;
    const std::size_t description_column = 2 + 8 + name_width + 2 + (is_public ? type_width + 2 : 0);
    if (r.table != current) {
      out << (current == nullptr ? "" : "\n") << r.table->name << '\n'
          << "  " << pad("CODE", 8) << pad("NAME", name_width + 2) << (is_public ? pad("TYPE", type_width + 2) : "")
          << "DESCRIPTION\n";
      current = r.table;
    }
    const tccode::text& t = r.row.in(lang);
    out << "  " << pad(std::to_string(r.row.code), 8) << pad(r.row.name, name_width + 2)
        << (is_public ? pad(t.type, type_width + 2) : "") << t.description << '\n';
    if (!t.remedy.empty()) {
      out << std::string(description_column, ' ') << "remedy: " << t.remedy << '\n';
    }
  }
}

bool row_contains_all(const tccode::row& r, const std::vector<std::string>& words) {
  std::string haystack;
  for (const std::string_view part :
       {r.name, r.zh.type, r.zh.description, r.zh.remedy, r.en.type, r.en.description, r.en.remedy}) {
    haystack += lower_ascii(part);
    haystack += '\n';
  }
  haystack += std::to_string(r.code);
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return haystack.find(lower_ascii(w)) != std::string::npos; });
}

// ---------------------------------------------------------------------------------------------
// --services

/// The built-in services: name, host, rows (public and module) and the official documents.
int print_services(bool json_output) {
  for (const tccode::services::catalogue_entry& c : tccode::services::catalogue) {
    std::size_t module_rows = 0;
    for (const tccode::table_view* t = c.service->modules_begin(); t != c.service->modules_end(); ++t) {
      module_rows += t->size();
    }
    const std::size_t public_rows = c.service->overrides().size();
    if (json_output) {
      std::string out;
      json_writer(out)
          .begin_object()
          .member("service", c.service->name())
          .member("title", c.title)
          .member("host", c.service->host())
          .key("public_rows")
          .number(static_cast<std::int64_t>(public_rows))
          .key("module_rows")
          .number(static_cast<std::int64_t>(module_rows))
          .member("sources", c.sources)
          .end_object();
      std::cout << out << '\n';
    } else {
      std::cout << pad(c.service->name(), 11) << pad(c.service->host().empty() ? "-" : c.service->host(), 12)
                << pad(std::to_string(public_rows) + " public, " + std::to_string(module_rows) + " module rows", 30)
                << c.sources << '\n';
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// --products

/// The built-in API 3.0 products: name, host, API versions (the one the name stands for first), its
/// codes, the share of them with official English of that version, and where they come from.
int print_products(bool json_output) {
  if (!tool::has_catalogue()) {
    std::cerr << "tccode: this tccode is built without API 3.0's products (TCCODE_CATALOGUE=OFF): it knows the "
                 "common codes alone\n";
    return 1;
  }
  for (const tool::product_version* v = tool::product_versions_begin(); v != tool::product_versions_end(); ++v) {
    if (!v->newest) {
      continue;
    }
    const tccode::product& p = *v->product;
    std::vector<std::string_view> versions{p.version()};
    for (const tool::product_version* o = tool::product_versions_begin(); o != tool::product_versions_end(); ++o) {
      if (o->product->name() == p.name() && o != v) {
        versions.push_back(o->product->version());
      }
    }
    std::size_t english = 0;
    for (const tccode::code_row& r : p) {
      if (!r.en.empty() && (r.flags & tccode::code_row::english_of_other_version) == 0) {
        ++english;
      }
    }
    const std::string version_digits = "v" + std::string(p.version().substr(0, 4)) +
                                       std::string(p.version().substr(5, 2)) + std::string(p.version().substr(8, 2));
    const std::string source = "tencentcloud/" + std::string(p.name()) + "/" + version_digits + "/errors.go";
    const std::string host = std::string(v->host) + ".tencentcloudapi.com";
    const long percent = std::lround(100.0 * static_cast<double>(english) / static_cast<double>(p.size()));
    if (json_output) {
      std::string out;
      json_writer w(out);
      w.begin_object().member("product", p.name()).member("host", host).key("versions").begin_array();
      for (const std::string_view version : versions) {
        w.string(version);
      }
      w.end_array().key("codes").number(static_cast<std::int64_t>(p.size()));
      w.key("english").number(static_cast<std::int64_t>(english)).member("source", source).end_object();
      std::cout << out << '\n';
    } else {
      std::string listed;
      for (const std::string_view version : versions) {
        listed += (listed.empty() ? "" : ", ") + std::string(version);
      }
      std::cout << pad(p.name(), 12) << pad(listed, 26) << pad(std::to_string(p.size()) + " codes", 11)
                << pad(std::to_string(percent) + "% English", 13) << source << '\n';
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------

std::string version_string() {
  return "tccode " + std::to_string(TCCODE_VERSION_MAJOR) + "." + std::to_string(TCCODE_VERSION_MINOR) + "." +
         std::to_string(TCCODE_VERSION_PATCH);
}

int run(int argc, const char* const* argv) {
  CLI::App app{
      "Explains the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints: a code, a code and its message, a "
      "whole JSON response, or an API 3.0 SDK's logged error line.\n\n"
      "Exit status: the worst of all that was asked: 0 when every code was found (or the response is a success), "
      "1 when a public code is not listed (or, with --module, the module code is not in that table; or an API 3.0 "
      "code that nothing knows), 2 for usage errors and malformed input.",
      "tccode"};
  app.set_version_flag("--version", version_string());
  app.get_formatter()->column_width(34);

  std::string code_argument;
  std::string message_argument;
  std::vector<std::string> response_arguments;
  std::string module_argument;
  std::string lang_argument;
  std::string list_argument;
  std::string table_argument;
  std::vector<std::string> search_words;
  std::string schedule_argument;
  std::string service_argument;
  std::string host_argument;
  std::string product_argument;
  std::string api_version_argument;
  int max_attempts = tccode::retry_policy{}.max_attempts;
  bool json_output = false;
  bool list_services = false;
  bool summarise = false;
  tccode_tool::read_options read;

  auto* code_option =
      app.add_option("code", code_argument,
                     "API 2.0's public code (5100, \"5100\", -2700, or a name such as auth_failed), or an API 3.0 code "
                     "(AuthFailure.SignatureExpire)");
  auto* message_option =
      app.add_option("message", message_argument, "The response's message, such as '(100004)projectId...'");
  auto* response_option =
      app.add_option("--response", response_arguments,
                     "A whole JSON response (API 2.0's or 3.0's), or an API 3.0 SDK's error line, its text; - reads "
                     "them from standard input, as they come (several, one after another, or JSON Lines, explained "
                     "line by line; a file: - < FILE). May be given more than once")
          ->allow_extra_args(false);
  app.add_option("--module", module_argument,
                 "The module table for the message's (N) code (project-crud, project-query, or one of --table's); "
                 "without it, every table that has N is shown");
  auto* table_option =
      app.add_option("--table", table_argument,
                     "A TSV file with the columns of data/codes.tsv: its public rows give public codes a service's own "
                     "meaning, its other rows are module tables");
  auto* service_option =
      app.add_option("--service", service_argument,
                     "API 2.0: explain in a built-in service's meaning (cmq, cdn, ...: see --services)");
  auto* host_option = app.add_option("--host", host_argument,
                                     "The same for the service of an API 2.0 host (cvm.api.qcloud.com, "
                                     "cmq-queue-gz.api.qcloud.com, or a URL)");
  auto* product_option =
      app.add_option("--product", product_argument,
                     "API 3.0: explain codes in a product's meaning (cvm, cbs, ...: see --products; common: the "
                     "common codes alone). Without it, an SDK's error that names a product's host "
                     "(cvm.tencentcloudapi.com) is explained in that product's meaning, any other in the common "
                     "codes'");
  auto* api_version_option =
      app.add_option("--api-version", api_version_argument,
                     "API 3.0: with --product, the product's API version (2017-03-12 or v20170312)");
  auto* services_option =
      app.add_flag("--services", list_services, "List the built-in services: their hosts, sources and rows");
  bool list_products = false;
  auto* products_option =
      app.add_flag("--products", list_products,
                   "List API 3.0's built-in products: their API versions, codes, share of official English and source");
  app.add_option("--lang", lang_argument, "zh or en; the default follows LC_ALL, LC_MESSAGES or LANG (zh* is zh)")
      ->check(CLI::IsMember({"zh", "en"}));
  auto* list_option = app.add_option("--list", list_argument,
                                     "List a table (public, project-crud, project-query, --table's) or all; public "
                                     "lists --table's public rows too")
                          ->expected(0, 1);
  auto* search_option =
      app.add_option("--search", search_words,
                     "List the rows whose name or text (either language) has every word; with --list, in that table");
  auto* schedule_option = app.add_option(
      "--schedule", schedule_argument,
      "The retries of a call that keeps failing with this code: each attempt's delay range (tccode::decide)");
  auto* attempts_option =
      app.add_option("--attempts", max_attempts, "With --schedule: the attempts in all, the first included (3)")
          ->check(CLI::Range(1, 1000));
  app.add_flag("--json", json_output, "Answer in JSON: one object a line for each explained response");
  auto* summary_option =
      app.add_flag("--summary", summarise,
                   "With --response: one table of what the responses were, by API 2.0's public and module code and "
                   "API 3.0's code, with count, share, meaning, advice and an example requestId");
  auto* lenient_option = app.add_flag("--lenient", read.lenient,
                                      "With --response: also read Python's dict repr, Node's util.inspect output, "
                                      "trailing commas and comments, as logs and documentation show responses");
  message_option->needs(code_option);
  response_option->excludes(code_option);
  list_option->excludes(code_option)->excludes(response_option);
  search_option->excludes(code_option)->excludes(response_option);
  schedule_option->excludes(code_option)->excludes(response_option)->excludes(list_option)->excludes(search_option);
  attempts_option->needs(schedule_option);
  service_option->excludes(host_option)->excludes(table_option);
  host_option->excludes(table_option);
  services_option->excludes(code_option)->excludes(response_option);
  products_option->excludes(code_option)->excludes(response_option)->excludes(services_option);
  summary_option->needs(response_option);
  lenient_option->needs(response_option);
  api_version_option->needs(product_option);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "tccode: " << printable(e.what()) << " (tccode --help tells more)\n";
    return 2;
  }

  if (list_services) {
    return print_services(json_output);
  }
  if (list_products) {
    return print_products(json_output);
  }
  const tccode::services::catalogue_entry* builtin = nullptr;
  if (!service_argument.empty() || !host_argument.empty()) {
    const tccode::service* found = !service_argument.empty() ? tccode::services::find_service(service_argument)
                                                             : tccode::services::service_for_host(host_argument);
    for (const tccode::services::catalogue_entry& c : tccode::services::catalogue) {
      builtin = c.service == found ? &c : builtin;
    }
    if (builtin == nullptr) {
      throw input_error(!service_argument.empty() ? "--service: '" + printable(service_argument) +
                                                        "' is not a built-in service (see --services)"
                                                  : "--host: '" + printable(host_argument) +
                                                        "' is not the host of a built-in service (see "
                                                        "--services)");
    }
  }
  const std::unique_ptr<const loaded_service> loaded =
      table_argument.empty() ? nullptr : std::make_unique<const loaded_service>(table_argument);
  settings s = tables_of(loaded.get(), builtin);
  s.lang = lang_argument.empty()   ? lang_from_environment()
           : lang_argument == "zh" ? tccode::lang::zh
                                   : tccode::lang::en;
  s.module_given = !module_argument.empty();
  for (const named_table& t : s.module_tables) {
    if (!s.module_given || t.label == module_argument) {
      s.selected_modules.push_back(t);
    }
  }
  if (s.module_given && s.selected_modules.empty()) {
    throw input_error("--module: '" + printable(module_argument) +
                      "' is not a module table: " + labels(s.module_tables));
  }
  if (!api_version_argument.empty() && !is_api_version(api_version_argument)) {
    throw input_error("--api-version: '" + printable(api_version_argument) +
                      "' is not an API version such as 2017-03-12 or v20170312");
  }
  if (product_option->count() > 0) {
    s.product = tool::find_product(product_argument, api_version_argument);
    if (s.product == nullptr) {
      const bool named = tool::find_product(product_argument, {}) != nullptr;
      throw input_error(named ? "--api-version: '" + printable(api_version_argument) + "' is not a version of " +
                                    printable(product_argument) + " (see --products)"
                        : tool::has_catalogue()
                            ? "--product: '" + printable(product_argument) +
                                  "' is not a built-in product (see --products)"
                            : "--product: '" + printable(product_argument) +
                                  "' is not a built-in product: this tccode is built "
                                  "without the products (TCCODE_CATALOGUE=OFF), and knows the common codes alone: " +
                                  tool::product_names());
    }
    s.product_given = true;
    s.api_version = api_version_argument;
  }

  if (schedule_option->count() > 0) {
    return print_schedule(code_from_argument(schedule_argument, s), max_attempts, s, json_output);
  }

  if (list_option->count() > 0 || search_option->count() > 0) {
    std::vector<listed_row> rows = rows_of(s, list_argument);
    if (rows.empty() && !list_argument.empty()) {
      std::vector<named_table> all = s.public_tables;
      all.insert(all.end(), s.module_tables.begin(), s.module_tables.end());
      throw input_error("--list: '" + printable(list_argument) + "' is not a table: " + labels(all));
    }
    if (search_option->count() > 0) {
      rows.erase(std::remove_if(rows.begin(), rows.end(),
                                [&](const listed_row& r) { return !row_contains_all(r.row, search_words); }),
                 rows.end());
    }
    if (rows.empty()) {
      std::cerr << "tccode: no row has every word of: " << printable(CLI::detail::join(search_words, " ")) << '\n';
    } else if (json_output) {
      for (const listed_row& r : rows) {
        std::string out;
        json_writer w(out);
        w.begin_object();
        write_row(w, r.row, s.lang);
        w.member("table", r.table->name).end_object();
        std::cout << out << '\n';
      }
    } else {
      print_rows(std::cout, rows, s.lang);
    }
    return rows.empty() ? 1 : 0;
  }

  if (std::count(response_arguments.begin(), response_arguments.end(), "-") > 1) {
    throw input_error("--response -: standard input can be read only once");
  }
  for (const std::string& argument : response_arguments) {
    if (argument != "-" && names_a_file(argument)) {
      throw input_error("--response: '" + printable(argument) +
                        "' is a file, and --response takes a response's text: to read the file, give --response - < " +
                        printable(argument));
    }
  }
  explainer explain(s, json_output, summarise);
  if (response_option->count() > 0) {
    for (const std::string& argument : response_arguments) {
      if (argument == "-") {
        explain_stdin(read, summarise, explain);
      } else {
        explain_text(argument, "--response", read, explain);
      }
    }
  } else if (code_option->count() > 0) {
    response r = code_from_argument(code_argument, s);
    r.message.assign(message_argument);
    explain.each(std::move(r));
  } else {
    std::cerr << "tccode: give a code, --response, --schedule, --list or --search (tccode --help tells more)\n";
    return 2;
  }
  explain.finish();
  return explain.status();
}

#ifdef _WIN32
/// `text` in UTF-8.
std::string utf8(const wchar_t* text) {
  const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
  std::string out(size > 0 ? static_cast<std::size_t>(size) : 1U, '\0');
  WideCharToMultiByte(CP_UTF8, 0, text, -1, out.data(), size, nullptr, nullptr);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}
#endif

}  // namespace

int main(int argc, char** argv) {
  try {
#ifdef _WIN32
    // Windows passes main the arguments in the ANSI code page, which loses Chinese text: take them
    // from the wide command line, as UTF-8. Write bytes as they are (UTF-8, LF line ends), and let
    // a console show them as UTF-8.
    static_cast<void>(argv);
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> arguments;
    for (int i = 0; wide != nullptr && i < count; ++i) {
      arguments.push_back(utf8(wide[i]));
    }
    LocalFree(wide);
    std::vector<const char*> pointers;
    for (const std::string& a : arguments) {
      pointers.push_back(a.c_str());
    }
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    if (GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) == FILE_TYPE_CHAR) {
      SetConsoleOutputCP(CP_UTF8);
    }
    static_cast<void>(argc);
    return run(static_cast<int>(pointers.size()), pointers.data());
#else
    return run(argc, argv);
#endif
  } catch (const input_error& e) {
    std::cerr << "tccode: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tccode: " << printable(e.what()) << '\n';
    return 2;
  }
}

// SPDX-License-Identifier: MIT
// tccode: explains a Tencent Cloud API 2.0 error code, a message, or a whole JSON response.
//
// Exit status: the worst of what was asked about: 0 when every code was found (or the response is
// a success), 1 when a public code is not listed (or, with --module, the module code is not in that
// table), 2 for usage errors and malformed input, with one line on standard error saying what and
// where. Of JSON Lines, each line is explained on its own, a malformed line reported as it comes.
#include <tccode/retry.hpp>
#include <tccode/services.hpp>
#include <tccode/tccode.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "response.hpp"
#include "table_file.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
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
#endif

namespace {

using json = nlohmann::json;
using tccode_tool::input_error;
using tccode_tool::loaded_service;
using tccode_tool::printable;
using tccode_tool::response;

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

/// `s` followed by spaces up to `width` columns.
std::string pad(std::string_view s, std::size_t width) {
  std::string out(s);
  const std::size_t w = display_width(s);
  if (w < width) {
    out.append(width - w, ' ');
  }
  return out;
}

/// `s` with control characters escaped visibly, as the library's log lines escape them: one line.
std::string one_line(std::string_view s) {
  std::string out;
  tccode::detail::append_escaped(out, s, false);
  return out;
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

std::string read_stdin() {
  std::ostringstream body;
  body << std::cin.rdbuf();
  return body.str();
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

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
};

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

/// A code given on the command line: an integer (quoted or not, as "5100" arrives in JSON) or the
/// name of a public code.
int code_from_argument(std::string_view text, const settings& s) {
  std::string_view unquoted = text;
  if (unquoted.size() >= 2 && unquoted.front() == '"' && unquoted.back() == '"') {
    unquoted = unquoted.substr(1, unquoted.size() - 2);
  }
  if (const std::optional<int> code = tccode::parse_code(unquoted)) {
    return *code;
  }
  for (auto t = s.public_tables.rbegin(); t != s.public_tables.rend(); ++t) {  // the service's names first
    if (const tccode::row* row = tccode::lookup(t->table, unquoted)) {
      return row->code;
    }
  }
  throw input_error("code '" + printable(text) + "' is neither an integer nor the name of a listed public code");
}

// ---------------------------------------------------------------------------------------------
// Explaining

struct module_match {
  const named_table* table;
  const tccode::row* row;
};

/// A response explained, with every selected module table that has its module code.
/// A built-in service that knows a module code that the tables in use do not: a guess.
struct guess {
  std::string_view service;
  std::string_view table;
  const tccode::row* row;
};

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
      out.push_back({c.service->name(), table, e.module_row()});
    }
  }
  return out;
}

/// The explanation of `r`. With a built-in service, the service's (its tables in order, the codeDesc
/// for the services that put the module code there). Otherwise its advice is the module table's when
/// one table has the module code, or when every table that has it agrees, else the public code's; a
/// module code that no table in use has is looked up in the built-in services, as guesses.
explained explain_response(const response& r, const settings& s) {
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
  std::vector<tccode::explanation> with_table;
  for (const named_table& t : s.selected_modules) {
    const tccode::table_view only[] = {t.table};  // the service's meaning of public codes, with this table alone
    const tccode::service with(s.service.name(), s.service.overrides(), only);
    const tccode::explanation e = tccode::explain(r.code, r.message, with, s.lang);
    if (e.module_row() != nullptr) {
      x.matches.push_back({&t, e.module_row()});
      with_table.push_back(e);
    }
  }
  const bool agree = std::all_of(with_table.begin(), with_table.end(),
                                 [&](const tccode::explanation& e) { return e.retry() == with_table.front().retry(); });
  if (!with_table.empty() && agree) {
    x.e = with_table.front();
  }
  if (x.matches.empty() && !s.module_given) {
    x.guesses = guesses_for(r, s.lang);
  }
  return x;
}

/// 0 when the explained response's codes were found, 1 when not (its items aside).
int status_of(const explained& x, const settings& s) {
  const bool found = x.e.success() || x.e.public_row() != nullptr;
  const bool module_missing = s.module_given && (x.e.module_code() || x.e.module_row() != nullptr) && x.matches.empty();
  return found && !module_missing ? 0 : 1;
}

void print_field(std::ostream& out, const std::string& indent, std::string_view label, std::string_view value) {
  if (!value.empty()) {
    out << indent << pad(label, 13) << value << '\n';
  }
}

/// Prints `r` and its items; returns the exit status's contribution, the worst of them.
int print_text(std::ostream& out, const response& r, const settings& s, const std::string& indent) {
  const explained x = explain_response(r, s);
  int status = status_of(x, s);
  const tccode::explanation& e = x.e;
  if (!r.label.empty()) {
    out << indent << r.label << ":\n";
  }
  const std::string in = r.label.empty() ? indent : indent + "  ";
  out << in << e.code();
  if (e.success()) {
    out << ' ' << tccode::detail::class_text(tccode::detail::code_class::success, s.lang) << '\n';
  } else if (const tccode::row* p = e.public_row()) {
    out << (e.type().empty() ? "" : " ") << e.type() << " (" << p->name << ")\n";
    print_field(out, in + "  ", "description", p->in(s.lang).description);
    // A module code whose advice overrides the public code's makes the public remedy wrong.
    if (!p->retry || *p->retry == e.retry()) {
      print_field(out, in + "  ", "remedy", p->in(s.lang).remedy);
    }
    print_field(out, in + "  ", "link", p->link);
  } else {
    out << " (" << tccode::detail::unlisted_text(tccode::detail::class_of(e.code()), s.lang) << ")\n";
  }
  // The module code: the message's (N), or the row a service found by the response's codeDesc.
  const std::string module = e.module_code()             ? std::to_string(*e.module_code())
                             : e.module_row() != nullptr ? std::string(e.module_row()->name)
                                                         : std::string();
  if (!module.empty() && x.matches.empty()) {
    std::string tables;
    for (const named_table& t : s.selected_modules) {
      tables += (tables.empty() ? "" : " or ") + t.name;
    }
    out << in << "  " << pad("module code", 13) << module << ": not in " << (tables.empty() ? "a table" : tables)
        << '\n';
    for (const guess& g : x.guesses) {
      out << in << "  " << pad("guess", 13) << g.service << " (" << g.table << ", " << g.row->name
          << "): " << g.row->in(s.lang).description << '\n';
    }
  }
  for (const module_match& m : x.matches) {
    out << in << "  " << pad("module code", 13) << module << " in " << m.table->name << " (" << m.row->name << ")\n";
    print_field(out, in + "    ", "description", m.row->in(s.lang).description);
    print_field(out, in + "    ", "remedy", m.row->in(s.lang).remedy);
    print_field(out, in + "    ", "link", m.row->link);
    print_field(out, in + "    ", "argument", one_line(e.argument()));
  }
  print_field(out, in + "  ", "server said", one_line(e.detail()));
  print_field(out, in + "  ", "codeDesc", one_line(r.code_desc.value_or("")));
  print_field(out, in + "  ", "requestId", one_line(r.request_id.value_or("")));
  if (!e.success()) {
    print_field(out, in + "  ", "retry", tccode::describe(e.retry(), s.lang));
  }
  for (const response& item : r.items) {
    status = std::max(status, print_text(out, item, s, in + "  "));
  }
  return status;
}

json row_json(const tccode::row& r, tccode::lang lang) {
  const tccode::text& t = r.in(lang);
  json j = {{"code", r.code}, {"name", r.name}, {"description", t.description}, {"remedy", t.remedy}};
  if (!t.type.empty()) {
    j["type"] = t.type;
  }
  j["link"] = r.link;
  return j;
}

/// `r` and its items as JSON; `status` becomes the worst of its and theirs exit status's contribution.
json to_json(const response& r, const settings& s, int& status) {
  const explained x = explain_response(r, s);
  status = std::max(status, status_of(x, s));
  const tccode::explanation& e = x.e;
  json j;
  if (!r.label.empty()) {
    j["item"] = r.label;
  }
  j["code"] = e.code();
  j["success"] = e.success();
  j["listed"] = e.public_row() != nullptr;
  j["class"] = tccode::detail::class_text(tccode::detail::class_of(e.code()), tccode::lang::en);
  j["public"] = e.public_row() != nullptr ? row_json(*e.public_row(), s.lang) : json();
  j["module_code"] = e.module_code() ? json(*e.module_code()) : json();
  j["module"] = json::array();
  for (const module_match& m : x.matches) {
    json match = row_json(*m.row, s.lang);
    match["table"] = m.table->name;
    j["module"].push_back(std::move(match));
  }
  if (!x.guesses.empty()) {
    j["guesses"] = json::array();
    for (const guess& g : x.guesses) {
      json one = row_json(*g.row, s.lang);
      one["service"] = g.service;
      one["table"] = g.table;
      j["guesses"].push_back(std::move(one));
    }
  }
  if (s.builtin != nullptr) {
    j["service"] = s.service.name();
  }
  if (!e.argument().empty()) {
    j["argument"] = e.argument();
  }
  j["detail"] = e.detail();
  j["message"] = r.message;
  j["retry"] = tccode::name(e.retry());
  if (r.code_desc) {
    j["codeDesc"] = *r.code_desc;
  }
  if (r.request_id) {
    j["requestId"] = *r.request_id;
  }
  if (!r.items.empty()) {
    j["items"] = json::array();
    for (const response& item : r.items) {
      j["items"].push_back(to_json(item, s, status));
    }
  }
  return j;
}

/// Explains the responses it is given as they come, and keeps the worst exit status.
class explainer {
 public:
  explainer(const settings& s, bool json_output) : settings_(s), json_(json_output) {}

  void operator()(response&& r) {
    if (json_) {
      std::cout << dump(to_json(r, settings_, status_)) << '\n';
    } else {
      std::cout << (count_ > 0 ? "\n" : "");
      status_ = std::max(status_, print_text(std::cout, r, settings_, ""));
    }
    ++count_;
  }

  /// A malformed input: one line on standard error, and exit status 2.
  void fail(const input_error& e) {
    std::cout.flush();
    std::cerr << "tccode: " << e.what() << '\n';
    status_ = 2;
  }

  [[nodiscard]] int status() const { return status_; }

 private:
  const settings& settings_;
  bool json_;
  std::size_t count_ = 0;
  int status_ = 0;
};

/// Explains every response of `text`: line by line when it is JSON Lines (a malformed line is
/// reported and the rest go on), else as one document (or several one after another), up to the
/// first malformed value.
void explain_text(std::string_view text, const std::string& source, explainer& explain) {
  const auto each = [&explain](response&& r) { explain(std::move(r)); };
  if (!tccode_tool::looks_like_json_lines(text)) {
    try {
      tccode_tool::read_responses(text, source, each);
    } catch (const input_error& e) {
      explain.fail(e);
    }
    return;
  }
  std::size_t number = 0;
  for (std::size_t first = 0; first < text.size();) {
    const std::size_t end = std::min(text.find('\n', first), text.size());
    const std::string_view line = text.substr(first, end - first);
    ++number;
    first = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    try {
      tccode_tool::read_responses(line, source, each, number);
    } catch (const input_error& e) {
      explain.fail(e);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// --schedule

/// What decide() makes of each attempt of a call that keeps failing with `code`: the default
/// policy (or `max_attempts` of them), as text or JSON.
int print_schedule(int code, int max_attempts, const settings& s, bool json_output) {
  tccode::retry_policy policy;
  policy.max_attempts = max_attempts;
  const tccode::explanation e = tccode::explain(code, std::string_view(), s.service, s.lang);
  json steps = json::array({json{{"attempt", 1}, {"action", "send"}}});
  std::ostringstream text;
  text << "  attempt 1: the call\n";
  int made = 1;
  for (;; ++made) {
    const tccode::retry_decision most = tccode::decide(policy, e, made, 1.0);
    if (most.action == tccode::retry_action::stop) {
      break;
    }
    const auto least = tccode::decide(policy, e, made, 0.0).delay.count();
    if (most.action == tccode::retry_action::resign) {
      text << "  attempt " << made + 1 << ": sign again, then send after " << least << " ms\n";
      steps.push_back({{"attempt", made + 1}, {"action", "resign"}, {"delay_ms", {least, least}}});
    } else {
      text << "  attempt " << made + 1 << ": retry after " << least << ".." << most.delay.count() << " ms\n";
      steps.push_back({{"attempt", made + 1}, {"action", "retry"}, {"delay_ms", {least, most.delay.count()}}});
    }
  }
  if (json_output) {
    std::cout << dump({{"code", code},
                       {"retry", tccode::name(e.retry())},
                       {"max_attempts", max_attempts},
                       {"attempts", steps}})
              << '\n';
  } else {
    std::cout << code << ' '
              << (e.public_row() != nullptr
                      ? e.type()
                      : "(" + std::string(tccode::detail::unlisted_text(tccode::detail::class_of(code), s.lang)) + ")")
              << ": " << tccode::describe(e.retry(), s.lang) << '\n'
              << text.str() << "  then stop: " << made << (made == 1 ? " attempt" : " attempts") << " in all\n";
  }
  return e.success() || e.public_row() != nullptr ? 0 : 1;
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
      std::cout << dump({{"service", c.service->name()},
                         {"title", c.title},
                         {"host", c.service->host()},
                         {"public_rows", public_rows},
                         {"module_rows", module_rows},
                         {"sources", c.sources}})
                << '\n';
    } else {
      std::cout << pad(c.service->name(), 11) << pad(c.service->host().empty() ? "-" : c.service->host(), 12)
                << pad(std::to_string(public_rows) + " public, " + std::to_string(module_rows) + " module rows", 30)
                << c.sources << '\n';
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
      "Explains the error codes of Tencent Cloud's API 2.0 endpoints: a code, a code and its message, or a whole "
      "JSON response.\n\n"
      "Exit status: the worst of all that was asked: 0 when every code was found (or the response is a success), "
      "1 when a public code is not listed (or, with --module, the module code is not in that table), 2 for usage "
      "errors and malformed input.",
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
  int max_attempts = tccode::retry_policy{}.max_attempts;
  bool json_output = false;
  bool list_services = false;

  auto* code_option =
      app.add_option("code", code_argument, "A public code: 5100, \"5100\", -2700, or a name such as auth_failed");
  auto* message_option =
      app.add_option("message", message_argument, "The response's message, such as '(100004)projectId...'");
  auto* response_option =
      app.add_option("--response", response_arguments,
                     "A whole JSON response; - reads it from standard input (several, one after another, or JSON "
                     "Lines, explained line by line). May be given more than once")
          ->allow_extra_args(false);
  app.add_option("--module", module_argument,
                 "The module table for the message's (N) code (project-crud, project-query, or one of --table's); "
                 "without it, every table that has N is shown");
  auto* table_option =
      app.add_option("--table", table_argument,
                     "A TSV file with the columns of data/codes.tsv: its public rows give public codes a service's own "
                     "meaning, its other rows are module tables");
  auto* service_option = app.add_option("--service", service_argument,
                                        "Explain in a built-in service's meaning (cmq, cdn, ...: see --services)");
  auto* host_option = app.add_option("--host", host_argument,
                                     "The same for the service of an API 2.0 host (cvm.api.qcloud.com, "
                                     "cmq-queue-gz.api.qcloud.com, or a URL)");
  auto* services_option =
      app.add_flag("--services", list_services, "List the built-in services: their hosts, sources and rows");
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
  message_option->needs(code_option);
  response_option->excludes(code_option);
  list_option->excludes(code_option)->excludes(response_option);
  search_option->excludes(code_option)->excludes(response_option);
  schedule_option->excludes(code_option)->excludes(response_option)->excludes(list_option)->excludes(search_option);
  attempts_option->needs(schedule_option);
  service_option->excludes(host_option)->excludes(table_option);
  host_option->excludes(table_option);
  services_option->excludes(code_option)->excludes(response_option);

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
        json j = row_json(r.row, s.lang);
        j["table"] = r.table->name;
        std::cout << dump(j) << '\n';
      }
    } else {
      print_rows(std::cout, rows, s.lang);
    }
    return rows.empty() ? 1 : 0;
  }

  explainer explain(s, json_output);
  if (response_option->count() > 0) {
    bool stdin_read = false;
    for (const std::string& argument : response_arguments) {
      if (argument == "-") {
        if (stdin_read) {
          throw input_error("--response -: standard input can be read only once");
        }
        stdin_read = true;
        explain_text(read_stdin(), "--response - (standard input)", explain);
      } else {
        explain_text(argument, "--response", explain);
      }
    }
  } else if (code_option->count() > 0) {
    response r;
    r.code = code_from_argument(code_argument, s);
    r.message = message_argument;
    explain(std::move(r));
  } else {
    std::cerr << "tccode: give a code, --response, --schedule, --list or --search (tccode --help tells more)\n";
    return 2;
  }
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

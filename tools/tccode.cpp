// SPDX-License-Identifier: MIT
// tccode: explains a Tencent Cloud API 2.0 error code, a message, or a whole JSON response.
//
// Exit status: 0 when everything asked about was found (or the response is a success), 1 when a
// public code is not listed (or, with --module, the module code is not in that table), 2 for usage
// errors and malformed input, with one line on standard error saying what and where.
#include <tccode/tccode.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "response.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using json = nlohmann::json;
using tccode_tool::input_error;
using tccode_tool::printable;
using tccode_tool::read_responses;
using tccode_tool::response;

// ---------------------------------------------------------------------------------------------
// Tables by name

enum class module_choice { both, crud, query };

struct named_table {
  std::string_view label;  // as the command line spells it
  std::string_view name;   // as the library names it
};

constexpr named_table public_table{"public", "public"};
constexpr named_table crud_table{"project-crud", "project_crud"};
constexpr named_table query_table{"project-query", "project_query"};

/// Calls f(named_table, table_view) for each table that `choice` selects.
template <class F>
void for_each_module_table(module_choice choice, F&& f) {
  if (choice != module_choice::query) {
    f(crud_table, tccode::project_crud);
  }
  if (choice != module_choice::crud) {
    f(query_table, tccode::project_query);
  }
}

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

/// A code given on the command line: an integer (quoted or not, as "5100" arrives in JSON) or the
/// name of a listed public code.
int code_from_argument(std::string_view text) {
  std::string_view unquoted = text;
  if (unquoted.size() >= 2 && unquoted.front() == '"' && unquoted.back() == '"') {
    unquoted = unquoted.substr(1, unquoted.size() - 2);
  }
  if (const std::optional<int> code = tccode::parse_code(unquoted)) {
    return *code;
  }
  if (const auto row = tccode::find_row_by_name(tccode::public_codes, unquoted)) {
    return row->code;
  }
  throw input_error("code '" + printable(text) + "' is neither an integer nor the name of a listed public code");
}

// ---------------------------------------------------------------------------------------------
// Explaining

struct module_match {
  named_table table;
  tccode::entry entry;
};

struct settings {
  tccode::lang lang = tccode::lang::en;
  module_choice module = module_choice::both;
  bool module_given = false;
};

/// A response explained, with every selected module table that has its module code.
struct explained {
  tccode::explanation e;
  std::vector<module_match> matches;
};

/// The explanation of `r`. Its advice is the module table's when one table has the module code,
/// or when every table that has it agrees; otherwise the public code's.
explained explain_response(const response& r, const settings& s) {
  explained x{tccode::explain(r.code, r.message, s.lang), {}};
  if (!x.e.module_code) {
    return x;
  }
  std::vector<tccode::explanation> with_table;
  for_each_module_table(s.module, [&](const named_table& named, tccode::table_view table) {
    const tccode::explanation e = tccode::explain(r.code, r.message, table, s.lang);
    if (e.module_entry) {
      x.matches.push_back({named, *e.module_entry});
      with_table.push_back(e);
    }
  });
  const bool agree = std::all_of(with_table.begin(), with_table.end(),
                                 [&](const tccode::explanation& e) { return e.retry == with_table.front().retry; });
  if (!with_table.empty() && agree) {
    x.e = with_table.front();
  }
  return x;
}

std::string table_list(module_choice choice, std::string_view joiner) {
  std::string out;
  for_each_module_table(choice, [&](const named_table& named, const auto&) {
    if (!out.empty()) {
      out += joiner;
    }
    out += named.name;
  });
  return out;
}

/// 0 when the response's codes were found, 1 when not (the exit status's contribution).
int status_of(const response& r, const settings& s) {
  const explained x = explain_response(r, s);
  const tccode::explanation& e = x.e;
  int status = e.success() || e.public_entry ? 0 : 1;
  if (s.module_given && e.module_code && x.matches.empty()) {
    status = 1;
  }
  for (const response& item : r.items) {
    status = std::max(status, status_of(item, s));
  }
  return status;
}

void print_field(std::ostream& out, const std::string& indent, std::string_view label, std::string_view value) {
  if (!value.empty()) {
    out << indent << pad(label, 13) << value << '\n';
  }
}

void print_text(std::ostream& out, const response& r, const settings& s, const std::string& indent) {
  const explained x = explain_response(r, s);
  const tccode::explanation& e = x.e;
  if (!r.label.empty()) {
    out << indent << r.label << ":\n";
  }
  const std::string in = r.label.empty() ? indent : indent + "  ";
  out << in << e.code;
  if (e.success()) {
    out << " success\n";
  } else if (e.public_entry) {
    out << ' ' << e.public_entry->type << " (" << e.public_entry->name << ")\n";
    print_field(out, in + "  ", "description", e.public_entry->description);
    // A module code whose advice overrides the public code's makes the public remedy wrong.
    if (!e.public_entry->retry || *e.public_entry->retry == e.retry) {
      print_field(out, in + "  ", "remedy", e.public_entry->remedy);
    }
    print_field(out, in + "  ", "link", e.public_entry->link);
  } else {
    out << " is not a listed public code (unlisted " << tccode::name(tccode::class_of(e.code)) << ")\n";
  }
  if (e.module_code) {
    const std::vector<module_match>& matches = x.matches;
    if (matches.empty()) {
      out << in << "  " << pad("module code", 13) << *e.module_code << ": not in "
          << table_list(s.module, s.module == module_choice::both ? " or " : "") << '\n';
    }
    for (const module_match& m : matches) {
      out << in << "  " << pad("module code", 13) << *e.module_code << " in " << m.table.name << " (" << m.entry.name
          << ")\n";
      print_field(out, in + "    ", "description", m.entry.description);
      print_field(out, in + "    ", "remedy", m.entry.remedy);
      print_field(out, in + "    ", "link", m.entry.link);
    }
  }
  print_field(out, in + "  ", "server said", e.detail);
  if (r.code_desc) {
    print_field(out, in + "  ", "codeDesc", *r.code_desc);
  }
  if (!e.success()) {
    print_field(out, in + "  ", "retry", tccode::describe(e.retry, s.lang));
  }
  for (const response& item : r.items) {
    print_text(out, item, s, in + "  ");
  }
}

json entry_json(const tccode::entry& e) {
  json j = {{"code", e.code}, {"name", e.name}, {"description", e.description}, {"remedy", e.remedy}};
  if (!e.type.empty()) {
    j["type"] = e.type;
  }
  j["link"] = e.link;
  return j;
}

json to_json(const response& r, const settings& s) {
  const explained x = explain_response(r, s);
  const tccode::explanation& e = x.e;
  json j;
  if (!r.label.empty()) {
    j["item"] = r.label;
  }
  j["code"] = e.code;
  j["success"] = e.success();
  j["listed"] = e.public_entry.has_value();
  j["class"] = tccode::name(tccode::class_of(e.code));
  j["public"] = e.public_entry ? entry_json(*e.public_entry) : json();
  j["module_code"] = e.module_code ? json(*e.module_code) : json();
  j["module"] = json::array();
  if (e.module_code) {
    for (const module_match& m : x.matches) {
      json match = entry_json(m.entry);
      match["table"] = m.table.name;
      j["module"].push_back(std::move(match));
    }
  }
  j["detail"] = e.detail;
  j["message"] = r.message;
  j["retry"] = tccode::name(e.retry);
  if (r.code_desc) {
    j["codeDesc"] = *r.code_desc;
  }
  if (!r.items.empty()) {
    j["items"] = json::array();
    for (const response& item : r.items) {
      j["items"].push_back(to_json(item, s));
    }
  }
  return j;
}

// ---------------------------------------------------------------------------------------------
// --list and --search

struct listed_row {
  named_table table;
  tccode::row row;
};

std::vector<listed_row> all_rows(std::string_view which) {
  std::vector<listed_row> out;
  const auto add = [&](const named_table& named, const auto& table) {
    if (which.empty() || which == named.label) {
      for (const tccode::row& r : table) {
        out.push_back({named, r});
      }
    }
  };
  add(public_table, tccode::public_codes);
  add(crud_table, tccode::project_crud);
  add(query_table, tccode::project_query);
  return out;
}

/// The rows as aligned columns (CODE, NAME, TYPE for public codes, DESCRIPTION), each remedy on a
/// line of its own under its description.
void print_rows(std::ostream& out, const std::vector<listed_row>& rows, tccode::lang lang) {
  std::size_t name_width = 4;
  std::size_t type_width = 4;
  for (const listed_row& r : rows) {
    const tccode::entry e = r.row.in(lang);
    name_width = std::max(name_width, display_width(e.name));
    type_width = std::max(type_width, display_width(e.type));
  }
  std::string_view current;
  for (const listed_row& r : rows) {
    const bool is_public = r.table.name == public_table.name;
    const std::size_t description_column = 2 + 8 + name_width + 2 + (is_public ? type_width + 2 : 0);
    if (r.table.name != current) {
      out << (current.empty() ? "" : "\n") << r.table.name << '\n'
          << "  " << pad("CODE", 8) << pad("NAME", name_width + 2) << (is_public ? pad("TYPE", type_width + 2) : "")
          << "DESCRIPTION\n";
      current = r.table.name;
    }
    const tccode::entry e = r.row.in(lang);
    out << "  " << pad(std::to_string(e.code), 8) << pad(e.name, name_width + 2)
        << (is_public ? pad(e.type, type_width + 2) : "") << e.description << '\n';
    if (!e.remedy.empty()) {
      out << std::string(description_column, ' ') << "remedy: " << e.remedy << '\n';
    }
  }
}

bool row_contains_all(const tccode::row& r, const std::vector<std::string>& words) {
  const std::string haystack =
      lower_ascii(std::string(r.name) + '\n' + std::string(r.zh.type) + '\n' + std::string(r.zh.description) + '\n' +
                  std::string(r.zh.remedy) + '\n' + std::string(r.en.type) + '\n' + std::string(r.en.description) +
                  '\n' + std::string(r.en.remedy) + '\n' + std::to_string(r.code));
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return haystack.find(lower_ascii(w)) != std::string::npos; });
}

// ---------------------------------------------------------------------------------------------

std::string version_string() {
  return "tccode " + std::to_string(TCCODE_VERSION_MAJOR) + "." + std::to_string(TCCODE_VERSION_MINOR) + "." +
         std::to_string(TCCODE_VERSION_PATCH);
}

int run(int argc, char** argv) {
  CLI::App app{
      "Explains the error codes of Tencent Cloud's API 2.0 endpoints: a code, a code and its message, or a whole "
      "JSON response.\n\n"
      "Exit status: 0 when every code asked about was found (or the response is a success), 1 when a public code "
      "is not listed (or, with --module, the module code is not in that table), 2 for usage errors and malformed "
      "input.",
      "tccode"};
  app.set_version_flag("--version", version_string());
  app.get_formatter()->column_width(34);

  std::string code_argument;
  std::string message_argument;
  std::vector<std::string> response_arguments;
  std::string module_argument;
  std::string lang_argument;
  std::string list_argument;
  std::vector<std::string> search_words;
  bool json_output = false;

  auto* code_option =
      app.add_option("code", code_argument, "A public code: 5100, \"5100\", -2700, or a name such as auth_failed");
  auto* message_option =
      app.add_option("message", message_argument, "The response's message, such as '(100004)projectId...'");
  auto* response_option = app.add_option("--response", response_arguments,
                                         "A whole JSON response; - reads it (or several, one after another) from "
                                         "standard input. May be given more than once")
                              ->allow_extra_args(false);
  app.add_option("--module", module_argument,
                 "The module table for the message's (N) code; without it, every table that has N is shown")
      ->check(CLI::IsMember({"project-crud", "project-query"}));
  app.add_option("--lang", lang_argument, "zh or en; the default follows LC_ALL, LC_MESSAGES or LANG (zh* is zh)")
      ->check(CLI::IsMember({"zh", "en"}));
  auto* list_option =
      app.add_option("--list", list_argument, "List a table (public, project-crud, project-query) or all")
          ->expected(0, 1)
          ->check(CLI::IsMember({"public", "project-crud", "project-query"}));
  auto* search_option =
      app.add_option("--search", search_words,
                     "List the rows whose name or text (either language) has every word; with --list, in that table");
  app.add_flag("--json", json_output, "Answer in JSON: one object a line for each explained response");
  message_option->needs(code_option);
  response_option->excludes(code_option);
  list_option->excludes(code_option)->excludes(response_option);
  search_option->excludes(code_option)->excludes(response_option);

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

  settings s;
  s.lang = lang_argument.empty()   ? lang_from_environment()
           : lang_argument == "zh" ? tccode::lang::zh
                                   : tccode::lang::en;
  s.module_given = !module_argument.empty();
  s.module = module_argument == "project-crud"    ? module_choice::crud
             : module_argument == "project-query" ? module_choice::query
                                                  : module_choice::both;

  if (list_option->count() > 0 || search_option->count() > 0) {
    std::vector<listed_row> rows = all_rows(list_argument);
    if (search_option->count() > 0) {
      rows.erase(std::remove_if(rows.begin(), rows.end(),
                                [&](const listed_row& r) { return !row_contains_all(r.row, search_words); }),
                 rows.end());
    }
    if (rows.empty()) {
      std::cerr << "tccode: no row has every word of: " << printable(CLI::detail::join(search_words, " ")) << '\n';
    } else if (json_output) {
      for (const listed_row& r : rows) {
        json j = entry_json(r.row.in(s.lang));
        j["table"] = r.table.name;
        std::cout << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
      }
    } else {
      print_rows(std::cout, rows, s.lang);
    }
    return rows.empty() ? 1 : 0;
  }

  std::vector<response> responses;
  if (response_option->count() > 0) {
    bool stdin_read = false;
    for (const std::string& argument : response_arguments) {
      std::vector<response> more;
      if (argument == "-") {
        if (stdin_read) {
          throw input_error("--response -: standard input can be read only once");
        }
        stdin_read = true;
        more = read_responses(read_stdin(), "--response - (standard input)");
      } else {
        more = read_responses(argument, "--response");
      }
      std::move(more.begin(), more.end(), std::back_inserter(responses));
    }
  } else if (code_option->count() > 0) {
    response r;
    r.code = code_from_argument(code_argument);
    r.message = message_argument;
    responses.push_back(std::move(r));
  } else {
    std::cerr << "tccode: give a code, --response, --list or --search (tccode --help tells more)\n";
    return 2;
  }

  int status = 0;
  for (std::size_t i = 0; i < responses.size(); ++i) {
    const response& r = responses[i];
    if (json_output) {
      std::cout << to_json(r, s).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    } else {
      std::cout << (i > 0 ? "\n" : "");
      print_text(std::cout, r, s, "");
    }
    status = std::max(status, status_of(r, s));
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const input_error& e) {
    std::cerr << "tccode: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "tccode: " << printable(e.what()) << '\n';
    return 2;
  }
}

// SPDX-License-Identifier: MIT
#include "table_file.hpp"

#include "response.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string_view>

namespace tccode_tool {

namespace {

// The columns of data/codes.tsv, in its order.
constexpr std::array<std::string_view, 15> columns = {
    "table",          "code",      "name",  "type_zh",      "description_zh", "remedy_zh",  "link", "type_en",
    "description_en", "remedy_en", "retry", "retry_reason", "canonical",      "auth_error", "errc"};
enum column : std::size_t {
  table_column,
  code_column,
  name_column,
  type_zh,
  description_zh,
  remedy_zh,
  link,
  type_en,
  description_en,
  remedy_en,
  retry,
  retry_reason,  // free text, for the reader of the file
  canonical,
  auth_error,
  errc
};

bool is_snake_case(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z' || s.back() == '_') {
    return false;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '_' && s[i - 1] != '_'))) {
      return false;
    }
  }
  return true;
}

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> out;
  for (std::size_t first = 0;;) {
    const std::size_t end = line.find(separator, first);
    out.push_back(line.substr(first, end == std::string_view::npos ? std::string_view::npos : end - first));
    if (end == std::string_view::npos) {
      return out;
    }
    first = end + 1;
  }
}

std::optional<tccode::retry_advice> advice_named(std::string_view name) {
  for (const tccode::retry_advice a : {tccode::retry_advice::never, tccode::retry_advice::backoff,
                                       tccode::retry_advice::throttled, tccode::retry_advice::resign}) {
    if (tccode::name(a) == name) {
      return a;
    }
  }
  return std::nullopt;
}

/// The canonical code that `name` names: its enumerator, the library's name(c).
std::optional<tccode::canonical_code> canonical_named(std::string_view name) {
  for (int i = 0; i <= static_cast<int>(tccode::canonical_code::unauthenticated); ++i) {
    const auto c = static_cast<tccode::canonical_code>(i);
    if (tccode::name(c) == name) {
      return c;
    }
  }
  return std::nullopt;
}

}  // namespace

loaded_service::loaded_service(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    throw input_error("--table " + printable(path) + ": cannot be read");
  }
  text_.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  const std::size_t slash = path.find_last_of("/\\");
  file_name_ = path.substr(slash == std::string::npos ? 0 : slash + 1);
  name_ = file_name_.substr(0, file_name_.find('.'));
  overrides_.name = "public (" + file_name_ + ")";

  std::vector<std::string_view> lines = split(text_, '\n');
  if (!lines.empty() && lines.back().empty()) {
    lines.pop_back();  // the newline that ends the last line
  }
  std::size_t number = 0;
  for (std::string_view line : lines) {
    ++number;
    const std::string where = printable(path) + ":" + std::to_string(number) + ": ";
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    const std::vector<std::string_view> fields = split(line, '\t');
    if (number == 1) {
      if (!std::equal(fields.begin(), fields.end(), columns.begin(), columns.end())) {
        throw input_error(where + "the first line must name the columns of data/codes.tsv, separated by tabs");
      }
      continue;
    }
    if (fields.size() != columns.size()) {
      throw input_error(where + std::to_string(fields.size()) + " fields, expected " + std::to_string(columns.size()));
    }
    const std::string_view table = fields[table_column];
    if (!is_snake_case(table)) {
      throw input_error(where + "table '" + printable(table) + "' is not a snake_case name");
    }
    const bool is_public = table == "public";
    tccode::row r;
    if (const std::optional<int> code = tccode::parse_code(fields[code_column]); code && *code != 0) {
      r.code = *code;
    } else {
      throw input_error(where + "code '" + printable(fields[code_column]) + "' is not a non-zero int");
    }
    r.name = fields[name_column];
    if (!is_snake_case(r.name)) {
      throw input_error(where + "name '" + printable(r.name) + "' is not snake_case");
    }
    r.zh = {fields[type_zh], fields[description_zh], fields[remedy_zh]};
    r.en = {fields[type_en], fields[description_en], fields[remedy_en]};
    r.link = fields[link];
    const bool both_types = !r.zh.type.empty() && !r.en.type.empty();
    const bool no_type = r.zh.type.empty() && r.en.type.empty();
    if (is_public ? !both_types : !no_type) {
      throw input_error(where + "public rows have a type in both languages, module rows none");
    }
    if (r.zh.description.empty() || r.en.description.empty()) {
      throw input_error(where + "a description in each language is required");
    }
    if (r.zh.remedy.empty() != r.en.remedy.empty()) {
      throw input_error(where + "a remedy in one language only");
    }
    if (!r.link.empty() && r.link.substr(0, 8) != "https://") {
      throw input_error(where + "link '" + printable(r.link) + "' is not an https address");
    }
    if (!fields[retry].empty()) {
      r.retry = advice_named(fields[retry]);
      if (!r.retry) {
        throw input_error(where + "retry '" + printable(fields[retry]) +
                          "' is not never, backoff, throttled or resign");
      }
    } else if (is_public) {
      throw input_error(where + "a public row needs its retry advice");
    }
    if (!fields[canonical].empty()) {
      r.canonical = canonical_named(fields[canonical]);
      if (!r.canonical) {
        throw input_error(where + "canonical '" + printable(fields[canonical]) + "' is not a canonical code's name");
      }
    }
    if (!fields[auth_error].empty() || !fields[errc].empty()) {
      throw input_error(where + "auth_error and errc belong to the document's own rows: leave them empty");
    }

    loaded_table* target = &overrides_;
    if (!is_public) {
      auto found =
          std::find_if(modules_.begin(), modules_.end(), [&](const loaded_table& t) { return t.name == table; });
      if (found == modules_.end()) {
        modules_.push_back({std::string(table), {}});
        found = std::prev(modules_.end());
      }
      target = &*found;
    }
    if (std::any_of(target->rows.begin(), target->rows.end(), [&](const tccode::row& o) { return o.code == r.code; })) {
      throw input_error(where + "code " + std::to_string(r.code) + " is in table " + std::string(table) + " twice");
    }
    target->rows.push_back(r);
  }
  if (number < 2) {
    throw input_error(printable(path) + ": no rows: expected the columns of data/codes.tsv and a row a line");
  }
  const auto by_code = [](const tccode::row& a, const tccode::row& b) { return a.code < b.code; };
  std::sort(overrides_.rows.begin(), overrides_.rows.end(), by_code);
  for (loaded_table& t : modules_) {
    std::sort(t.rows.begin(), t.rows.end(), by_code);
  }
}

}  // namespace tccode_tool

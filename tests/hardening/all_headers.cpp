// SPDX-License-Identifier: MIT
// Every public header in one program, which checks what the library returns against data/codes.tsv
// and the judgements it names in data/judgements.tsv (read at run time, so the expected bytes do not
// pass through the compiler). CMake builds it three ways: as is; with -fno-exceptions -fno-rtti; with
// -fexec-charset=GBK (g++), where every string the library returns must still be the document's UTF-8.
//   tccode_all_headers data/codes.tsv data/judgements.tsv
#include <tccode/codes.hpp>
#include <tccode/core.hpp>
#include <tccode/detail/config.hpp>
#include <tccode/explain.hpp>
#include <tccode/format.hpp>
#include <tccode/message.hpp>
#include <tccode/owned.hpp>
#include <tccode/service.hpp>
#include <tccode/system_error.hpp>
#include <tccode/table.hpp>
#include <tccode/tccode.hpp>
#include <tccode/to_string.hpp>
#include <tccode/version.hpp>
// libstdc++'s <chrono> does not compile with -fexec-charset=GBK in C++20 and later (its "\u00b5s"
// has no GBK form), so neither does <tccode/retry.hpp>, which includes it.
#if !(defined(TCCODE_TEST_GBK) && __cplusplus >= 202002L)
#include <tccode/retry.hpp>
#define TCCODE_TEST_RETRY 1
#endif

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::printf("wrong: %s\n", what.c_str());
    ++failures;
  }
}

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) {
    fields.push_back(field);
  }
  if (!line.empty() && line.back() == separator) {
    fields.emplace_back();
  }
  return fields;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

template <class Table>
void check_row(const Table& table, const std::map<std::string, std::string>& want) {
  const int code = std::stoi(want.at("code"));
  const std::string where = want.at("table") + " " + want.at("code");
  const tccode::row* row = tccode::lookup(table, code);
  check(row != nullptr && row == tccode::lookup(table, want.at("name")), where + " is in its table");
  if (row == nullptr) {
    return;
  }
  check(std::string(row->name) == want.at("name"), where + " name");
  check(std::string(row->zh.type) == want.at("type_zh"), where + " type_zh");
  check(std::string(row->zh.description) == want.at("description_zh"), where + " description_zh");
  check(std::string(row->zh.remedy) == want.at("remedy_zh"), where + " remedy_zh");
  check(std::string(row->en.type) == want.at("type_en"), where + " type_en");
  check(std::string(row->en.description) == want.at("description_en"), where + " description_en");
  check(std::string(row->en.remedy) == want.at("remedy_en"), where + " remedy_en");
  check(std::string(row->link) == want.at("link"), where + " link");
  check(row->retry && std::string(tccode::name(*row->retry)) == want.at("retry"), where + " retry");
  check(row->canonical && std::string(tccode::name(*row->canonical)) == want.at("canonical"), where + " canonical");
  check(row->auth_error == (want.at("auth") == "yes"), where + " auth");
  check(row->executed ==
            (want.at("executed") == "no" ? tccode::execution::not_executed : tccode::execution::may_have_executed),
        where + " executed");
}

// What data/codes.tsv says of a public code that the headers say elsewhere: its std::errc, and
// whether condition::auth_error groups it.
void check_public_extras(const std::map<std::string, std::string>& want) {
  const int code = std::stoi(want.at("code"));
  const std::string where = "public " + want.at("code");
  const std::map<std::string, std::errc> errcs = {
      {"invalid_argument", std::errc::invalid_argument},
      {"permission_denied", std::errc::permission_denied},
      {"protocol_not_supported", std::errc::protocol_not_supported},
      {"not_supported", std::errc::not_supported},
      {"resource_unavailable_try_again", std::errc::resource_unavailable_try_again}};
  const std::error_code ec(code, tccode::public_category());
  if (want.at("errc").empty()) {
    check(ec.default_error_condition().category() == tccode::public_category(), where + " has no std::errc");
  } else {
    check(errcs.count(want.at("errc")) == 1 && ec == errcs.at(want.at("errc")), where + " errc " + want.at("errc"));
  }
  check((ec == tccode::condition::auth_error) == (want.at("auth") == "yes"), where + " auth");
  check(tccode::name(tccode::explain(code, "").canonical()) == want.at("canonical"), where + " canonical()");
}

// The lines of a tab-separated file with a header line, each as {column: field}.
std::vector<std::map<std::string, std::string>> read_tsv(const char* path) {
  std::ifstream file(path, std::ios::binary);
  std::string line;
  std::getline(file, line);
  const std::vector<std::string> columns = split(line, '\t');
  std::vector<std::map<std::string, std::string>> out;
  while (std::getline(file, line)) {
    const std::vector<std::string> fields = split(line, '\t');
    std::map<std::string, std::string>& want = out.emplace_back();
    for (std::size_t i = 0; i < columns.size() && i < fields.size(); ++i) {
      want[columns[i]] = fields[i];
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::printf("usage: tccode_all_headers data/codes.tsv data/judgements.tsv\n");
    return 2;
  }
#ifdef TCCODE_TEST_GBK
  // Proof that the flag is on: U+9274 is 3 bytes in UTF-8, 2 in GBK.
  check(sizeof("鉴") - 1 == 2, "this file's literals are re-encoded to GBK");
#endif
  std::map<std::string, std::map<std::string, std::string>> judgements;
  for (std::map<std::string, std::string>& j : read_tsv(argv[2])) {
    judgements[j["id"]] = j;
  }
  std::size_t rows = 0;
  for (std::map<std::string, std::string> want : read_tsv(argv[1])) {
    // The row's judgement: its advice, canonical status, std::errc and auth.
    check(judgements.count(want["judgement"]) == 1, "judgement " + want["judgement"]);
    for (const auto& [column, value] : judgements[want["judgement"]]) {
      want.emplace(column, value);
    }
    const std::string& table = want["table"];
    if (table == "public") {
      check_row(tccode::public_codes, want);
      check_public_extras(want);
      // The error_code and the log line carry the same UTF-8 text.
      const std::error_code ec(std::stoi(want["code"]), tccode::public_category());
      check(contains(ec.message(), want["type_zh"]), "error_code message of " + want["code"]);
      const std::string text = tccode::to_string(tccode::explain(ec.value(), std::string_view("x")));
      check(contains(text, want["type_zh"]), "to_string of " + want["code"]);
    } else if (table == "project_crud") {
      check_row(tccode::project_crud, want);
      const std::string message = "(" + want["code"] + ")";
      const std::error_code ec = tccode::make_error_code(tccode::explain(5100, message, tccode::project_crud));
      check(contains(ec.message(), want["description_zh"]), "module error_code message of " + want["code"]);
    } else if (table == "project_query") {
      check_row(tccode::project_query, want);
    } else {
      check(false, "unknown table " + table);
    }
    ++rows;
  }
  check(rows == 26, "26 rows read from " + std::string(argv[1]));

  // The parser finds the full-width parentheses of a UTF-8 message.
  check(tccode::parse_message("\xef\xbc\x88"
                              "9003\xef\xbc\x89x")
                .module_code == 9003,
        "full-width parentheses");
  const std::error_code ec = tccode::public_code::api_unavailable;
  check(ec == tccode::condition::retryable, "condition");
#ifdef TCCODE_TEST_RETRY
  check(tccode::decide(tccode::retry_policy{}, tccode::explain(6200, ""), 1, 0.5).delay.count() == 25, "decide");
#endif
  check(ec == std::errc::resource_unavailable_try_again, "std::errc");
  check(tccode::name(tccode::explain(6200, "").canonical()) == "unavailable", "canonical code");
  std::printf("all headers: %s (%zu rows)\n", failures == 0 ? "ok" : "FAILED", rows);
  return failures == 0 ? 0 : 1;
}

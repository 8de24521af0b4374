// SPDX-License-Identifier: MIT
// Runs one operation N times, for bench/instructions.py to count the instructions of each call with
// callgrind: figures that, unlike time, are the same on every run.
//   tccode_count parse document|english|no_prefix|10kb N
//   tccode_count lookup tccode|switch N
//   tccode_count error_code one|many N     make_error_code with 1 code in use, or 20,000
//   tccode_count api3 explain|find|map N   an API 3.0 code of CVM's: explain, the product's find, and a
//                                          std::unordered_map<std::string_view, ...> find over the same codes
//   tccode_count api3 unlisted N           explain of a code that CVM does not list, under one it does
//                                          ("ResourceInUse.DiskMigrating.X"): judged by its prefix
#include <tccode/api3.hpp>
#include <tccode/core.hpp>
#include <tccode/products/cvm.hpp>
#include <tccode/system_error.hpp>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace {

// Not inlined: callgrind attributes each one's instructions to it, apart from the loop.
[[gnu::noinline]] tccode::parsed_message parse(std::string_view message) { return tccode::parse_message(message); }

[[gnu::noinline]] const tccode::row* lookup(int code) { return tccode::lookup(tccode::public_codes, code); }

// What a user writes instead: a switch over the 17 codes, to their rows.
[[gnu::noinline]] const tccode::row* switch_lookup(int code) {
  const tccode::row* rows = tccode::public_codes.begin();
  switch (code) {
    case 4000:
      return &rows[0];
    case 4100:
      return &rows[1];
    case 4200:
      return &rows[2];
    case 4300:
      return &rows[3];
    case 4400:
      return &rows[4];
    case 4500:
      return &rows[5];
    case 4600:
      return &rows[6];
    case 5000:
      return &rows[7];
    case 5100:
      return &rows[8];
    case 5200:
      return &rows[9];
    case 5300:
      return &rows[10];
    case 5400:
      return &rows[11];
    case 5500:
      return &rows[12];
    case 6000:
      return &rows[13];
    case 6100:
      return &rows[14];
    case 6200:
      return &rows[15];
    case 100193:
      return &rows[16];
    default:
      return nullptr;
  }
}

// 1,024 codes: the 17 listed ones, their unlisted neighbours, 0 and -1, in a fixed random order.
std::vector<int> mixed_codes() {
  std::vector<int> codes{0, -1};
  for (const tccode::row& r : tccode::public_codes) {
    codes.push_back(r.code);
    codes.push_back(r.code + 1);
  }
  std::mt19937 random(42);  // NOLINT(cert-msc32-c,cert-msc51-cpp): the same mix in every run
  std::vector<int> mix;
  mix.reserve(1024);
  for (int i = 0; i < 1024; ++i) {
    mix.push_back(codes[random() % codes.size()]);
  }
  return mix;
}

[[gnu::noinline]] std::error_code error_code_of(const tccode::explanation& e) { return tccode::make_error_code(e); }

// make_error_code N times over `explained` in turn, after each has been made once (its category exists).
std::size_t make_error_codes(const std::vector<tccode::explanation>& explained, long runs) {
  std::size_t sum = 0;
  for (const tccode::explanation& e : explained) {
    sum += static_cast<std::size_t>(error_code_of(e).value());
  }
  for (long i = 0; i < runs; ++i) {
    sum += static_cast<std::size_t>(error_code_of(explained[static_cast<std::size_t>(i) % explained.size()]).value());
  }
  return sum;
}

[[gnu::noinline]] tccode::explanation explain3(std::string_view code) {
  return tccode::explain(code, std::string_view(), tccode::products::cvm);
}
[[gnu::noinline]] const tccode::code_row* find3(std::string_view code) { return tccode::products::cvm.find(code); }
[[gnu::noinline]] const tccode::code_row* map3(const std::unordered_map<std::string_view, const tccode::code_row*>& map,
                                               std::string_view code) {
  const auto found = map.find(code);
  return found != map.end() ? found->second : nullptr;
}

// The codes the API 3.0 lookups are measured on: every code of CVM's, in a fixed random order.
std::vector<std::string_view> cvm_codes() {
  std::vector<std::string_view> codes;
  for (const tccode::code_row& r : tccode::products::cvm) {
    codes.push_back(r.code);
  }
  std::mt19937 random(7);  // NOLINT(cert-msc32-c,cert-msc51-cpp): the same order in every run
  for (std::size_t i = codes.size(); i > 1; --i) {
    std::swap(codes[i - 1], codes[random() % i]);
  }
  return codes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: tccode_count parse|lookup|error_code WHICH N\n");
    return 2;
  }
  const std::string what = argv[1];
  const std::string which = argv[2];
  const long runs = std::strtol(argv[3], nullptr, 10);
  std::size_t sum = 0;
  if (what == "parse") {
    const std::string message = which == "document"    ? "(100004)projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"
                                : which == "english"   ? "(100004) incorrect projectId"
                                : which == "no_prefix" ? "projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"
                                                       : "(100004)" + std::string(std::size_t{10} * 1024, 'x');
    for (long i = 0; i < runs; ++i) {
      const tccode::parsed_message parsed = parse(message);
      sum += parsed.description.size() + static_cast<std::size_t>(parsed.module_code.value_or(0));
    }
  } else if (what == "api3") {
    const std::vector<std::string_view> codes = cvm_codes();
    std::unordered_map<std::string_view, const tccode::code_row*> map;
    for (const tccode::code_row& r : tccode::products::cvm) {
      map.emplace(r.code, &r);
    }
    std::vector<std::string> unlisted;
    unlisted.reserve(codes.size());
    for (const std::string_view code : codes) {
      unlisted.push_back(std::string(code) + ".X");
    }
    for (long i = 0; i < runs; ++i) {
      const std::size_t at = static_cast<std::size_t>(i) % codes.size();
      const std::string_view code = codes[at];
      const tccode::code_row* r = which == "explain"    ? explain3(code).product_row()
                                  : which == "unlisted" ? explain3(unlisted[at]).product_row()
                                  : which == "find"     ? find3(code)
                                                        : map3(map, code);
      if (r == nullptr || r->code != code) {
        std::fprintf(stderr, "tccode_count: %.*s not found\n", static_cast<int>(code.size()), code.data());
        return 1;
      }
      sum += r->code.size();
    }
  } else if (what == "error_code") {
    // "one": the code of one response, the README's. "many": 20,000 distinct codes in use, the scale of
    // API 3.0's catalogue, each a module row of a table built at run time (a category each).
    const int distinct = which == "one" ? 1 : 20000;
    static std::vector<tccode::row> rows;
    static std::vector<std::string> names;
    static std::vector<std::string> messages;
    rows.reserve(static_cast<std::size_t>(distinct));
    names.reserve(static_cast<std::size_t>(distinct));
    messages.reserve(static_cast<std::size_t>(distinct));
    for (int code = 1; code <= distinct; ++code) {
      names.push_back("row_" + std::to_string(code));
      rows.push_back(tccode::make_row(code, names.back()).with_retry(tccode::retry_advice::backoff));
      messages.push_back("(" + std::to_string(code) + ")x");
    }
    static const tccode::table_view table{"many", rows.data(), rows.size()};
    std::vector<tccode::explanation> explained;
    explained.reserve(messages.size());
    for (const std::string& message : messages) {
      explained.push_back(tccode::explain(5100, message, table));
    }
    sum = make_error_codes(explained, runs);
  } else {
    const std::vector<int> codes = mixed_codes();
    const bool by_switch = which == "switch";
    for (long i = 0; i < runs; ++i) {
      const int code = codes[static_cast<std::size_t>(i) % codes.size()];
      const tccode::row* r = by_switch ? switch_lookup(code) : lookup(code);
      if (r != tccode::lookup(tccode::public_codes, code)) {
        std::fprintf(stderr, "tccode_count: the two lookups disagree on %d\n", code);
        return 1;
      }
      sum += r != nullptr ? r->name.size() : 0;
    }
  }
  std::printf("%zu\n", sum);
  return 0;
}

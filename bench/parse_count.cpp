// SPDX-License-Identifier: MIT
// Parses one message N times, for bench/parse_instructions.py to count the instructions per parse
// with callgrind: a figure that, unlike time, is the same on every run.
//   tccode_parse_count document|english|no_prefix|10kb N
#include <tccode/core.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

// Not inlined: callgrind attributes its instructions to it, apart from the loop.
[[gnu::noinline]] tccode::parsed_message parse(std::string_view message) { return tccode::parse_message(message); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: tccode_parse_count document|english|no_prefix|10kb N\n");
    return 2;
  }
  const std::string which = argv[1];
  const std::string message = which == "document"    ? "(100004)projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"
                              : which == "english"   ? "(100004) incorrect projectId"
                              : which == "no_prefix" ? "projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"
                                                     : "(100004)" + std::string(std::size_t{10} * 1024, 'x');
  const long runs = std::strtol(argv[2], nullptr, 10);
  std::size_t sum = 0;
  for (long i = 0; i < runs; ++i) {
    const tccode::parsed_message parsed = parse(message);
    sum += parsed.description.size() + static_cast<std::size_t>(parsed.module_code.value_or(0));
  }
  std::printf("%zu\n", sum);
  return 0;
}

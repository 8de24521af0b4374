// SPDX-License-Identifier: MIT
// Fuzzes parse_code against an independent oracle.
#include <tccode/tccode.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "check.hpp"

namespace {

// The grammar, written differently: trimmed, an optional '-', then 1 to N digits whose value fits.
std::optional<int> oracle(std::string_view text) {
  const std::string_view t = tccode_fuzz::trimmed(text);
  const bool negative = !t.empty() && t[0] == '-';
  const std::string_view digits = t.substr(negative ? 1 : 0);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  const std::size_t first = digits.find_first_not_of('0');
  const std::string_view significant = first == std::string_view::npos ? std::string_view("0") : digits.substr(first);
  if (significant.size() > 10) {
    return std::nullopt;
  }
  const long long value = (negative ? -1 : 1) * std::stoll(std::string(significant));
  if (value < -2147483648LL || value > 2147483647LL) {
    return std::nullopt;
  }
  return static_cast<int>(value);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::optional<int> code = tccode::parse_code(input);
  TCCODE_FUZZ_CHECK(code == oracle(input));
  if (code) {
    TCCODE_FUZZ_CHECK(tccode::parse_code(std::to_string(*code)) == code);
    tccode_fuzz::check_lookup(*code);
  }
  return 0;
}

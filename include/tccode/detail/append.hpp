// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
#ifndef TCCODE_DETAIL_APPEND_HPP
#define TCCODE_DETAIL_APPEND_HPP

#include <string>
#include <string_view>

namespace tccode::detail {

// Appends `s` to `out`. Every string literal and view goes through this one non-template call:
// std::string's own += and append weigh a constrained template overload for each argument type
// (each length of literal is a type of its own), which costs every includer (bench/include_cost.py).
inline void append(std::string& out, std::string_view s) { out.append(s.data(), s.size()); }

}  // namespace tccode::detail

#endif  // TCCODE_DETAIL_APPEND_HPP

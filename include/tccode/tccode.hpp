// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// The umbrella header: includes all of tccode. The core (<tccode/core.hpp>) has the tables,
// lookup, parsing, explain and retry advice; this adds whole rows (find_row), std::error_code
// support, canonical status codes and formatting.
#ifndef TCCODE_TCCODE_HPP
#define TCCODE_TCCODE_HPP

#include <tccode/core.hpp>
#include <tccode/format.hpp>
#include <tccode/rows.hpp>
#include <tccode/status.hpp>
#include <tccode/system_error.hpp>

#endif  // TCCODE_TCCODE_HPP

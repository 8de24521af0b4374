// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// The umbrella header: includes all of tccode. The core (<tccode/core.hpp>) has the tables,
// lookup, parsing, services, explain and retry advice; this adds std::error_code support,
// canonical status codes, log lines, an owning explanation, and retry decisions and budgets.
#ifndef TCCODE_TCCODE_HPP
#define TCCODE_TCCODE_HPP

#include <tccode/core.hpp>
#include <tccode/format.hpp>
#include <tccode/owned.hpp>
#include <tccode/retry.hpp>
#include <tccode/status.hpp>
#include <tccode/system_error.hpp>

#endif  // TCCODE_TCCODE_HPP

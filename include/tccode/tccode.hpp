// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// The umbrella header: the core (<tccode/core.hpp>: tables, lookup, parsing, services, explain),
// log lines (to_string, operator<<), error codes, an explanation that owns its message, and the
// failures without an API answer (<tccode/transport.hpp>).
// Opt-in, apart: retry decisions (<tccode/retry.hpp>: <chrono>, <atomic>) and the fmt and
// std::format formatters (<tccode/format.hpp>).
#ifndef TCCODE_TCCODE_HPP
#define TCCODE_TCCODE_HPP

#include <tccode/core.hpp>
#include <tccode/owned.hpp>
#include <tccode/system_error.hpp>
#include <tccode/to_string.hpp>
#include <tccode/transport.hpp>

#endif  // TCCODE_TCCODE_HPP

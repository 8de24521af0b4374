// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// The light core: the tables, lookup, the message parser, services and explain. Needs only
// <string_view>, <optional> and a few small headers (never <string> or <system_error>); everything
// in it is constexpr and noexcept.
#ifndef TCCODE_CORE_HPP
#define TCCODE_CORE_HPP

#include <tccode/codes.hpp>
#include <tccode/explain.hpp>
#include <tccode/message.hpp>
#include <tccode/service.hpp>
#include <tccode/table.hpp>
#include <tccode/version.hpp>

#endif  // TCCODE_CORE_HPP

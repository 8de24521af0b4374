// SPDX-License-Identifier: MIT
// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.
//
// The umbrella header: includes all of tccode.
#ifndef TCCODE_TCCODE_HPP
#define TCCODE_TCCODE_HPP

#include <tccode/core.hpp>

#endif  // TCCODE_TCCODE_HPP

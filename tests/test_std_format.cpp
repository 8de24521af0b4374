// SPDX-License-Identifier: MIT
// <tccode/format.hpp>'s std::formatter, with the same expectations as fmt's.
#include <tccode/format.hpp>

#include <format>
#include <string>

#include "catch_compat.hpp"

#define TCCODE_TEST_FORMAT(format_string, ...) std::format(format_string, __VA_ARGS__)
#define TCCODE_TEST_VFORMAT(format_string, ...) std::vformat(format_string, std::make_format_args(__VA_ARGS__))
#define TCCODE_TEST_FORMAT_ERROR std::format_error
#define TCCODE_TEST_LIBRARY "std::format"
#include "format_cases.hpp"

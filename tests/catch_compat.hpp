// SPDX-License-Identifier: MIT
// Catch2 v3 or v2, chosen by CMake through TCCODE_CATCH2_MAJOR (both install into catch2/, so
// __has_include cannot tell them apart). Tests use only macros that both versions have.
#ifndef TCCODE_TESTS_CATCH_COMPAT_HPP
#define TCCODE_TESTS_CATCH_COMPAT_HPP

#if TCCODE_CATCH2_MAJOR == 3
#include <catch2/catch_template_test_macros.hpp>
#include <catch2/catch_test_macros.hpp>
#elif TCCODE_CATCH2_MAJOR == 2
#include <catch2/catch.hpp>
#else
#error "TCCODE_CATCH2_MAJOR must be 2 or 3"
#endif

#endif  // TCCODE_TESTS_CATCH_COMPAT_HPP

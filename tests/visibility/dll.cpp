// SPDX-License-Identifier: MIT
// Windows: built twice, as two DLLs; TCCODE_TEST_LIBRARY names the exported functions. Each makes
// error codes with tccode's categories, of which each DLL has its own (dll_main.cpp).
#include <tccode/tccode.hpp>

#define TCCODE_TEST_EXPORT __declspec(dllexport)
#define TCCODE_TEST_CAT2(a, b) a##b
#define TCCODE_TEST_CAT(a, b) TCCODE_TEST_CAT2(a, b)
#define TCCODE_TEST_FUNCTION(name) TCCODE_TEST_CAT(TCCODE_TEST_LIBRARY, name)

TCCODE_TEST_EXPORT std::error_code TCCODE_TEST_FUNCTION(_public)() { return tccode::public_code::api_unavailable; }
TCCODE_TEST_EXPORT std::error_condition TCCODE_TEST_FUNCTION(_condition)() { return tccode::condition::retryable; }

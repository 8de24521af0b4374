// SPDX-License-Identifier: MIT
// Must not compile: a constexpr table with two rows of code 2. With TCCODE_TEST_CONTROL defined
// the rows differ and it compiles, so the failure is the duplicate's and nothing else's.
#include <tccode/tccode.hpp>

#ifdef TCCODE_TEST_CONTROL
#define TCCODE_TEST_SECOND_CODE 3
#else
#define TCCODE_TEST_SECOND_CODE 2
#endif

constexpr tccode::row rows[] = {tccode::make_row(2, "first"), tccode::make_row(TCCODE_TEST_SECOND_CODE, "second")};
constexpr tccode::table duplicate{rows};

int main() { return static_cast<int>(duplicate.size()) - 2; }

// SPDX-License-Identifier: MIT
// The core header stays light: it must not bring <string> or <system_error> (each several times the
// compile time of <string_view>). Compiling this file is the test.
#include <tccode/core.hpp>

#if defined(_GLIBCXX_STRING) || defined(_LIBCPP_STRING) || defined(_STRING_)
#error "<tccode/core.hpp> includes <string>"
#endif
#if defined(_GLIBCXX_SYSTEM_ERROR) || defined(_LIBCPP_SYSTEM_ERROR) || defined(_SYSTEM_ERROR_)
#error "<tccode/core.hpp> includes <system_error>"
#endif

static_assert(tccode::explain(5100, "").retry() == tccode::retry_advice::backoff, "the core has explain");

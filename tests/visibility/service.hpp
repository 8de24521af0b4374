// SPDX-License-Identifier: MIT
// A service of the user's own, included by both shared libraries of the visibility test: with
// TCCODE_VISIBLE on its tables, each is one object in the program, and so is each of its categories.
#ifndef TCCODE_TESTS_VISIBILITY_SERVICE_HPP
#define TCCODE_TESTS_VISIBILITY_SERVICE_HPP

#include <tccode/tccode.hpp>

namespace visibility_test {

constexpr tccode::row queue_rows[] = {
    tccode::make_row(4420, "qps_throttled")
        .with_type("QPS 限流", "QPS throttled")
        .with_description("请求超过 QPS 限制。", "The requests exceed the QPS limit.")
        .with_retry(tccode::retry_advice::throttled),
};
TCCODE_VISIBLE inline constexpr tccode::table queue_overrides{"queue", queue_rows};
TCCODE_VISIBLE inline constexpr tccode::service queue{"queue", queue_overrides};

}  // namespace visibility_test

#endif  // TCCODE_TESTS_VISIBILITY_SERVICE_HPP

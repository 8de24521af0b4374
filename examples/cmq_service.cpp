// SPDX-License-Identifier: MIT
// Extending a built-in service: CMQ, Tencent Cloud's message queue, is built in
// (<tccode/services/cmq.hpp>, from its official error page). The page writes "4440 (10100)" for a
// queue that does not exist: older CMQ servers answer with the public code 4440, which the page
// lists only beside the module code 10100. An SDK that meets both adds 4440 to the built-in service.
// The README shows this program, docs/services.md its output.
#include <tccode/services/cmq.hpp>
#include <tccode/tccode.hpp>

#include <iostream>
#include <string>

namespace {

constexpr tccode::row older_rows[] = {
    tccode::make_row(4440, "queue_not_found")
        .with_type("队列不存在", "Queue does not exist")
        .with_description("队列不存在或者队列已经被删除", "The queue does not exist or has been deleted.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::not_found),
};
constexpr tccode::table older_codes{"cmq_older", older_rows};
// Its own rows first, then the built-in service's (which must outlive it, as constexpr objects do).
constexpr tccode::service cmq{"cmq", older_codes, tccode::services::cmq};

struct response {
  int code;
  std::string message;
};

}  // namespace

int main() {
  // Responses of a CMQ client, as its servers send them.
  const response responses[] = {{4440, "queue is not existed, or deleted"},
                                {7000, "(10200)no message"},
                                {4400, "(10230)exceed maximum message size"},
                                {4000, "(10320)no such parameter queueName"}};
  for (const response& r : responses) {
    const tccode::explanation e = tccode::explain(r.code, r.message, cmq, tccode::lang::en);
    std::cout << e << "\n"
              << "  without the service: " << tccode::explain(r.code, r.message, tccode::lang::en) << "\n";
  }
}

// SPDX-License-Identifier: MIT
// A service of your own: CMQ, Tencent Cloud's message queue (announced for retirement), answers on
// API 2.0 with public codes in meanings of its own. Its C++ SDK documents them in cmq_exception.h
// (github.com/tencentyun/cmq-cpp-sdk); the Chinese descriptions below are that header's words. The
// README's "A service of your own" shows this profile and what this program prints.
#include <tccode/tccode.hpp>

#include <iostream>
#include <string>

namespace {

constexpr tccode::row cmq_rows[] = {
    tccode::make_row(4400, "message_too_large")
        .with_type("消息过大", "Message too large")
        .with_description("消息大小超过队列属性设置的最大值", "The message is larger than the queue's maximum size.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::invalid_argument),
    tccode::make_row(4420, "qps_throttled")
        .with_type("QPS 限流", "QPS throttled")
        .with_description("qps限流", "The requests exceed the queue's QPS limit.")
        .with_retry(tccode::retry_advice::throttled)
        .with_canonical(tccode::canonical_code::resource_exhausted),
    tccode::make_row(7000, "no_message")
        .with_type("没有消息", "No message")
        .with_description("空消息，即队列当前没有可用消息", "The queue has no message to receive now.")
        .with_retry(tccode::retry_advice::backoff)
        .with_canonical(tccode::canonical_code::not_found),
    tccode::make_row(4100, "secret_key_invalid")
        .with_type("鉴权失败", "Authentication failed")
        .with_description("鉴权失败:密钥不存在/失效", "The secret key does not exist or is no longer valid.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::unauthenticated),
    tccode::make_row(4300, "account_in_arrears")
        .with_type("账户欠费", "Account in arrears")
        .with_description("账户欠费了", "The account is in arrears.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::failed_precondition),
    tccode::make_row(4410, "queue_backlog_full")
        .with_type("消息堆积已满", "Queue backlog full")
        .with_description("已达到队列最大的消息堆积数", "The queue holds its maximum number of messages.")
        .with_retry(tccode::retry_advice::backoff)
        .with_canonical(tccode::canonical_code::resource_exhausted),
    tccode::make_row(4430, "receipt_handle_invalid")
        .with_type("句柄无效", "Invalid receipt handle")
        .with_description("删除消息的句柄不合法或者过期了",
                          "The receipt handle of the message to delete is invalid or has expired.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::invalid_argument),
    tccode::make_row(4440, "queue_not_found")
        .with_type("队列不存在", "Queue does not exist")
        .with_description("队列不存在", "The queue does not exist.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::not_found),
    tccode::make_row(4450, "queue_limit_reached")
        .with_type("队列数超限", "Too many queues")
        .with_description("队列个数超过限制", "The account has the maximum number of queues.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::resource_exhausted),
    tccode::make_row(4460, "queue_exists")
        .with_type("队列已存在", "Queue already exists")
        .with_description("队列已经存在", "A queue of this name already exists.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::already_exists),
    tccode::make_row(6010, "batch_delete_failed")
        .with_type("批量删除失败", "Batch delete failed")
        .with_description("批量删除消息失败（具体原因还要看每个消息删除失败的错误码）",
                          "Deleting a batch of messages failed; each message's own code tells why.")
        .with_remedy("只重新删除失败的消息。", "Delete again only the messages that failed.")
        .with_retry(tccode::retry_advice::never)
        .with_canonical(tccode::canonical_code::unknown),
};
constexpr tccode::table cmq_codes{"cmq", cmq_rows};
constexpr tccode::service cmq{"cmq", cmq_codes};

struct response {
  int code;
  std::string message;
};

}  // namespace

int main() {
  // Five responses of a CMQ client, as its server sends them.
  const response responses[] = {{4400, "message is too long"},
                                {4420, "qps limit exceeded"},
                                {6010, "batch delete failed"},
                                {7000, "no message"},
                                {4410, "queue is full"}};
  for (const response& r : responses) {
    std::cout << tccode::explain(r.code, r.message, cmq, tccode::lang::en) << "\n"
              << "  without the service: " << tccode::explain(r.code, r.message, tccode::lang::en) << "\n";
  }
  const std::string throttled = "qps limit exceeded";
  const std::error_code ec = tccode::make_error_code(tccode::explain(4420, throttled, cmq, tccode::lang::en));
  std::cout << ec.category().name() << " " << ec.value() << ": " << ec.message() << "; throttled: " << std::boolalpha
            << (ec == tccode::condition::throttled) << "\n";
}

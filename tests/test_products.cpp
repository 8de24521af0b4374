// SPDX-License-Identifier: MIT
// API 3.0's products (<tccode/products/NAME.hpp>): real codes that each judgement rule is for, the
// product's row before the hierarchy, versions, English from another version, and lookup cost's shape.
// A few products' headers only: the whole catalogue (<tccode/products.hpp>) is the tool's and
// tests/api3/check_products.py's.
#include <tccode/api3.hpp>
#include <tccode/products/apigateway.hpp>
#include <tccode/products/as.hpp>
#include <tccode/products/cbs.hpp>
#include <tccode/products/clb.hpp>
#include <tccode/products/cpdp.hpp>
#include <tccode/products/dnspod.hpp>
#include <tccode/products/ioa.hpp>
#include <tccode/products/tke.hpp>
#include <tccode/retry.hpp>
#include <tccode/tccode.hpp>

#include <chrono>
#include <string>
#include <string_view>

#include "catch_compat.hpp"

namespace {

using std::chrono::milliseconds;
using tccode::lang;
using tccode::retry_action;
using tccode::retry_advice;
namespace products = tccode::products;

constexpr tccode::retry_policy policy{};

retry_action first_retry(const tccode::explanation& e, bool idempotent) {
  return tccode::decide(policy, e, {1, milliseconds(0), idempotent}, 0.5).action;
}

std::string_view rule_of(const tccode::explanation& e) {
  return e.judged_by() != nullptr ? tccode::judgement_rules[e.judged_by()->rule] : "none";
}

}  // namespace

TEST_CASE("products: a code's own row judges it, with the rule that made the judgement", "[products]") {
  // "稍后重试" that did not run: cbs InvalidDisk.Busy, "云硬盘忙，请稍后重试。" (reviewed: the disk is busy).
  const tccode::explanation busy = tccode::explain("InvalidDisk.Busy", "", products::cbs, lang::en);
  REQUIRE(busy.product_row() != nullptr);
  CHECK(busy.product_row()->code == "InvalidDisk.Busy");
  CHECK(busy.judgement()->id == "retry_later");
  CHECK(!busy.may_have_executed());
  CHECK(first_retry(busy, false) == retry_action::retry);  // even a create: nothing ran
  CHECK(busy.description() == "The cloud disk is busy. Try again later.");
  // "失败，请稍后重试": it may have run. apigateway InternalError.DbException, "数据库操作失败，请稍后重试。".
  const tccode::explanation db = tccode::explain("InternalError.DbException", "", products::apigateway);
  CHECK(db.judgement()->id == "failed_retry_later");
  CHECK(db.may_have_executed());
  CHECK(first_retry(db, true) == retry_action::retry);
  CHECK(first_retry(db, false) == retry_action::stop);
  // A negation, "不可重试": cpdp FailedOperation.RefundNotRetrieable, "不可重试退款。".
  const tccode::explanation refund = tccode::explain("FailedOperation.RefundNotRetrieable", "", products::cpdp);
  CHECK(refund.judgement()->id == "refused_no_repeat");
  CHECK(refund.retry() == retry_advice::never);
  // A rate under LimitExceeded: cbs LimitExceeded.TagQuotaLimitExceeded, "调用标签服务超过了频率限制。".
  const tccode::explanation rate = tccode::explain("LimitExceeded.TagQuotaLimitExceeded", "", products::cbs);
  CHECK(rate.retry() == retry_advice::throttled);
  CHECK(tccode::explain("LimitExceeded", "").retry() == retry_advice::never);  // the family is a quota
  // "In progress" under RequestLimitExceeded: not throttling. ioa
  // RequestLimitExceeded.WaitForTheLastOperationToComplete, "上次操作还未完成，请稍后重试。".
  const tccode::explanation wait =
      tccode::explain("RequestLimitExceeded.WaitForTheLastOperationToComplete", "", products::ioa);
  CHECK(wait.judgement()->id == "busy");
  CHECK(wait.retry() == retry_advice::backoff);
  // A number of requests under RequestLimitExceeded is a rate, not a count: dnspod, judged by a rule.
  const tccode::explanation count = tccode::explain("RequestLimitExceeded.RequestLimitExceeded", "", products::dnspod);
  CHECK(count.retry() == retry_advice::throttled);  // "API请求次数超出限制": a number of requests is a rate
  // An unknown first segment: as CallCvmError, "CVM接口调用失败。": a code nothing knows.
  const tccode::explanation call_cvm = tccode::explain("CallCvmError", "", products::as);
  REQUIRE(call_cvm.product_row() != nullptr);
  CHECK(rule_of(call_cvm) == "unknown");
  CHECK(call_cvm.judgement()->id == "unknown_code");
  CHECK(call_cvm.may_have_executed());
  // The rule behind each: verdicts of the hand review, or a rule of data/api3/text_rules.tsv.
  CHECK(rule_of(busy) == "verdict");
  CHECK(rule_of(count) == "prefix");  // RequestLimitExceeded judges it: the quota rule does not take 次数
}

TEST_CASE("products: the product's row wins, and an unlisted code falls back to the hierarchy", "[products]") {
  // A product's InternalError restates the common code: the common judgement.
  const tccode::explanation internal = tccode::explain("InternalError", "", products::cbs);
  REQUIRE(internal.product_row() != nullptr);
  CHECK(internal.judgement()->id == "server_error");
  CHECK(internal.common_row() != nullptr);
  // A product's row knows its family's common row: the generator recorded it, and it is the one a
  // search finds (as for a table of the user's, which records none).
  const tccode::explanation migrating = tccode::explain("ResourceInUse.DiskMigrating", "", products::cbs);
  REQUIRE(migrating.product_row() != nullptr);
  CHECK(migrating.product_row()->common != 0);
  REQUIRE(migrating.common_row() != nullptr);
  CHECK(migrating.common_row()->code == "ResourceInUse");
  tccode::code_row unrecorded = *migrating.product_row();
  unrecorded.common = 0;
  const tccode::code_row own[] = {unrecorded};
  CHECK(tccode::explain("ResourceInUse.DiskMigrating", "", tccode::product{"cbs", "", own}).common_row() ==
        migrating.common_row());
  // A common code that the product does not list is judged by the common row, not by the product's
  // shorter prefix (cbs lists UnsupportedOperation, "do not retry"; the common codes the answer to a
  // ClientToken still in progress).
  REQUIRE(products::cbs.find("UnsupportedOperation") != nullptr);
  const tccode::explanation processing =
      tccode::explain("UnsupportedOperation.IdempotentProcessing", "", products::cbs, lang::en);
  CHECK(processing.product_row() == nullptr);
  REQUIRE(processing.judged_by() != nullptr);
  CHECK(processing.judged_by()->code == "UnsupportedOperation.IdempotentProcessing");
  CHECK(processing.judgement()->id == "token_in_progress");
  CHECK(tccode::to_string(processing).find("judged as") == std::string::npos);
  CHECK(std::string(tccode::make_error_code(processing).category().name()) ==
        "tccode.cbs.UnsupportedOperation.IdempotentProcessing.en");
  // A code under no common family has none.
  const tccode::code_row* disk = products::cbs.find("InvalidDisk.Busy");
  REQUIRE(disk != nullptr);
  CHECK(disk->common == tccode::code_row::no_common_row);
  CHECK(tccode::explain("InvalidDisk.Busy", "", products::cbs).common_row() == nullptr);
  // An unlisted child of a product's code: its longest listed prefix in the product.
  const tccode::explanation child = tccode::explain("InvalidDisk.Busy.Later", "", products::cbs);
  CHECK(child.judged_by() == products::cbs.find("InvalidDisk.Busy"));
  CHECK(tccode::to_string(child, lang::en).rfind("InvalidDisk.Busy.Later (judged as InvalidDisk.Busy)", 0) == 0);
  // A code of another product is not this one's: ResourceInUse.DiskMigrating is cbs's.
  CHECK(products::cbs.find("ResourceInUse.DiskMigrating") != nullptr);
  CHECK(tccode::explain("ResourceInUse.DiskMigrating", "", products::clb).judged_by()->code == "ResourceInUse");
}

TEST_CASE("products: versions, and English of another version", "[products][versions]") {
  // TKE: the main API is 2018-05-25; its newest version, 2022-05-01, has 26 codes.
  STATIC_REQUIRE(products::tke.version() == "2022-05-01");
  STATIC_REQUIRE(products::tke.size() == 26);
  STATIC_REQUIRE(products::tke_v20180525.size() == 226);
  STATIC_REQUIRE(products::tke_v20180525.name() == "tke");
  CHECK(tccode::explain("InternalError.Db", "", products::tke_v20180525).product_row() != nullptr);
  // clb: Chinese 2018-03-17 (its name's version); the English SDK also has 2023-04-17, English only.
  STATIC_REQUIRE(products::clb.version() == "2018-03-17");
  CHECK(products::clb_v20230417.size() > 0);
  CHECK(products::clb_v20230417.begin()->zh.empty());
  // A row whose English is another version's says so: tke 2022-05-01's InternalError.CamNoAuth has its
  // English from the English SDK's tke 2018-05-25.
  const tccode::code_row* cam = products::tke.find("InternalError.CamNoAuth");
  REQUIRE(cam != nullptr);
  CHECK((cam->flags & tccode::code_row::english_of_other_version) != 0);
  CHECK(!cam->en.empty());
  CHECK((products::tke_v20180525.find("InternalError.CamNoAuth")->flags & tccode::code_row::english_of_other_version) ==
        0);
  // Each table is sorted by value, each value the code's.
  for (const tccode::product* p : {&products::cbs, &products::tke_v20180525, &products::clb, &products::apigateway}) {
    int previous = 0;
    for (const tccode::code_row& r : *p) {
      INFO(std::string(p->name()) << " " << std::string(r.code));
      CHECK(r.value == tccode::code_value(r.code));
      CHECK(r.value > previous);
      CHECK(p->find(r.code) == &r);
      previous = r.value;
    }
  }
}

TEST_CASE("products: an error code of a product's code", "[products][system_error]") {
  const std::error_code ec = tccode::make_error_code(tccode::explain("InvalidDisk.Busy", "", products::cbs, lang::en));
  CHECK(ec.value() == tccode::code_value("InvalidDisk.Busy"));
  CHECK(std::string(ec.category().name()) == "tccode.cbs.InvalidDisk.Busy.en");
  CHECK(ec.message() == "The cloud disk is busy. Try again later.");
  CHECK(ec == tccode::condition::retryable);
  CHECK(tccode::make_error_code(tccode::explain("InvalidDisk.Busy", "", products::cbs), false) ==
        tccode::condition::retryable);  // it did not run: a create may retry it
}

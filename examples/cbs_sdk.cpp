// SPDX-License-Identifier: MIT
// The official C++ SDK (tencentcloud-sdk-cpp) in tccode's retry loop: CbsClient::DescribeDisks and
// CbsClient::CreateDisks, every failed attempt explained, decided and logged, and the error code returned
// agreeing with what was decided. A create is retried only with a ClientToken, drawn once for the call and
// sent on every attempt, so that the server runs it once. tests/sdk/ runs it against a mock of the CBS
// endpoint: cbs_sdk 127.0.0.1:PORT CALL (the README's "With the official C++ SDK" shows call()).
#include <tccode/api3.hpp>
#include <tccode/products/cbs.hpp>
#include <tccode/retry.hpp>
#include <tccode/tccode.hpp>

#include <tencentcloud/cbs/v20170312/CbsClient.h>
#include <tencentcloud/cbs/v20170312/model/CreateDisksRequest.h>
#include <tencentcloud/cbs/v20170312/model/DescribeDisksRequest.h>
#include <tencentcloud/cbs/v20170312/model/Placement.h>
#include <tencentcloud/core/Credential.h>
#include <tencentcloud/core/TencentCloud.h>
#include <tencentcloud/core/profile/ClientProfile.h>
#include <tencentcloud/core/profile/HttpProfile.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>
#include <system_error>
#include <thread>

namespace {

namespace cbs = TencentCloud::Cbs::V20170312;

// CBS's meaning of its codes: its own (ResourceInUse.DiskMigrating, InvalidDisk.Busy...), then the common ones.
const tccode::product& product = tccode::products::cbs;

tccode::retry_budget budget;  // one for each endpoint, shared by every call to it
std::mt19937 rng(2026);       // NOLINT(cert-msc32-c,cert-msc51-cpp): seeded, so that a run prints the same delays

// One call of the SDK in tccode's loop: `send` makes one attempt and returns the SDK's outcome (the SDK
// signs every attempt anew). `idempotent` is false for a call that must not run twice: a create without
// a ClientToken. The error code returned is retryable only where a retry could not run the call twice.
template <class Send>
std::error_code call(const Send& send, bool idempotent, const tccode::retry_policy& policy) {
  const auto start = std::chrono::steady_clock::now();
  int taken = 0;  // what the last retry took from the budget
  for (int attempts = 1;; ++attempts) {
    auto outcome = send();
    if (outcome.IsSuccess()) {
      std::cout << "  attempt " << attempts << ": ok requestId=" << outcome.GetResult().GetRequestId() << "\n";
      budget.on_success(taken);
      return {};
    }
    const TencentCloud::Core::Error& error = outcome.GetError();
    // GetErrorCode() and GetErrorMessage() return strings by value: e keeps them (an owned_explanation).
    const auto e = tccode::explain(error.GetErrorCode(), error.GetErrorMessage(), product, tccode::lang::en);
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    tccode::retry_decision d = tccode::decide(policy, e, {attempts, elapsed, idempotent}, rng);
    if (d.action != tccode::retry_action::stop && !budget.try_acquire(d.cost)) {
      d = {tccode::retry_action::stop, {}, 0, tccode::stop_reason::budget};
    }
    std::cout << "  attempt " << attempts << ": " << tccode::to_string(e, d, error.GetRequestId()) << "\n";
    if (d.action == tccode::retry_action::stop) {
      return tccode::make_error_code(e, idempotent);
    }
    taken = d.cost;
    std::this_thread::sleep_for(d.delay);
  }
}

// DescribeDisks: a read, which may run twice.
std::error_code describe_disks(cbs::CbsClient& client, const tccode::retry_policy& policy) {
  cbs::Model::DescribeDisksRequest request;
  request.SetLimit(20);
  std::cout << "DescribeDisks:\n";
  return call([&] { return client.DescribeDisks(request); }, true, policy);
}

// A ClientToken: random, drawn once for a call and sent on every attempt of it.
std::string new_client_token() {
  std::random_device device;
  std::uniform_int_distribution<unsigned> hex_digit(0, 15);
  std::string token;
  for (int i = 0; i < 32; ++i) {
    token += "0123456789abcdef"[hex_digit(device)];
  }
  return token;
}

// CreateDisks: a create, which must not run twice. With a ClientToken the server runs it once whatever
// the attempts, so it may be retried after a failure that may have run; without one it may not.
std::error_code create_disks(cbs::CbsClient& client, bool with_client_token, const tccode::retry_policy& policy) {
  cbs::Model::CreateDisksRequest request;
  cbs::Model::Placement placement;
  placement.SetZone("ap-guangzhou-3");
  request.SetPlacement(placement);
  request.SetDiskChargeType("POSTPAID_BY_HOUR");
  request.SetDiskType("CLOUD_PREMIUM");
  request.SetDiskSize(50);
  std::cout << "CreateDisks";
  if (with_client_token) {
    const std::string token = new_client_token();
    request.SetClientToken(token);
    std::cout << " with ClientToken " << token;
  }
  std::cout << ":\n";
  const bool idempotent = request.ClientTokenHasBeenSet() && tccode::takes_client_token("cbs", "CreateDisks");
  return call([&] { return client.CreateDisks(request); }, idempotent, policy);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr,
                 "usage: %s HOST:PORT CALL\n"
                 "  CALL: describe (DescribeDisks), create (CreateDisks), create_with_token (with a ClientToken)\n",
                 argv[0]);  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
    return 2;
  }
  const std::string endpoint = argv[1];  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
  const std::string what = argv[2];      // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)

  // A plain-HTTP endpoint (the mock server), and an answer within a second.
  TencentCloud::HttpProfile http;
  http.SetProtocol(TencentCloud::HttpProfile::Scheme::HTTP);
  http.SetEndpoint(endpoint);
  http.SetReqTimeout(1);
  http.SetConnectTimeout(1);
  TencentCloud::ClientProfile profile(http);
  const TencentCloud::Credential credential("AKIDEXAMPLE", "secret-key-of-the-example");

  // Small delays, so that the test is quick: the defaults are 50 ms, and 1 s after throttling.
  tccode::retry_policy policy;
  policy.base_delay = std::chrono::milliseconds(20);
  policy.throttled_base_delay = std::chrono::milliseconds(100);

  TencentCloud::InitAPI();
  std::error_code ec;
  {
    cbs::CbsClient client(credential, "ap-guangzhou", profile);
    if (what == "describe") {
      ec = describe_disks(client, policy);
    } else if (what == "create") {
      ec = create_disks(client, false, policy);
    } else if (what == "create_with_token") {
      ec = create_disks(client, true, policy);
    } else {
      std::fprintf(stderr, "unknown call %s\n", what.c_str());
      TencentCloud::ShutdownAPI();
      return 2;
    }
  }
  TencentCloud::ShutdownAPI();
  std::cout << "result: " << (ec ? ec.category().name() + std::string(" ") + std::to_string(ec.value()) : "ok")
            << (ec == tccode::condition::retryable ? ", retryable" : "")
            << (ec == tccode::condition::may_have_executed ? ", may have run" : "") << "\n";
  std::cout << "retry budget: " << budget.available() << " of " << budget.capacity() << " tokens\n";
  return 0;
}

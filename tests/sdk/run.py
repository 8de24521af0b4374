#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs examples/cbs_sdk.cpp (the official C++ SDK's CbsClient in tccode's retry loop) against
tests/sdk/mock_server.py, one scenario of issue 28 at a time, and checks what the server executed and what
the loop decided: python3 run.py CBS_SDK_PROGRAM --work=DIR

For each scenario: the mock starts on a free port with the scenario's answers, the example makes its call,
and the mock's record (every request it received, every CreateDisks it executed) and the example's lines
(one per attempt, with the decision, and the result) are compared with what the scenario expects. One line per
scenario with the counts; the last line is "sdk: all N scenarios ok", or the test fails saying what differed.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

# The answers of the scenarios that the retry policy of the example meets: base delay 20 ms, 100 ms after
# throttling, 3 attempts; the client's timeout is 1 s, so a server that waits 2.5 s times out.
BASE_MS = 20
THROTTLED_BASE_MS = 100
REFUSED = {"runs": False}  # a refusal before the work: it did not run

SCENARIOS = [
    {
        "name": "describe_throttled",
        "says": "DescribeDisks: RequestLimitExceeded twice, then success: 3 attempts, throttled delays",
        "call": "describe",
        "script": {"DescribeDisks": [
            {"error": "RequestLimitExceeded", "message": "Your current request times equals to `21` in a second, "
             "which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls.", **REFUSED},
            {"error": "RequestLimitExceeded", "message": "Your current request times equals to `22` in a second, "
             "which exceeds the frequency limit `20` for a second. Please reduce the frequency of calls.", **REFUSED},
            {"ok": True}]},
        "attempts": ["RequestLimitExceeded retry", "RequestLimitExceeded retry", "ok"],
        "executed": 1,
        "throttled": True,
        "result": "ok",
    },
    {
        "name": "create_internal_error",
        "says": "CreateDisks without a ClientToken, InternalError: executed once, not retried",
        "call": "create",
        "script": {"CreateDisks": [{"error": "InternalError", "message": "An internal error has occurred."}]},
        "attempts": ["InternalError stop"],
        "executed": 1,
        "created": 1,
        "tokens": "none",
        "result": "error, may have run",
    },
    {
        "name": "create_token_internal_error",
        "says": "CreateDisks with a ClientToken, InternalError then success: retried, the same token twice, "
                "created once",
        "call": "create_with_token",
        "script": {"CreateDisks": [{"error": "InternalError", "message": "An internal error has occurred."},
                                   {"ok": True}]},
        "attempts": ["InternalError retry", "ok"],
        "executed": 2,
        "created": 1,
        "tokens": "same",
        "result": "ok",
    },
    {
        "name": "create_token_still_processing",
        "says": "CreateDisks with a ClientToken, the vpc-style \"still processing\" answer first: waits, same token",
        "call": "create_with_token",
        "script": {"CreateDisks": [
            {"error": "UnsupportedOperation.IdempotentProcessing",
             "message": "The previous idempotent request is still being processed. Please try again later.",
             **REFUSED},
            {"ok": True}]},
        "attempts": ["UnsupportedOperation.IdempotentProcessing retry", "ok"],
        "executed": 1,
        "created": 1,
        "tokens": "same",
        "result": "ok",
    },
    {
        "name": "create_timeout",
        "says": "CreateDisks without a ClientToken, the request times out after the server received it: "
                "not retried",
        "call": "create",
        "script": {"CreateDisks": [{"ok": True, "delay": 2.5}]},
        "attempts": ["NetworkError stop"],
        "timeout_text": True,
        "executed": 1,
        "created": 1,
        "tokens": "none",
        "result": "error, may have run",
    },
    {
        "name": "create_token_timeout",
        "says": "CreateDisks with a ClientToken, the request times out after the server received it: retried "
                "with the same token",
        "call": "create_with_token",
        "script": {"CreateDisks": [{"ok": True, "delay": 2.5}, {"ok": True}]},
        "attempts": ["NetworkError retry", "ok"],
        "timeout_text": True,
        "executed": 2,
        "created": 1,
        "tokens": "same",
        "result": "ok",
    },
    {
        "name": "describe_bad_responses",
        "says": "DescribeDisks, a 502 page and then {\"Response\": null}: both retried (a read may run twice)",
        "call": "describe",
        "script": {"DescribeDisks": [
            {"status": 502, "body": "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n"},
            {"body": "{\"Response\": null}"},
            {"ok": True}]},
        "attempts": ["ServiceNetworkError retry", "CoreInternalError retry", "ok"],
        "executed": 3,
        "result": "ok",
    },
    {
        "name": "signature_expired",
        "says": "AuthFailure.SignatureExpire: one attempt, stop",
        "call": "describe",
        "script": {"DescribeDisks": [
            {"error": "AuthFailure.SignatureExpire", "message": "Signature expired. Timestamp comparing to the "
             "server time should not exceed 5 minutes.", **REFUSED}]},
        "attempts": ["AuthFailure.SignatureExpire stop"],
        "executed": 0,
        "result": "error",
    },
]

ATTEMPT = re.compile(r"^  attempt (\d+): (.*)$")
DECISION = re.compile(r" \[(retry in (\d+) ms|stop: [^\]]*)\]( requestId=\S*)?$")


def without_proxy():
    """The environment without a proxy: libcurl must reach 127.0.0.1 itself."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def run_scenario(program, mock_path, work, scenario):
    """Runs one scenario: (the example's output, the mock's record, seconds)."""
    script_path = os.path.join(work, scenario["name"] + ".script.json")
    record_path = os.path.join(work, scenario["name"] + ".record.json")
    with open(script_path, "w", encoding="utf-8") as f:
        json.dump(scenario["script"], f, indent=1)
    started = time.monotonic()
    mock = subprocess.Popen([sys.executable, mock_path, "--script", script_path, "--record", record_path],
                            stdout=subprocess.PIPE, text=True)
    try:
        first = mock.stdout.readline()
        match = re.match(r"port (\d+)$", first.strip())
        if not match:
            raise RuntimeError(f"the mock server did not start: {first!r}")
        run = subprocess.run([program, f"127.0.0.1:{match.group(1)}", scenario["call"]], capture_output=True,
                             text=True, timeout=60, env=without_proxy())
    finally:
        mock.terminate()
        mock.wait(timeout=10)
    seconds = time.monotonic() - started
    with open(record_path, encoding="utf-8") as f:
        record = json.load(f)
    with open(os.path.join(work, scenario["name"] + ".out"), "w", encoding="utf-8") as f:
        f.write(run.stdout + run.stderr)
    if run.returncode != 0:
        raise RuntimeError(f"the example exited with {run.returncode}: {run.stdout}{run.stderr}")
    return run.stdout, record, seconds


def check(scenario, output, record):
    """What differs from what the scenario expects: a list of sentences, empty when all is as expected."""
    problems = []
    lines = output.splitlines()
    attempts = [ATTEMPT.match(line) for line in lines if ATTEMPT.match(line)]
    requests = [r for r in record["requests"] if r["action"] != ""]
    expected = scenario["attempts"]

    if [int(a.group(1)) for a in attempts] != list(range(1, len(attempts) + 1)):
        problems.append("the attempts are not numbered 1, 2, ...")
    if len(attempts) != len(expected):
        problems.append(f"{len(attempts)} attempts, expected {len(expected)}")
    if len(requests) != len(attempts):
        problems.append(f"the server received {len(requests)} requests for {len(attempts)} attempts")
    for number, (attempt, want) in enumerate(zip(attempts, expected), 1):
        text = attempt.group(2)
        if want == "ok":
            if not text.startswith("ok"):
                problems.append(f"attempt {number} should succeed: {text}")
            continue
        code, action = want.split()
        decision = DECISION.search(text)
        if not text.startswith((code + ": ", code + " (judged as ")):
            problems.append(f"attempt {number} should fail with {code}: {text}")
        if not decision:
            problems.append(f"attempt {number} has no decision: {text}")
        elif not decision.group(1).startswith(action):
            problems.append(f"attempt {number} should {action}: {decision.group(1)}")
        if scenario.get("timeout_text") and "Operation timed out after" not in text:
            problems.append(f"attempt {number} should be libcurl's timeout after the request was sent: {text}")

    # Throttled delays: each within the throttled ceiling (100 ms, doubling), and some above the ceiling of
    # a retry that is not throttled (20 ms, doubling), which no other delay can reach.
    delays = [int(d.group(2)) for d in (DECISION.search(a.group(2)) for a in attempts) if d and d.group(2)]
    if scenario.get("throttled"):
        over_base = False
        for k, delay in enumerate(delays, 1):
            if delay > THROTTLED_BASE_MS * 2 ** (k - 1):
                problems.append(f"retry {k} waits {delay} ms, above the throttled ceiling")
            over_base = over_base or delay > BASE_MS * 2 ** (k - 1)
        if not over_base:
            problems.append(f"the delays {delays} ms are no longer than unthrottled ones: not throttled delays")
    else:
        for k, delay in enumerate(delays, 1):
            if delay > BASE_MS * 2 ** (k - 1):
                problems.append(f"retry {k} waits {delay} ms, above the ceiling {BASE_MS * 2 ** (k - 1)} ms")

    executed = sum(1 for r in requests if r["ran"])
    if executed != scenario["executed"]:
        problems.append(f"the server executed {executed} requests, expected {scenario['executed']}")
    if "created" in scenario and len(record["created"]) != scenario["created"]:
        problems.append(f"the server created disks {len(record['created'])} times, expected {scenario['created']}")
    tokens = [r["client_token"] for r in requests]
    if scenario.get("tokens") == "none" and any(tokens):
        problems.append(f"a ClientToken was sent: {tokens}")
    if scenario.get("tokens") == "same":
        printed = re.search(r"with ClientToken (\S+):", output)
        if not tokens or not tokens[0] or len(set(tokens)) != 1:
            problems.append(f"the attempts did not send one ClientToken: {tokens}")
        elif not printed or printed.group(1) != tokens[0]:
            problems.append(f"the server saw ClientToken {tokens[0]}, not the call's")

    result = next((line[len("result: "):] for line in lines if line.startswith("result: ")), None)
    want = scenario["result"]
    if result is None:
        problems.append("no result line")
    elif want == "ok" and result != "ok":
        problems.append(f"the result should be ok: {result}")
    elif want != "ok":
        if result == "ok":
            problems.append("the result should be an error")
        elif ", retryable" in result:
            problems.append(f"the result should not be retryable: {result}")
        elif want.endswith("may have run") != result.endswith("may have run"):
            problems.append(f"the result should {'' if want.endswith('may have run') else 'not '}say that it "
                            f"may have run: {result}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", help="the example, examples/cbs_sdk.cpp built against the SDK")
    parser.add_argument("--work", required=True, help="a directory for the scripts, records and outputs")
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    mock_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mock_server.py")

    failed = 0
    for scenario in SCENARIOS:
        try:
            output, record, seconds = run_scenario(args.program, mock_path, args.work, scenario)
            problems = check(scenario, output, record)
        except (RuntimeError, OSError, ValueError, subprocess.SubprocessError) as error:
            output, record, seconds, problems = "", {"requests": [], "created": []}, 0.0, [str(error)]
        requests = record["requests"]
        tokens = [r["client_token"] for r in requests if r["client_token"]]
        summary = (f"scenario {scenario['name']}: {sum(1 for line in output.splitlines() if ATTEMPT.match(line))} "
                   f"attempts, server received {len(requests)}, executed {sum(1 for r in requests if r['ran'])}, "
                   f"created {len(record['created'])}, tokens {tokens} ({seconds:.1f} s)")
        if problems:
            failed += 1
            print(f"{summary}: FAILED ({scenario['says']})")
            for problem in problems:
                print(f"  {problem}")
            print("  the example printed:")
            for line in output.splitlines():
                print(f"    {line}")
        else:
            print(f"{summary}: ok")
            for line in output.splitlines():
                if line.startswith(("  attempt ", "result: ")):
                    print(f"  {line.strip()}")
    if failed:
        print(f"sdk: {failed} of {len(SCENARIOS)} scenarios failed")
        return 1
    print(f"sdk: all {len(SCENARIOS)} scenarios ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

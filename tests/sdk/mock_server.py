#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A plain-HTTP mock of the CBS API 3.0 endpoint (cbs.tencentcloudapi.com, version 2017-03-12), for
tests/sdk/run.py: POST with a JSON body, the action in the X-TC-Action header, as the official SDKs send it.

It answers each action from a script, a queue of answers per action (a JSON file):

  {"DescribeDisks": [{"error": "RequestLimitExceeded", "runs": false}, {"ok": true}], "CreateDisks": [...]}

An answer is one of
  {"ok": true}                                 the action's success (DescribeDisksResponse, CreateDisksResponse)
  {"error": CODE, "message": TEXT}             an API error: HTTP 200, {"Response": {"Error": ..., "RequestId": ...}}
  {"status": 502, "body": TEXT}                another HTTP status (a gateway's HTML page)
  {"body": TEXT}                               HTTP 200 with this body ({"Response": null})
and may say
  "runs": true|false   whether the server did the work before it answered (default true; a refusal did not)
  "delay": SECONDS     how long it waits, after the work, before it answers (longer than the client's timeout)

What it did is written to the record file (JSON) after every request, for the test to assert: every request
it received (its action, its ClientToken, its answer, whether it ran and whether it created a disk), and every
CreateDisks it executed: a ClientToken it has seen creates nothing again and answers with the same disks,
as the real endpoint does. It prints "port N" once it listens (on 127.0.0.1, port 0: a free one).
"""

import argparse
import http.server
import json
import os
import sys
import threading
import time
import uuid


class Mock:
    def __init__(self, script, record_path):
        self.script = {action: list(answers) for action, answers in script.items()}
        self.record_path = record_path
        self.lock = threading.Lock()
        self.requests = []  # every request received, in order
        self.executed = {}  # action -> how many ran
        self.created = []  # {"client_token": ..., "disk_ids": [...]}: every create that made disks
        self.disks_of_token = {}  # ClientToken -> the disks its first create made
        self.disk_count = 0
        self.write()

    def write(self):
        record = {"requests": self.requests, "executed": self.executed, "created": self.created}
        temporary = self.record_path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as f:
            json.dump(record, f, indent=1)
        os.replace(temporary, self.record_path)

    def answer(self, action, params):
        """The scripted answer to one request: (status, body, delay), with the request recorded."""
        token = params.get("ClientToken") if isinstance(params, dict) else None
        with self.lock:
            queue = self.script.get(action, [])
            answer = queue.pop(0) if queue else {"error": "MockServer.ScriptExhausted", "runs": False,
                                                "message": f"the script has no answer left for {action}"}
            request_id = str(uuid.uuid4())
            runs = answer.get("runs", True)
            entry = {"action": action, "client_token": token, "answer": describe(answer), "ran": runs,
                     "created": False, "request_id": request_id}
            disk_ids = []
            if runs:
                self.executed[action] = self.executed.get(action, 0) + 1
                if action == "CreateDisks":
                    if token and token in self.disks_of_token:
                        disk_ids = self.disks_of_token[token]  # the same token: the disks made before
                    else:
                        count = params.get("DiskCount", 1) if isinstance(params, dict) else 1
                        disk_ids = [f"disk-{self.disk_count + i + 1:08d}" for i in range(count)]
                        self.disk_count += count
                        self.created.append({"client_token": token, "disk_ids": disk_ids})
                        entry["created"] = True
                        if token:
                            self.disks_of_token[token] = disk_ids
            self.requests.append(entry)
            self.write()
        return render(action, answer, request_id, disk_ids), answer.get("delay", 0)


def describe(answer):
    if answer.get("ok"):
        return "ok"
    if "error" in answer:
        return answer["error"]
    if "status" in answer:
        return f"HTTP {answer['status']}"
    return "body " + answer.get("body", "")


def render(action, answer, request_id, disk_ids):
    """(HTTP status, content type, body) of an answer."""
    if "status" in answer:
        return answer["status"], "text/html", answer.get("body", "")
    if "body" in answer:
        return 200, "application/json", answer["body"]
    if "error" in answer:
        error = {"Code": answer["error"], "Message": answer.get("message", answer["error"])}
        return 200, "application/json", json.dumps({"Response": {"Error": error, "RequestId": request_id}})
    if action == "DescribeDisks":
        disk = {"DiskId": "disk-00000001", "DiskType": "CLOUD_PREMIUM", "DiskSize": 50, "DiskState": "UNATTACHED",
                "DiskChargeType": "POSTPAID_BY_HOUR", "Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 0}}
        response = {"TotalCount": 1, "DiskSet": [disk], "RequestId": request_id}
    elif action == "CreateDisks":
        response = {"DiskIdSet": disk_ids, "RequestId": request_id}
    else:
        response = {"RequestId": request_id}
    return 200, "application/json", json.dumps({"Response": response})


def handler_for(mock):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):  # noqa: N802 (the standard library's name)
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            try:
                params = json.loads(raw or b"{}")
            except ValueError:
                params = {}
            action = self.headers.get("X-TC-Action", "")
            (status, content_type, body), delay = mock.answer(action, params)
            if delay:
                time.sleep(delay)  # the work is done and recorded; the client gives up before the answer
            data = body.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client timed out and closed the connection
            self.close_connection = True

        def log_message(self, format, *args):  # noqa: A002 (the standard library's name)
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--script", required=True, help="the answers, a JSON file")
    parser.add_argument("--record", required=True, help="where to write what the server did, a JSON file")
    args = parser.parse_args()
    with open(args.script, encoding="utf-8") as f:
        script = json.load(f)
    mock = Mock(script, args.record)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler_for(mock))
    server.daemon_threads = True  # a request still waiting out its delay does not hold up the exit
    print(f"port {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

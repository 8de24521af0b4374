#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A day of an SDK's logged API 2.0 responses, as JSON Lines: deterministic for a seed.

    python3 bench/make_log.py LINES [--seed N] > log.jsonl
    python3 bench/make_log.py LINES --api3 [--seed N] > log3.jsonl   (API 3.0 responses)
    python3 bench/make_log.py --long-message MB > line.json    (one line: a response whose message is MB MB)
    python3 bench/make_log.py --batch ITEMS > batch.json       (a pretty-printed batch response, ITEMS items)

About 140 bytes a line, as an SDK logs them: a success now and then with a little data; the errors
an SDK meets (parameters, signatures, expiry, quotas, internal errors, the project service's module
codes, CMQ's with its batch errorList, CAM's codeDesc, Cloud Monitor's negative module codes), each
with a requestId; now and then a requestId as a number, or codeDesc spelt in lower case, as some
services write them.
"""
import random
import sys

# (weight, code, message, codeDesc or None)
KINDS = [
    (30, 0, "", None),
    (8, 4000, "(100004)projectId不正确", None),
    (6, 4000, "(9003)项目名称为空", None),
    (5, 4100, "鉴权失败", "AuthFailure"),
    (5, 4200, "请求过期", None),
    (4, 4300, "没有权限", "UnauthorizedOperation"),
    (6, 4400, "(10230)exceed maximum message size", None),
    (5, 4410, "(10240)reach maximum retention number of message", None),
    (4, 4500, "Nonce重复", None),
    (6, 5100, "(1036)项目名称已经存在", None),
    (4, 5100, "(100004)projectId不正确", None),
    (5, 6000, "服务器内部错误", "InternalError"),
    (3, 6200, "接口暂时无法访问", None),
    (4, 7000, "(10200)no message", None),
    (2, 4000, "(-503)参数错误", None),
    (2, 4000, "(10320)no such parameter queueName", None),
    (1, 4102, "(7)odd", None),
    (1, 6010, "(10150)delete message partially failed", None),
]
WEIGHTS = [k[0] for k in KINDS]

# API 3.0: (weight, Error.Code or None for a success, Error.Message). The common codes an SDK meets
# most (throttling, internal errors, busy resources, a clock that is off, parameters), a product's
# codes under the common families (ResourceInUse.DiskMigrating is a ResourceInUse), and one no table
# lists; messages as the services write them, in either language.
KINDS3 = [
    (34, None, ""),
    (9, "RequestLimitExceeded", "Your current request times equals to `20` in a second, which exceeds the limit."),
    (3, "RequestLimitExceeded.UinLimitExceeded", "uin request limit exceeded"),
    (6, "InternalError", "An internal error has occurred. Retry your request, but if the problem persists, contact us."),
    (2, "InternalError.DbError", "数据库错误"),
    (5, "ResourceInUse.DiskMigrating", "The disk is migrating."),
    (3, "ResourceInUse", "资源被占用"),
    (4, "ResourceUnavailable.InstanceLocked", "The instance is locked by another operation."),
    (5, "AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot differ by more than 5 minutes."),
    (3, "AuthFailure.SignatureFailure", "The provided credentials could not be validated."),
    (2, "AuthFailure.SecretIdNotFound", "The SecretId is not found."),
    (6, "InvalidParameter", "The parameter `InstanceIds` is invalid."),
    (5, "InvalidParameterValue.InstanceIdMalformed", "The instance ID `ins-xx` is malformed."),
    (4, "ResourceNotFound.InstanceNotFound", "The instance `ins-1x2y3z4w` does not exist."),
    (3, "LimitExceeded.InstanceQuotaExceeded", "The quota of instances is exceeded."),
    (2, "UnauthorizedOperation", "You are not authorized to perform this operation: cvm:DescribeInstances."),
    (2, "FailedOperation.ClientTokenInUse", "The ClientToken is in use by another request."),
    (1, "OperationDenied.InstanceOperationInProgress", "An operation on the instance is in progress."),
    (1, "ResourceInsufficient.SpecifiedInstanceType", "The specified instance type is sold out in this zone."),
    (1, "MissingParameter", "The request is missing a required parameter `Region`."),
    (1, "UnsupportedOperation.InstanceStateStopped", "The instance is stopped."),
    (1, "DryRunOperation", "The request would have succeeded."),
    (1, "Ecm.NoSuchThing", "a code no table lists"),
]
WEIGHTS3 = [k[0] for k in KINDS3]


def request_id(rng):
    return "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                          rng.getrandbits(16), rng.getrandbits(48))


def api3_line(rng):
    """One API 3.0 response as an SDK logs it (ToJsonString()): a success with a little data, or an Error."""
    _, code, message = rng.choices(KINDS3, WEIGHTS3)[0]
    rid = request_id(rng)
    if code is None:
        data = '"TotalCount":1,"InstanceSet":[{"InstanceId":"ins-%08x","InstanceState":"RUNNING"}]' % rng.getrandbits(32)
        return '{"Response":{%s,"RequestId":"%s"}}\n' % (data, rid)
    return '{"Response":{"Error":{"Code":"%s","Message":"%s"},"RequestId":"%s"}}\n' % (code, escape(message), rid)


def escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def long_message(megabytes):
    """One line, as a server that puts a whole dump in its message writes it: the tool holds that
    message (it explains it) and nothing else of the line."""
    filler = "x" * (1 << 20)
    out = sys.stdout
    out.write('{"code":5100,"message":"(1036)')
    for _ in range(megabytes):
        out.write(filler)
    out.write('","requestId":"long-1"}\n')


def batch(items):
    """A batch response pretty-printed, one item a line (33 bytes each on average, so 1,500,000 items
    are 50 MB): the tool explains each item as it reads it."""
    out = sys.stdout
    out.write('{\n  "code": 5400,\n  "message": "",\n  "requestId": "batch-1",\n  "detail": [\n')
    chunk = []
    for i in range(items):
        item = '{"code":5100,"message":"(1036)"}' if i % 2 == 1 else '{"code":0,"message":""}'
        chunk.append(f'    {item}{"," if i < items - 1 else ""}\n')
        if len(chunk) == 10000:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))
    out.write("  ]\n}\n")


def main():
    if sys.argv[1] == "--long-message":
        return long_message(int(sys.argv[2]))
    if sys.argv[1] == "--batch":
        return batch(int(sys.argv[2]))
    lines = int(sys.argv[1])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    out = sys.stdout
    chunk = []
    if "--api3" in sys.argv:
        for _ in range(lines):
            chunk.append(api3_line(rng))
            if len(chunk) == 10000:
                out.write("".join(chunk))
                chunk = []
        out.write("".join(chunk))
        return None
    for _ in range(lines):
        _, code, message, desc = rng.choices(KINDS, WEIGHTS)[0]
        request_id = "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                     rng.getrandbits(16), rng.getrandbits(48))
        roll = rng.random()
        fields = [f'"code":{code}', f'"message":"{escape(message)}"']
        if desc is not None:
            fields.append(f'"codedesc":"{desc}"' if roll < 0.02 else f'"codeDesc":"{desc}"')
        if roll > 0.99:
            fields.append(f'"requestId":{rng.getrandbits(31)}')
        else:
            fields.append(f'"requestId":"{request_id}"')
        if code == 6010:  # CMQ's batch delete: one code and message for each message it could not delete
            fields.append('"errorList":[{"code":4430,"message":"(10260)receipt handle is invalid","receiptHandle":"%d"},'
                          '{"code":4430,"message":"(10260)receipt handle is invalid","receiptHandle":"%d"}]'
                          % (rng.getrandbits(40), rng.getrandbits(40)))
        if code == 0:
            fields.append(f'"data":{{"projectId":{rng.randrange(1000000)},"name":"proj-{rng.randrange(1000)}"}}')
        chunk.append("{" + ",".join(fields) + "}\n")
        if len(chunk) == 10000:
            out.write("".join(chunk))
            chunk = []
    out.write("".join(chunk))


if __name__ == "__main__":
    main()

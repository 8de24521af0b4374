#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The fuzz targets' seed corpus: each input named for what it is, written one file per input.

    python3 fuzz/seeds.py OUTPUT_DIR      (OUTPUT_DIR/TARGET/NAME; fuzz/CMakeLists.txt runs it)

The corpus is generated into the build tree rather than kept as files, so that a FetchContent
consumer downloads one small file. Every input that ever crashed a target stays here under a name
that starts with "crash-" and says what it was; fuzz/README.md tells each story. Add an input only
when it crashed a target, or when it is a shape no seed has.
"""
import struct
import sys
from pathlib import Path


def code(n):
    """explain's first four bytes: the code, as the fuzzer reads it on a little-endian machine."""
    return struct.pack("<i", n)


def text(s):
    return s.encode("utf-8")


SEEDS = {
    "explain": {
        "crud_1036": code(5100) + text("(1036)项目名称已经存在"),
        "document_example": code(5100) + text("(100004)projectId不正确"),
        "full_width_module": code(5100) + text("（1036）项目名称已经存在"),
        "module_only": code(5100) + text("(1000)"),
        "negative_module": code(4000) + text("(-514)资源重复"),
        "newline_message": code(4102) + text("not authorized\nresource: qcs::cam::uin/1\r\t"),
        "query_9003": code(5100) + text("（9003）查询参数错误"),
        "quote_in_text": code(5100) + text('(1036)say "hi"\\'),
        "resign_4200": code(4200) + text("expired"),
        "server": code(6300),
        "success": code(0),
        "unlisted": code(4102) + text("(7)odd"),
        "unlisted_6300": code(6300) + text("(9)"),
    },
    "parse_code": {
        "5100": b"5100",
        "empty": b"",
        "float": b"5100.0",
        "hex": b"0x10",
        "int_max": b"2147483647",
        "int_min": b"-2147483648",
        "leading_zeros": b"007",
        "minus": b"-",
        "negative": b"-2700",
        "overflow": b"2147483648",
        "plus": b"+5",
        "spaces": b" 5100 \n",
        "zero": b"0",
    },
    "parse_message": {
        "document_example": text("(100004)projectId不正确"),
        "double_prefix": b"(1)(2)x",
        "embedded_nul": b"(12)a\x00b",
        "empty": b"",
        "english_space": b"(100004) incorrect projectId",
        "full_width": text("（1036）项目名称已经存在"),
        "half_full_width": b"\xef(5)x",  # the first byte of a full-width parenthesis, alone
        "int_min": b"(-2147483648)min",
        "letters": b"(abc)letters",
        "many_digits": b"(" + b"9" * 200 + b")x",
        "mixed_parens": text("（9003)x"),
        "negative": b"(-2700)negative",
        "no_prefix": text("projectId不正确"),
        "only_prefix": b"(42)",
        "overflow": b"(2147483648)overflow",
        "plus": b"(+5)plus",
        "spaces": b"  \t(7)  spaced  \r\n",
        "truncated_utf8": b"(5)\xe9\x89",
    },
    "response_reader": {
        "batch_array": b'{"code":5400,"message":"","detail":[{"code":0,"message":"ok"},'
                       b'{"code":5100,"message":"(1036)dup"}]}',
        "batch_object": b'{"code":5100,"detail":{"ins-1":{"code":6000,"message":"boom"}}}',
        "big_code": b'{"code":2147483648}',
        "byte_order_mark": b'\xef\xbb\xbf{"code":1}\n',
        # RapidJSON 1.1.0 decodes a lone low surrogate into bytes that are not UTF-8 (they were made an
        # error; strings are now read byte for byte, and such bytes shown escaped).
        "crash-lone-low-surrogate": b'{"code":5100,"message":"\\ud53d\\ude00"}',
        # nlohmann/json, the reader before RapidJSON, threw out_of_range (not parse_error) for it.
        "crash-number-overflow-out-of-range": b'{"code":21474E83648}',
        # UBSan: RapidJSON 1.1.0 adds an offset to its stack's null pointer on every parse.
        "crash-rapidjson-stack-offset-on-null": b"[1,2]",
        # A string cut inside a UTF-8 sequence: RapidJSON read past the end (the text is now padded).
        "crash-utf8-sequence-cut-at-the-end-reads-past-it":
            b'`"\x04!\x00\x08*****************************  ****  {\xf1*',
        "crash-utf8-sequence-cut-at-the-end-strict": b'{"code":0,"message":"\xf1',
        "batch_fields_after_items": b'{"code":5400,"message":"m","detail":[{"code":0,"detail":[{"code":1}]},'
                                    b'{"code":5100,"message":"(1036)x"}],"requestId":"r","errorList":[{"code":2}]}\n',
        "deep_nesting": b'{"code":0,"x":' + b"[" * 1001 + b"]" * 1001 + b"}",
        "document_example": text('{\n    "code": 5100,\n    "message": "(100004)projectId不正确"\n}\n'),
        "error_list": b'{"code":6010,"message":"(10150)x","errorList":'
                      b'[{"code":4430,"message":"(10260)y","receiptHandle":"1"}]}\n',
        "float_code": b'{"code":51.5}',
        "gbk_message": b'{"code":5100,"message":"(1036)' + "项目名称已经存在".encode("gbk") + b'"}\n',
        "integral_double_code": b'{"code":5100.0,"codeDesc":9177.0,"detail":[{"code":4.1e3}]}',
        "invalid_utf8": b'{"code":1,"message":"\xff"}',
        "json_lines": b'{"code":0}\n{"code":4102,"message":"x"}\n',
        "junk_after_value": b'{"code":0} junk\n{"code":4100}\n',
        "lenient_newline_in_quotes": b"{'code': 0, 'message': 'a\nb'}\n{ code: 1 }",
        "malformed": b'{"code": 5100,',
        "message_number": b'{"code":1,"message":5}',
        "no_code": b'{"message":"x"}',
        "node_inspect": b"{ code: 4000,\n  message: 'it\\'s \"x\"',\n  data: [Object], s: `t` }\n",
        "not_object": b"[1,2]",
        "pretty_values": b'{\n "code": 5100,\n "message": "(1036)x"\n}\n{\n "code": 0\n}'
                         b' {"Code": 1, "codedesc": 9177, "requestId": 12}\n',
        "python_repr": b"{'code': 5100, 'message': '(1036)x', 'ok': True, 'n': None, u'id': u'r'}",
        "string_code": b'{"code":"4100","message":"\\u8eab\\u4efd\\u8ba4\\u8bc1\\u5931\\u8d25",'
                       b'"codeDesc":"AuthFailure"}',
        "surrogate_pair": b'{"code":5100,"message":"\\ud83d\\ude00"}',
        "trailing_comma": b'{\n  "code": 4000,\n  "message": "(100004)x",\n}\n',
        # API 3.0 bodies: an error, a success, pretty-printed, and those that are no answer.
        "api3_error": b'{"Response":{"Error":{"Code":"ResourceInUse.DiskMigrating","Message":"migrating"},'
                      b'"RequestId":"r-1"}}\n',
        "api3_success": b'{"Response":{"TotalCount":1,"InstanceSet":[{"InstanceId":"ins-1"}],"RequestId":"r-2"}}\n',
        "api3_pretty": b'{\n  "Response": {\n    "Error": {\n      "Code": "RequestLimitExceeded",\n'
                       b'      "Message": "too fast"\n    },\n    "RequestId": "r-3"\n  }\n}\n',
        "api3_unreadable": b'{"Response":null}\n{"Response":{"Error":{"Message":"x"}}}\n{"Response":{"Error":null}}\n'
                           b'{"Response":{"Error":{"Code":5,"Message":[1]}}}\n{"Response":[1]}\n'
                           b'{"Response":{"Error":{"Code":""}}}\n',
        "api3_after_api2_fields": b'{"message":"m","detail":[{"code":1}],"Response":{"RequestId":"r"},"code":2}\n'
                                  b'{"code":4100,"Response":{"Error":{"Code":"X"}}}\n',
        "api3_lenient": b"{'Response': {'Error': {'Code': u'InternalError', 'Message': None}, 'RequestId': 'r'},}\n",
        # The SDKs' error lines, as logs show them (tests/tool/test_tool.py has their sources).
        "logged_go": text('[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response '
                          'because Post "http://127.0.0.1:18999/": dial tcp 127.0.0.1:18999: connect: connection '
                          'refused\n'
                          '[TencentCloudSDKError] Code=ClientError.NetworkError, Message=x, RequestId=%!d(string=)\n'
                          '[TencentCloudSDKError] Code=ClientError.ParseJsonError, Message=bad json, '
                          'RequestId=req-2: unexpected end of JSON input\n'),
        "logged_python": text("tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: "
                              "[TencentCloudSDKException] code:ClientNetworkError message:HTTPConnectionPool("
                              "host='127.0.0.1', port=18003): Read timed out. (read timeout=2) requestId:None\n"),
        "logged_cpp": text("RequestId=, ErrorCode=NetworkError, ErrorMessage=Failed to connect to 127.0.0.1 port "
                           "18999 after 0 ms: Couldn't connect to server\r\n"),
        "logged_java": text("[TencentCloudSDKException]code: null message: requestId:null cause:"
                            "java.net.UnknownHostException: nonexistent-host.invalid: Name or service not known\n"
                            "[TencentCloudSDKException]message:AuthFailure.SignatureFailure-bad requestId:r-9\n"
                            "[TencentCloudSDKException]message:request to http://127.0.0.1:18999/ failed  "
                            "requestId:  traceId:5947\n"),
        "logged_terraform": text("[CRITAL]1-1 api[RunInstances] fail, request body [{}], reason[[TencentCloudSDKError]"
                                 " Code=ResourceInsufficient, Message=sold out, RequestId=tf-2]\n"
                                 "Error: [TencentCloudSDKError] Code=InternalError, Message=x, RequestId=tf-1\n"),
        "logged_not_quite": text("[TencentCloudSDKError] Code=X\n  [TencentCloudSDKException]other\n"
                                 "RequestId=r, ErrorCode=E\n[1,2]\n"),
        "mixed_api2_api3_logged": text('{"code":5100,"message":"(1036)x","requestId":"a"}\n'
                                       '{"Response":{"Error":{"Code":"InternalError","Message":"m"},'
                                       '"RequestId":"b"}}\n'
                                       '[TencentCloudSDKError] Code=RequestLimitExceeded, Message=m, RequestId=c\n'
                                       '{\n "code": 0\n}\n'
                                       'RequestId=d, ErrorCode=AuthFailure.SignatureExpire, ErrorMessage=e\n'),
    },
}


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    for target, inputs in SEEDS.items():
        directory = out / target
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.iterdir():  # a seed renamed or removed does not linger
            old.unlink()
        for name, data in inputs.items():
            (directory / name).write_bytes(data)


if __name__ == "__main__":
    main()

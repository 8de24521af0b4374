#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Runs the tccode command-line tool as a user would, and checks what it prints and returns.

    python3 test_tool.py TCCODE_BINARY SOURCE_DIR [--emulator=COMMAND] [unittest arguments, e.g. a class name]

In a cross build, COMMAND (Wine, QEMU) runs the tool. Python itself always runs on the host.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata
import unittest

TOOL = None
ROOT = None
EMULATOR = []  # what runs the tool in a cross build (Wine, QEMU), before its path
SANITIZED = False  # the tool is built with a sanitizer
CATALOGUE = True  # the tool is built with API 3.0's products (TCCODE_CATALOGUE)


def as_argument(data):
    """What the tool receives of the bytes `data` given as a command-line argument. On Windows an
    argument is UTF-16 text, so bytes that are not UTF-8 cannot reach a program as they are: Wine
    (like any Windows launcher) makes each of them U+FFFD before the tool starts."""
    return data.decode("utf-8", "replace").encode("utf-8") if TOOL.endswith(".exe") else data


DOCUMENT_EXAMPLE = '{"code": 5100, "message": "(100004)projectId不正确"}'
WORK_ORDER = "https://console.cloud.tencent.com/workorder/category"


def run(*args, stdin=None, env=None, lang="en", cwd=None, timeout=120):
    """(exit status, stdout, stderr) of the tool; `lang` sets LANG (None: no locale variable at all)."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    if lang is not None:
        environment["LANG"] = lang
    environment.update(env or {})
    done = subprocess.run([*EMULATOR, TOOL, *args], input=stdin.encode() if isinstance(stdin, str) else stdin,
                          capture_output=True, env=environment, timeout=timeout, cwd=cwd)
    return done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")


class ToolTest(unittest.TestCase):
    def assertUsageError(self, args, stdin=None, mentions=""):
        status, out, err = run(*args, stdin=stdin)
        self.assertEqual(status, 2, f"{args}: {out}{err}")
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1, f"one line on standard error, got {err!r}")
        self.assertTrue(err.startswith("tccode: "), err)
        self.assertIn(mentions, err)
        return err


class Explain(ToolTest):
    def test_code_and_message(self):
        status, out, err = run("5100", "(100004)projectId不正确", "--lang", "zh")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("5100 资源操作失败 (resource_operation_failed)", out)
        self.assertIn("具体错误信息请查看错误描述 message 字段，稍后重试或者 提交工单 联系技术人员处理。", out)
        self.assertIn(WORK_ORDER, out)
        self.assertIn("module code  100004: not in project_crud or project_query", out)
        self.assertIn("server said  projectId不正确", out)
        self.assertIn("retry        退避一段时间后重试", out)  # describe(advice, lang::zh)

    def test_code_alone_both_languages(self):
        status, out, _ = run("4100", "--lang", "en")
        self.assertEqual(status, 0)
        self.assertIn("4100 Authentication failed (auth_failed)", out)
        self.assertIn("For more information, please see the Authentication section in the documentation.", out)
        self.assertNotIn("server said", out)
        status, out, _ = run("4100", "--lang", "zh")
        self.assertEqual(status, 0)
        self.assertIn("4100 鉴权失败 (auth_failed)", out)
        self.assertIn("签名鉴权失败，请参考文档中鉴权部分。", out)

    def test_code_as_string_and_as_name(self):
        expected = run("5100", "--lang", "en")[1]
        self.assertEqual(run('"5100"', "--lang", "en")[1], expected)
        self.assertEqual(run("resource_operation_failed", "--lang", "en")[1], expected)
        self.assertEqual(run(" 5100 ", "--lang", "en")[1], expected)

    def test_unknown_code_exits_1_and_still_explains(self):
        status, out, err = run("4102", "(7)odd", "--lang", "en")
        self.assertEqual((status, err), (1, ""))
        self.assertIn("4102 (unlisted client error)", out)
        self.assertIn("server said  odd", out)
        self.assertIn("do not retry", out)
        status, out, _ = run("6300", "--lang", "en")
        self.assertEqual(status, 1)
        self.assertIn("unlisted server error", out)
        self.assertIn("retry after a backoff", out)
        status, out, _ = run("--lang", "en", "--", "-2700", "x")
        self.assertEqual(status, 1, out)
        self.assertIn("-2700 (unlisted error)", out)

    def test_success(self):
        status, out, _ = run("0", "success")
        self.assertEqual(status, 0)
        self.assertIn("0 success", out)
        self.assertNotIn("retry", out)

    def test_module_advice_overrides_and_hides_the_public_remedy(self):
        # 1036 (the name is taken): do not retry, and no "retry later" remedy of 5100 beside it.
        status, out, _ = run("5100", "(1036)x", "--lang", "en")
        self.assertEqual(status, 0)
        self.assertIn("retry        do not retry", out)
        self.assertNotIn("retry later", out)
        self.assertIn("remedy       Please change the project name.", out)
        # An unknown module code leaves 5100's advice and remedy.
        status, out, _ = run("5100", "(100004)x", "--lang", "en")
        self.assertIn("retry        retry after a backoff", out)
        self.assertIn("remedy       For detailed error information, please see the message field. Please try again later", out)

    def test_module_code_in_both_tables_is_labelled(self):
        status, out, _ = run("5100", "(1000)x", "--lang", "zh")
        self.assertEqual(status, 0)
        self.assertIn("module code  1000 in project_crud (record_not_found)", out)
        self.assertIn("记录不存在", out)
        self.assertIn("module code  1000 in project_query (project_id_empty)", out)
        self.assertIn("项目 ID 为空", out)

    def test_module_option(self):
        status, out, _ = run("5100", "(1000)x", "--module", "project-query", "--lang", "zh")
        self.assertEqual(status, 0)
        self.assertIn("项目 ID 为空", out)
        self.assertNotIn("记录不存在", out)
        status, out, _ = run("5100", "(9003)x", "--module", "project-crud", "--lang", "en")
        self.assertIn("No project name", out)
        self.assertIn("Please enter a project name.", out)
        self.assertNotIn("Incorrect query parameter", out)
        # A module code that the named table lacks: exit 1, and the rest is still explained.
        status, out, _ = run("5100", "(1036)x", "--module", "project-query", "--lang", "en")
        self.assertEqual(status, 1)
        self.assertIn("module code  1036: not in project_query", out)
        self.assertIn("server said  x", out)

    def test_full_width_parentheses(self):
        status, out, _ = run("5100", "（1036）项目名称已经存在", "--lang", "zh")
        self.assertEqual(status, 0)
        self.assertIn("module code  1036 in project_crud", out)

    def test_language_from_the_locale(self):
        self.assertIn("鉴权失败", run("4100", lang="zh_CN.UTF-8")[1])
        self.assertIn("Authentication failed", run("4100", lang="en_US.UTF-8")[1])
        self.assertIn("Authentication failed", run("4100", lang=None)[1])
        self.assertIn("鉴权失败", run("4100", lang="en_US.UTF-8", env={"LC_ALL": "zh_TW.UTF-8"})[1])
        self.assertIn("Authentication failed", run("4100", lang="zh_CN.UTF-8", env={"LC_MESSAGES": "C"})[1])
        self.assertIn("Authentication failed", run("4100", "--lang", "en", lang="zh_CN.UTF-8")[1])


class Response(ToolTest):
    def test_document_example(self):
        status, out, _ = run("--response", DOCUMENT_EXAMPLE, "--lang", "en")
        self.assertEqual(status, 0)
        self.assertIn("5100 Resource operation failed", out)
        self.assertIn("server said  projectId不正确", out)

    def test_string_code_escapes_and_code_desc(self):
        body = ('{"code":"4100","message":"\\u8eab\\u4efd\\u8ba4\\u8bc1\\u5931\\u8d25 \\ud83d\\ude00",'
                '"codeDesc":"AuthFailure","requestId":"abc","data":{"x":[1,2]}}')
        status, out, _ = run("--response", body, "--lang", "zh")
        self.assertEqual(status, 0)
        self.assertIn("4100 鉴权失败", out)
        self.assertIn("server said  身份认证失败 \U0001F600", out)  # a surrogate pair decoded
        self.assertIn("codeDesc     AuthFailure", out)
        self.assertIn("requestId    abc", out)  # what support asks for first

    def test_stdin_pretty_printed(self):
        body = '{\n    "code": 5100,\n    "message": "(100004)projectId不正确"\n}\n'
        self.assertEqual(run("--response", "-", stdin=body, lang="C"),
                         run("--response", DOCUMENT_EXAMPLE, lang="C"))

    def test_several_responses(self):
        status, out, _ = run("--response", "-", stdin='{"code":0}\n{"code":4102,"message":"x"}\n', lang="C")
        self.assertEqual(status, 1)
        self.assertIn("0 success", out)
        self.assertIn("4102 (unlisted client error)", out)
        status, out, _ = run("--response", '{"code":4100}', "--response", '{"code":6200}', lang="C")
        self.assertEqual(status, 0)
        self.assertIn("4100 Authentication failed", out)
        self.assertIn("6200 API temporarily inaccessible", out)

    def test_success_response(self):
        status, out, _ = run("--response", '{"code":"0","message":"","codeDesc":"Success"}')
        self.assertEqual(status, 0)
        self.assertIn("0 success", out)
        self.assertIn("codeDesc     Success", out)

    def test_batch_detail_array(self):
        body = json.dumps({"code": 5400, "message": "", "detail": [
            {"code": 0, "message": "ok"},
            {"code": 5100, "message": "(1036)项目名称已经存在"},
            {"code": "4102", "message": "odd"}]}, ensure_ascii=True)
        status, out, _ = run("--response", body, "--lang", "zh")
        self.assertEqual(status, 1)  # one item's code is not listed
        self.assertIn("5400 部分执行成功", out)
        self.assertIn("detail[0]:\n    0 成功", out)
        self.assertIn("detail[1]:\n    5100 资源操作失败", out)
        self.assertIn("      module code  1036 in project_crud (project_name_exists)", out)
        self.assertIn("detail[2]:\n    4102 (未列出的客户端错误)", out)

    def test_batch_detail_object(self):
        body = '{"code":5100,"message":"","detail":{"ins-1":{"code":6000,"message":"boom"}}}'
        status, out, _ = run("--response", body, lang="C")
        self.assertEqual(status, 0)
        self.assertIn("detail.ins-1:\n    6000 Internal server error", out)

    def test_large_message(self):
        message = "(1036)" + "x" * (10 * 1024 * 1024)
        status, out, err = run("--response", "-", stdin=json.dumps({"code": 5100, "message": message}), lang="C")
        self.assertEqual((status, err), (0, ""))
        self.assertIn("module code  1036 in project_crud", out)
        self.assertIn("server said  " + "x" * (10 * 1024 * 1024) + "\n", out)

    def test_message_not_in_utf8(self):
        """A message in GBK, as some services send it: its code and module code are explained, and its
        bytes that are not UTF-8 are shown as \\xNN (in JSON too, which stays valid UTF-8)."""
        gbk = "项目名称已经存在".encode("gbk")
        shown = gbk.decode("utf-8", "backslashreplace")  # each byte that is not UTF-8 as \xNN
        self.assertIn("\\xcf\\xee", shown)
        body = b'{"code":5100,"message":"(1036)' + gbk + b'","requestId":"g-1"}'
        for args, stdin in ((["--response", "-"], body), (["--response", as_argument(body)], None),
                            (["--lenient", "--response", "-"], body)):
            shown = (gbk if stdin else as_argument(gbk)).decode("utf-8", "backslashreplace")
            with self.subTest(args=args[:-1]):
                status, out, err = run(*args, stdin=stdin)  # run() decodes the output as strict UTF-8
                self.assertEqual((status, err), (0, ""))
                self.assertIn("5100 Resource operation failed (resource_operation_failed)", out)
                self.assertIn("module code  1036 in project_crud (project_name_exists)", out)
                self.assertIn("server said  " + shown + "\n", out)
                self.assertIn("requestId    g-1", out)
                status, out, err = run("--json", *args, stdin=stdin)
                self.assertEqual((status, err), (0, ""))
                answer = json.loads(out)
                self.assertEqual((answer["code"], answer["module_code"], answer["retry"]), (5100, 1036, "never"))
                self.assertEqual((answer["detail"], answer["message"]), (shown, "(1036)" + shown))
        # A control character and a backslash stay as the text output always showed them.
        status, out, _ = run("--response", as_argument(b'{"code":4100,"message":"a\\\\b\\tc\xff"}'))
        self.assertIn("server said  a\\\\b\\tc" + ("\ufffd" if TOOL.endswith(".exe") else "\\xff") + "\n", out)

    def test_an_integral_code_written_as_a_double(self):
        for text in ("5100.0", "5.1e3", "5100.000", "51E2"):
            with self.subTest(code=text):
                status, out, err = run("--json", "--response", '{"code": %s, "message": "(1036)x"}' % text)
                self.assertEqual((status, err), (0, ""))
                answer = json.loads(out)
                self.assertEqual((answer["code"], answer["module_code"], answer["retry"]), (5100, 1036, "never"))
        # In a batch item too; and a number written so in codeDesc or requestId is shown as the integer.
        status, out, _ = run("--json", "--response",
                             '{"code":5400.0,"codeDesc":9177.0,"requestId":1e3,"detail":[{"code":0.0}]}')
        answer = json.loads(out)
        self.assertEqual((status, answer["code"], answer["items"][0]["code"]), (0, 5400, 0))
        self.assertEqual((answer["codeDesc"], answer["requestId"]), ("9177", "1000"))


class Errors(ToolTest):
    def test_malformed_json(self):
        err = self.assertUsageError(["--response", '{"code": 5100,'], mentions="line 1, column 15: malformed JSON")
        self.assertIn("--response", err)
        self.assertNotIn("byte", err)  # one way of saying where: line and column in the input
        # A pretty-printed document: where in the whole input.
        err = self.assertUsageError(["--response", "-"], stdin='{\n  "code": 1,\n  "message": x\n}\n',
                                    mentions="standard input")
        self.assertIn("line 3, column 14: malformed JSON", err)

    def test_values_before_a_malformed_one_are_explained(self):
        status, out, err = run("--response", "-", stdin='{"code":0} {"code":4100}\n{"code":', lang="C")
        self.assertEqual(status, 2)
        self.assertIn("0 success", out)
        self.assertIn("4100 Authentication failed", out)
        self.assertEqual(err.count("\n"), 1)
        self.assertIn("line 2, column 9: malformed JSON", err)  # at the end of that line

    def test_number_out_of_range(self):
        # Found by the fuzzer when nlohmann/json read responses: it threw out_of_range for such numbers.
        self.assertUsageError(["--response", '{"code":21474E83648}'], mentions="malformed JSON")
        self.assertUsageError(["--response", '{"code":1,"x":1e999}'], mentions="malformed JSON")

    def test_empty_input(self):
        self.assertUsageError(["--response", "-"], stdin="", mentions="empty input")
        self.assertUsageError(["--response", ""], mentions="empty input")
        self.assertUsageError(["--response", "-"], stdin=" \n\t ", mentions="empty input")

    def test_unreadable_input(self):
        # A directory as standard input: read() fails (EISDIR), which is not the end of the input.
        fd = os.open(ROOT, os.O_RDONLY)
        try:
            done = subprocess.run([*EMULATOR, TOOL, "--response", "-"], stdin=fd, capture_output=True, timeout=120)
        finally:
            os.close(fd)
        err = done.stderr.decode("utf-8")
        self.assertEqual((done.returncode, done.stdout), (2, b""), err)
        self.assertEqual(err.count("\n"), 1, err)
        self.assertIn("tccode: --response - (standard input): cannot read it: ", err)
        self.assertNotIn("empty input", err)

    def test_binary_blob(self):
        blob = bytes(range(256)) * 64 + b"\x00\xff\xfe{}"
        err = self.assertUsageError(["--response", "-"], stdin=blob, mentions="malformed JSON")
        err.encode("utf-8")  # the message is valid UTF-8 with no control characters
        self.assertFalse(any(ord(c) < 0x20 for c in err.rstrip("\n")))

    def test_numbers_that_are_not_codes(self):
        self.assertUsageError(["--response", '{"code":5100.5}'], mentions='"code" 5100.5 is not an integer')
        self.assertUsageError(["--response", '{"code":-0.25}'], mentions='"code" -0.25 is not an integer')
        self.assertUsageError(["--response", '{"code":1e10}'], mentions='"code" 10000000000 does not fit in int')
        self.assertUsageError(["--response", '{"code":2147483648.0}'], mentions="does not fit in int")
        self.assertUsageError(["--response", '{"code":5400,"detail":[{"code":0.5}]}'],
                              mentions='line 1, column 1: detail[0]: "code" 0.5 is not an integer')

    def test_a_file_given_as_a_response(self):
        """--response takes a response's text; given a file's path, it says how to read the file."""
        status, out, err = run("--response", os.path.join("docs", "responses.jsonl"), cwd=ROOT)
        self.assertEqual((status, out), (2, ""))
        self.assertEqual(err, "tccode: --response: 'docs/responses.jsonl' is a file, and --response takes a "
                              "response's text: to read the file, give --response - < docs/responses.jsonl\n")
        self.assertUsageError(["--response", "{}", "--response", os.path.join(ROOT, "docs", "responses.jsonl")],
                              mentions="--response - < ")
        # Text that is not a path is still read as a response.
        self.assertUsageError(["--response", "docs/no-such-file.jsonl"], mentions="malformed JSON")

    def test_deep_nesting(self):
        # RapidJSON's parser recurses into each array: a megabyte of '[' overflowed the stack.
        err = self.assertUsageError(["--response", "-"], stdin="[" * 1000000, mentions="line 1, column 1002: ")
        self.assertIn("malformed JSON: nested deeper than 1000 objects and arrays", err)
        deep = '{"code": 0, "data": ' + "[" * 998 + "]" * 998 + "}"
        self.assertEqual(run("--response", deep)[0], 0)

    def test_bad_fields(self):
        self.assertUsageError(["--response", '{"message":"x"}'], mentions='no "code" field')
        self.assertUsageError(["--response", '{"code":"abc"}'], mentions='"code" "abc" is not an integer')
        self.assertUsageError(["--response", '{"code":2147483648}'], mentions="does not fit in int")
        self.assertUsageError(["--response", '{"code":-2147483649}'], mentions="does not fit in int")
        self.assertUsageError(["--response", '{"code":51.5}'], mentions="not an integer")
        self.assertUsageError(["--response", '{"code":null}'], mentions="not an integer")
        self.assertUsageError(["--response", '{"code":1,"message":5}'], mentions='"message" is number')
        self.assertUsageError(["--response", "[1,2]"], mentions="expected a JSON object")
        self.assertUsageError(["--response", '{"code":5400,"detail":[{"message":"x"}]}'],
                              mentions='line 1, column 1: detail[0]: no "code" field')

    def test_bad_arguments(self):
        self.assertUsageError(["abc"], mentions="'abc' is neither an integer nor the name")
        self.assertUsageError(["99999999999"], mentions="neither an integer")
        self.assertUsageError([], mentions="give a code")
        self.assertUsageError(["4100", "--lang", "fr"], mentions="--lang")
        self.assertUsageError(["4100", "--module", "billing"], mentions="--module: 'billing' is not a module table")
        self.assertUsageError(["--list", "billing"], mentions="--list: 'billing' is not a table")
        self.assertUsageError(["4100", "--response", "{}"], mentions="excludes")
        self.assertUsageError(["4100", "x", "y"], mentions="y")
        self.assertUsageError(["--bogus"], mentions="--bogus")

    def test_help_and_version(self):
        status, out, _ = run("--help")
        self.assertEqual(status, 0)
        for option in ("--response", "--module", "--lang", "--list", "--search", "--json", "--version"):
            self.assertIn(option, out)
        self.assertIn("Exit status", out)
        status, out, _ = run("--version")
        self.assertEqual(status, 0)
        self.assertRegex(out, r"^tccode \d+\.\d+\.\d+\n$")


class Json(ToolTest):
    def parse_lines(self, out):
        return [json.loads(line) for line in out.splitlines()]

    def test_explanation(self):
        status, out, _ = run("--json", "5100", "(1036)项目名称已经存在", "--lang", "zh")
        self.assertEqual(status, 0)
        [answer] = self.parse_lines(out)
        self.assertEqual(answer["code"], 5100)
        self.assertTrue(answer["listed"])
        self.assertFalse(answer["success"])
        self.assertEqual(answer["class"], "resource error")
        self.assertEqual(answer["public"]["name"], "resource_operation_failed")
        self.assertEqual(answer["public"]["type"], "资源操作失败")
        self.assertEqual(answer["public"]["link"], WORK_ORDER)
        self.assertEqual(answer["module_code"], 1036)
        self.assertEqual([m["table"] for m in answer["module"]], ["project_crud"])
        self.assertEqual(answer["module"][0]["description"], "项目名称已经存在")
        self.assertEqual(answer["module"][0]["remedy"], "请更换项目名称。")
        self.assertEqual(answer["detail"], "项目名称已经存在")
        self.assertEqual(answer["message"], "(1036)项目名称已经存在")
        self.assertEqual(answer["retry"], "never")  # 1036's advice overrides 5100's backoff

    def test_unknown_and_batch(self):
        body = '{"code":5400,"codeDesc":"PartialSuccess","detail":[{"code":4102,"message":"(1000)x"}]}'
        status, out, _ = run("--json", "--response", body, "--lang", "en")
        self.assertEqual(status, 1)
        [answer] = self.parse_lines(out)
        self.assertEqual(answer["codeDesc"], "PartialSuccess")
        self.assertNotIn("requestId", answer)
        [item] = answer["items"]
        self.assertEqual(item["item"], "detail[0]")
        self.assertFalse(item["listed"])
        self.assertIsNone(item["public"])
        self.assertEqual(item["class"], "client error")
        self.assertEqual(sorted(m["table"] for m in item["module"]), ["project_crud", "project_query"])
        self.assertEqual(item["retry"], "never")

    def test_request_id(self):
        status, out, _ = run("--json", "--response", '{"code":4100,"requestId":"9a3c-01","codeDesc":"AuthFailure"}')
        self.assertEqual(status, 0)
        [answer] = self.parse_lines(out)
        self.assertEqual(answer["requestId"], "9a3c-01")
        self.assertEqual(answer["codeDesc"], "AuthFailure")

    def test_one_object_a_line(self):
        status, out, _ = run("--json", "--response", "-", stdin='{"code":0}{"code":6200}')
        self.assertEqual(status, 0)
        answers = self.parse_lines(out)
        self.assertEqual([a["code"] for a in answers], [0, 6200])
        self.assertTrue(answers[0]["success"])

    def test_invalid_utf8_in_an_argument(self):
        done = subprocess.run([*EMULATOR, TOOL, "--json", "5100", as_argument(b"(1)\xff\xfe")], capture_output=True,
                              timeout=60)
        self.assertEqual(done.returncode, 0)
        answer = json.loads(done.stdout.decode("utf-8"))
        self.assertEqual(answer["module_code"], 1)
        # As the text output shows those bytes; on Windows they arrive as U+FFFD (as_argument).
        self.assertEqual(answer["detail"], "\ufffd\ufffd" if TOOL.endswith(".exe") else "\\xff\\xfe")

    def test_list_and_search(self):
        status, out, _ = run("--json", "--list", "--lang", "en")
        self.assertEqual(status, 0)
        rows = self.parse_lines(out)
        self.assertEqual(len(rows), 17 + 7 + 2)
        self.assertEqual({r["table"] for r in rows}, {"public", "project_crud", "project_query"})
        status, out, _ = run("--json", "--search", "quota", "--lang", "en")
        self.assertEqual([r["code"] for r in self.parse_lines(out)], [4400])


class JsonLines(ToolTest):
    def test_a_bad_line_is_reported_and_the_rest_go_on(self):
        lines = ['{"code":0}', '{"code":5100,"message":"(1036)x"', '{"code":4100,"requestId":"r-3"}', "not json",
                 "", '{"code":6200}', '{"message":"no code"}', '{"code":4102}']
        status, out, err = run("--json", "--response", "-", stdin="\n".join(lines) + "\n")
        self.assertEqual(status, 2)  # the worst of all lines: malformed
        answers = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([a["code"] for a in answers], [0, 4100, 6200, 4102])
        self.assertEqual(answers[1]["requestId"], "r-3")
        errors = err.splitlines()
        self.assertEqual(len(errors), 3, err)
        self.assertRegex(errors[0], r"^tccode: --response - \(standard input\): line 2, column \d+: malformed JSON")
        self.assertRegex(errors[1], r"^tccode: --response - \(standard input\): line 4, column \d+: malformed JSON")
        self.assertRegex(errors[2], r'^tccode: --response - \(standard input\): line 7, column 1: no "code" field')

    def test_the_worst_status_of_all_lines(self):
        self.assertEqual(run("--response", "-", stdin='{"code":0}\n{"code":4100}\n')[0], 0)
        self.assertEqual(run("--response", "-", stdin='{"code":4102}\n{"code":0}\n')[0], 1)
        self.assertEqual(run("--response", "-", stdin='{"code":4102}\n{"code":\n{"code":0}\n')[0], 2)

    def test_hundred_thousand_lines(self):
        """Every good line explained, in order; every bad line reported with its number; nothing lost."""
        codes = [0, 4000, 4100, 4400, 5100, 6000, 6200, 4102, 100193]
        lines, good, bad = [], [], []
        for i in range(100000):
            number = i + 1
            if number % 997 == 0:
                lines.append('{"code": 5100, "message": ')  # cut short
                bad.append(number)
            elif number % 1499 == 0:
                lines.append('{"message": "no code"}')
                bad.append(number)
            else:
                code = codes[i % len(codes)]
                lines.append(json.dumps({"code": code, "message": f"({i})line {number}", "requestId": f"r{number}"}))
                good.append((number, code))
        # A debug build under an emulator (QEMU) takes a minute or more for the 100,000 lines.
        status, out, err = run("--json", "--response", "-", stdin="\n".join(lines) + "\n", timeout=900)
        self.assertEqual(status, 2)
        answers = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(answers), len(good))
        self.assertEqual([(int(a["requestId"][1:]), a["code"]) for a in answers], good)
        self.assertTrue(all(a["detail"] == f"line {int(a['requestId'][1:])}" for a in answers))
        reported = [int(m) for m in re.findall(r"^tccode: --response - \(standard input\): line (\d+)", err, re.M)]
        self.assertEqual(reported, bad)
        self.assertEqual(len(err.splitlines()), len(bad))
        print(f"\n100000 lines: {len(good)} explained, {len(bad)} reported", file=sys.stderr)


class Table(ToolTest):
    QUEUE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tables", "queue.tsv")

    def write(self, text):
        path = os.path.join(self.work, "service.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def setUp(self):
        import tempfile
        self.directory = tempfile.TemporaryDirectory()
        self.work = self.directory.name

    def tearDown(self):
        self.directory.cleanup()

    def test_public_rows_give_codes_the_service_meaning(self):
        status, out, _ = run("--table", self.QUEUE, "--lang", "en", "4400", "too big")
        self.assertEqual(status, 0)
        self.assertIn("4400 Message too large (message_too_large)", out)
        self.assertIn("retry        do not retry", out)
        status, out, _ = run("--lang", "en", "4400", "too big")
        self.assertIn("4400 Quota exceeded (quota_exceeded)", out)
        self.assertIn("retry only behind a rate limiter", out)
        # A code that the document lacks is listed by the service.
        self.assertEqual(run("--table", self.QUEUE, "4420")[0], 0)
        self.assertEqual(run("4420")[0], 1)
        self.assertEqual(run("--table", self.QUEUE, "qps_throttled")[0], 0)  # by its name

    def test_module_tables_of_the_file(self):
        status, out, _ = run("--table", self.QUEUE, "--module", "queue", "--lang", "zh", "5100", "(10490)x")
        self.assertEqual(status, 0)
        self.assertIn("module code  10490 in queue (queue_missing)", out)
        self.assertIn("remedy       请先创建队列。", out)
        self.assertIn("retry        不要重试", out)
        self.assertEqual(run("--table", self.QUEUE, "--module", "queue", "5100", "(1036)x")[0], 1)
        status, out, _ = run("--table", self.QUEUE, "--module", "queue", "--lang", "en", "5100", "(1000)x")
        self.assertIn("retry        retry after a backoff", out)  # the row's own advice

    def test_json_and_list(self):
        status, out, _ = run("--json", "--table", self.QUEUE, "--lang", "en", "4400", "(10490)x")
        answer = json.loads(out)
        self.assertEqual(answer["public"]["name"], "message_too_large")
        self.assertEqual(answer["retry"], "never")
        self.assertEqual([m["table"] for m in answer["module"]], ["queue"])
        status, out, _ = run("--table", self.QUEUE, "--list", "queue", "--lang", "en")
        self.assertEqual(status, 0)
        self.assertEqual(re.findall(r"^  (\d+) ", out, re.M), ["1000", "10490"])
        status, out, _ = run("--table", self.QUEUE, "--list", "public", "--lang", "en")
        self.assertIn("public (queue.tsv)\n", out)
        self.assertIn("4420    qps_throttled", out)

    def test_malformed_files(self):
        header = ("table\tcode\tname\ttype_zh\tdescription_zh\tremedy_zh\tlink\ttype_en\tdescription_en\t"
                  "remedy_en\tretry\tretry_reason\tcanonical\tauth_error\terrc\n")

        def row(**fields):
            values = {"table": "queue", "code": "7", "name": "seven", "type_zh": "", "description_zh": "七",
                      "remedy_zh": "", "link": "", "type_en": "", "description_en": "seven", "remedy_en": "",
                      "retry": "never", "retry_reason": "", "canonical": "", "auth_error": "", "errc": ""}
            values.update(fields)
            return "\t".join(values.values()) + "\n"

        cases = [
            ("table\tcode\n", ":1: the first line must name the columns of data/codes.tsv"),
            (header + "queue\t7\tseven\n", ":2: 3 fields, expected 15"),
            (header + row(code="x7"), ":2: code 'x7' is not a non-zero int"),
            (header + row(code="0"), ":2: code '0' is not a non-zero int"),
            (header + row(name="Seven"), ":2: name 'Seven' is not snake_case"),
            (header + row(table="Queue"), ":2: table 'Queue' is not a snake_case name"),
            (header + row(retry="sometimes"), ":2: retry 'sometimes' is not never, backoff"),
            (header + row(canonical="broken"), ":2: canonical 'broken' is not a canonical code's name"),
            (header + row(table="public"), ":2: public rows have a type in both languages"),
            (header + row(table="public", type_zh="类", type_en="Type", retry=""), ":2: a public row needs its retry"),
            (header + row(type_en="Type"), ":2: public rows have a type in both languages, module rows none"),
            (header + row(description_en=""), ":2: a description in each language is required"),
            (header + row(remedy_zh="改"), ":2: a remedy in one language only"),
            (header + row(link="http://x"), ":2: link 'http://x' is not an https address"),
            (header + row(auth_error="yes"), ":2: auth_error and errc belong to the document's own rows"),
            (header + row() + row(name="again"), ":3: code 7 is in table queue twice"),
            (header, ": no rows"),
        ]
        for text, mention in cases:
            with self.subTest(mention=mention):
                path = self.write(text)
                err = self.assertUsageError(["--table", path, "4100"], mentions=mention)
                self.assertIn("service.tsv", err)
        self.assertUsageError(["--table", os.path.join(self.work, "missing.tsv"), "4100"], mentions="cannot be read")
        # Windows line ends are fine.
        path = self.write((header + row()).replace("\n", "\r\n"))
        self.assertEqual(run("--table", path, "--module", "queue", "5100", "(7)x")[0], 0)


class Schedule(ToolTest):
    def test_delays_double_up_to_the_cap(self):
        status, out, _ = run("--schedule", "4400", "--attempts", "9", "--lang", "en")
        self.assertEqual(status, 0)
        self.assertEqual(re.findall(r"attempt (\d+): retry after 0\.\.(\d+) ms", out),
                         [(str(n), str(d)) for n, d in zip(range(2, 10), [1000, 2000, 4000, 8000, 16000, 20000,
                                                                           20000, 20000])])
        self.assertIn("then stop: 9 attempts in all", out)

    def test_each_advice(self):
        status, out, _ = run("--schedule", "5100", "--lang", "en")
        self.assertIn("attempt 2: retry after 0..50 ms\n  attempt 3: retry after 0..100 ms\n  then stop: 3", out)
        status, out, _ = run("--schedule", "4200", "--lang", "en")
        self.assertIn("attempt 2: sign again, then send after 1000 ms\n  then stop: 2 attempts in all", out)
        status, out, _ = run("--schedule", "auth_failed", "--lang", "en")
        self.assertIn("attempt 1: the call\n  then stop: 1 attempt in all", out)
        self.assertEqual(run("--schedule", "7777")[0], 1)  # unlisted: still a schedule, and status 1

    def test_json_and_a_service(self):
        status, out, _ = run("--json", "--schedule", "6000")
        answer = json.loads(out)
        self.assertEqual(answer["retry"], "backoff")
        self.assertEqual([a["delay_ms"] for a in answer["attempts"][1:]], [[0, 50], [0, 100]])
        status, out, _ = run("--table", Table.QUEUE, "--json", "--schedule", "4420")
        self.assertEqual(status, 0)
        self.assertEqual(json.loads(out)["attempts"][1]["delay_ms"], [0, 1000])  # throttled, in that service

    def test_bad_arguments(self):
        self.assertUsageError(["--schedule", "abc"], mentions="neither an integer nor the name")
        self.assertUsageError(["--attempts", "3"], mentions="--schedule")
        self.assertUsageError(["--schedule", "5100", "--attempts", "0"], mentions="--attempts")


class List(ToolTest):
    def columns(self, line):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

    def test_tables_aligned_with_wide_characters(self):
        status, out, _ = run("--list", "public", "--lang", "zh")
        self.assertEqual(status, 0)
        lines = out.splitlines()
        self.assertEqual(lines[0], "public")
        header = lines[1]
        description_column = self.columns(header[:header.index("DESCRIPTION")])
        rows = [line for line in lines[2:] if re.match(r"^  \d", line)]
        self.assertEqual(len(rows), 17)
        for line in rows:
            code, name, type_, rest = line.split(maxsplit=3)
            self.assertEqual(self.columns(line[:line.index(rest)]), description_column, line)
        remedies = [line for line in lines if line.strip().startswith("remedy: ")]
        self.assertEqual(len(remedies), 9)
        for line in remedies:
            self.assertEqual(len(line) - len(line.lstrip()), description_column)

    def test_every_table(self):
        status, out, _ = run("--list", "--lang", "zh")
        self.assertEqual(status, 0)
        for heading in ("public", "project_crud", "project_query"):
            self.assertIn(f"\n{heading}\n" if heading != "public" else "public\n", out)
        self.assertIn("100193  payment_failed", out)
        self.assertIn("项目 ID 为空", out)
        status, out, _ = run("--list", "project-query", "--lang", "en")
        self.assertEqual(out.splitlines()[0], "project_query")
        self.assertIn("Incorrect query parameter", out)
        self.assertNotIn("public", out)


class Search(ToolTest):
    def test_every_word_either_language(self):
        status, out, _ = run("--search", "项目", "名称", "--lang", "zh")
        self.assertEqual(status, 0)
        codes = re.findall(r"^  (\d+) ", out, re.M)
        self.assertEqual(codes, ["1036", "9003"])
        status, out, _ = run("--search", "PROJECT", "empty", "--lang", "zh")  # English words, Chinese output
        self.assertEqual(re.findall(r"^  (\d+) ", out, re.M), ["9003", "1000"])
        self.assertIn("项目 ID 为空", out)
        status, out, _ = run("--search", "auth", "--lang", "en")
        self.assertIn("4100", out)

    def test_within_a_table(self):
        status, out, _ = run("--search", "1000", "--list", "project-query", "--lang", "en")
        self.assertEqual(re.findall(r"^  (\d+) ", out, re.M), ["1000"])

    def test_nothing_found(self):
        status, out, err = run("--search", "no-such-word")
        self.assertEqual((status, out), (1, ""))
        self.assertIn("no row has every word of: no-such-word", err)


class Readme(ToolTest):
    def test_examples_in_the_documents(self):
        """Each '<!-- tool: ARGS -->' block of the README and docs/cli.md follows a command that ends
        with `tccode ARGS` and shows what that prints; a '<!-- tool-stderr: ARGS -->' block shows
        what it writes on standard error. ARGS may end in '< FILE', a file of the repository read
        as standard input."""
        total = 0
        for name in ("README.md", os.path.join("docs", "cli.md")):
            with open(os.path.join(ROOT, name), encoding="utf-8") as f:
                text = f.read()
            blocks = re.findall(r"```sh\n(?:[^\n]*\n)*?([^\n]*)\n```\n"
                                r"((?:<!-- tool(?:-stderr)?: .*? -->\n```text\n.*?```\n)+)", text, re.S)
            found = 0
            for command, shown_blocks in blocks:
                for kind, args, shown in re.findall(r"<!-- (tool|tool-stderr): (.*?) -->\n```text\n(.*?)```\n",
                                                    shown_blocks, re.S):
                    found += 1
                    with self.subTest(document=name, args=args, kind=kind):
                        self.assertTrue(command.endswith("tccode " + args), command)
                        stdin = None
                        if " < " in args:
                            args, path = args.rsplit(" < ", 1)
                            with open(os.path.join(ROOT, path), "rb") as f:
                                stdin = f.read()
                        status, out, err = run(*shlex.split(args), stdin=stdin, lang="C", cwd=ROOT)
                        product = re.search(r"--product (\S+)", args)
                        if not CATALOGUE and product and product.group(1) not in ("common",):
                            # Built without the products: the tool says so instead of showing the block.
                            self.assertEqual((status, out), (2, ""))
                            self.assertIn("built without the products (TCCODE_CATALOGUE=OFF)", err)
                            print(f"tccode: not shown here (no catalogue in this build): tccode {args}")
                            continue
                        self.assertEqual(out if kind == "tool" else err, shown)
            self.assertEqual(found, text.count("<!-- tool: ") + text.count("<!-- tool-stderr: "),
                             f"every tool block of {name} follows its command")
            total += found
        self.assertGreaterEqual(total, 14)


def batch(items, after=""):
    """A batch response of `items` items, on one line: too big to hold (past about a megabyte of items)
    from a few thousand items, so that the tool explains it item by item as it reads it."""
    body = ['{"code": 5400, "message": "", "detail": [']
    body.append(",".join('{"code": %d, "message": "(1036)x%d"}' % (5100 if i % 2 else 0, i) for i in range(items)))
    body.append("]" + after + "}\n")
    return "".join(body)


class Logs(ToolTest):
    """Logs as they are found: streamed, with fields as services write them."""

    def test_a_line_with_trailing_junk_is_one_error(self):
        stdin = '{"code":0} junk\n{"code":4100,"message":"x"}\n{"code":0}{"code":6000} \n'
        status, out, err = run("--json", "--response", "-", stdin=stdin)
        self.assertEqual(status, 2)
        self.assertEqual([json.loads(line)["code"] for line in out.splitlines()], [4100, 0, 6000])
        self.assertEqual(err, "tccode: --response - (standard input): line 1, column 12: malformed JSON: "
                              "text after the value\n")

    def test_a_pretty_response_with_junk_after_it_is_one_error(self):
        status, out, err = run("--json", "--response", "-", stdin='{\n  "code": 0\n} x\n{"code": 4100}\n')
        self.assertEqual((status, out), (2, ""))
        self.assertEqual(err.count("\n"), 1)
        self.assertIn("line 3, column 3: malformed JSON: text after the value", err)

    def test_a_byte_order_mark(self):
        # A file saved on Windows starts with one; it is not part of the first response.
        for text in (b'\xef\xbb\xbf{"code": 4100}\n{"code": 0}\n', b'\xef\xbb\xbf{\n "code": 4100\n}\n'):
            status, out, err = run("--json", "--response", "-", stdin=text)
            self.assertEqual((status, err), (0, ""))
            self.assertEqual(json.loads(out.splitlines()[0])["code"], 4100)

    def test_numeric_and_any_case_fields(self):
        # CDN's documentation writes codeDesc as a number; VOD a numeric requestId; CCS "codedesc".
        status, out, _ = run("--json", "--response", "-",
                             stdin='{"code":4000,"message":"(100004)x","codeDesc":9177,"requestId":9301049}\n'
                                   '{"Code":"5100","Message":"(1036)x","codedesc":"InvalidParameter","RequestID":"r1"}\n')
        self.assertEqual(status, 0)
        first, second = [json.loads(line) for line in out.splitlines()]
        self.assertEqual((first["codeDesc"], first["requestId"]), ("9177", "9301049"))
        self.assertEqual((second["code"], second["module_code"], second["codeDesc"], second["requestId"]),
                         (5100, 1036, "InvalidParameter", "r1"))
        self.assertEqual(second["module"][0]["name"], "project_name_exists")
        _, text, _ = run("--lang", "en", "--response", '{"code":4000,"codeDesc":9177,"requestId":9301049}')
        self.assertIn("codeDesc     9177\n", text)
        self.assertIn("requestId    9301049\n", text)

    def test_cmq_error_list(self):
        body = ('{"code":6010,"message":"(10150)delete message partially failed","requestId":"q1","errorList":['
                '{"code":4430,"message":"(10260)receipt handle is invalid","receiptHandle":"2048"},'
                '{"code":0,"message":"","receiptHandle":"2049"}]}')
        status, out, _ = run("--lang", "en", "--service", "cmq", "--response", body)
        self.assertEqual(status, 0)
        self.assertIn("errorList[0] (receiptHandle 2048):\n    4430 ", out)
        self.assertIn("module code  10260 in cmq_module (handler_invalid)", out)
        self.assertIn("errorList[1] (receiptHandle 2049):\n    0 success", out)
        status, out, _ = run("--json", "--service", "cmq", "--response", body)
        answer = json.loads(out)
        self.assertEqual([(i["item"], i["code"], i["receiptHandle"]) for i in answer["items"]],
                         [("errorList[0]", 4430, "2048"), ("errorList[1]", 0, "2049")])
        self.assertEqual(answer["items"][0]["module"][0]["code"], 10260)

    def test_responses_are_explained_as_they_come(self):
        """A line is explained before the input ends (tail -f | tccode): the input is read as it comes."""
        if EMULATOR:
            print("the emulator's pipes buffer on their own: not checked here", file=sys.stderr)
            return
        import select
        environment = dict(os.environ, LANG="en")
        process = subprocess.Popen([TOOL, "--json", "--response", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, env=environment)
        try:
            process.stdin.write(b'{"code": 4100, "requestId": "first"}\n')
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 60)
            self.assertTrue(ready, "no answer to the first line while the input is open")
            self.assertEqual(json.loads(process.stdout.readline())["requestId"], "first")
            process.stdin.write(b'{"code": 0, "requestId": "second"}\n')
            process.stdin.close()
            self.assertEqual(json.loads(process.stdout.readline())["requestId"], "second")
        finally:
            process.kill() if process.poll() is None else None
            process.wait()

    def test_split_anywhere(self):
        """Read from a pipe in pieces of any size, a stream reads as it does whole (the fuzzer checks
        every cut of short inputs; this is the tool's own loop)."""
        if EMULATOR:
            print("the emulator's pipes buffer on their own: not checked here", file=sys.stderr)
            return
        import threading
        import time
        text = ('{"code": 5100,\n "message": "(1036)x"}\n{"code": 4100}   {"code": 0,\n"requestId": "r"}\n'
                '{"code": 6000, "message": "\\u670d\\u52a1"}\n').encode()
        whole = run("--json", "--response", "-", stdin=text)
        process = subprocess.Popen([TOOL, "--json", "--response", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def write():
            for i in range(0, len(text), 7):
                process.stdin.write(text[i:i + 7])
                process.stdin.flush()
                time.sleep(0.002)
            process.stdin.close()

        writer = threading.Thread(target=write)
        writer.start()
        out, err = process.stdout.read(), process.stderr.read()
        writer.join()
        self.assertEqual((process.wait(), out.decode(), err.decode()), whole)
        self.assertEqual(len(whole[1].splitlines()), 4)

    def test_items_are_explained_as_they_are_read(self):
        """The items of a batch response are explained before the response ends (each as it is read),
        not once it is all held."""
        if EMULATOR:
            print("the emulator's pipes buffer on their own: not checked here", file=sys.stderr)
            return
        import threading
        text = batch(100000).encode()
        half = text.index(b'"(1036)x50000"')
        process = subprocess.Popen([TOOL, "--json", "--response", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   env=dict(os.environ, LANG="en"))
        got = []
        some = threading.Event()

        def read():
            for chunk in iter(lambda: os.read(process.stdout.fileno(), 65536), b""):
                got.append(chunk)
                some.set()

        reader = threading.Thread(target=read)
        reader.start()
        try:
            process.stdin.write(text[:half])
            process.stdin.flush()
            self.assertTrue(some.wait(60), "nothing explained while the response is still being read")
            self.assertTrue(got[0].startswith(b'{"code":5400,'), got[0][:100])
            process.stdin.write(text[half:])
            process.stdin.close()
            self.assertEqual(process.wait(timeout=120), 0)
        finally:
            process.kill() if process.poll() is None else None
            process.wait()
            reader.join()
            process.stdout.close()
        answer = json.loads(b"".join(got))
        self.assertEqual(len(answer["items"]), 100000)
        self.assertEqual([(i["item"], i["code"], i["module_code"]) for i in answer["items"][49999:50001]],
                         [("detail[49999]", 5100, 1036), ("detail[50000]", 0, 1036)])
        self.assertEqual(answer["items"][-1]["message"], "(1036)x99999")

    def test_a_huge_response_reads_as_a_small_one(self):
        """Explained item by item, a batch response shows what it would whole: text and JSON."""
        small = json.loads(batch(3))
        status, text_small, _ = run("--response", json.dumps(small), lang="C")
        big = batch(30000)
        status, text_big, err = run("--response", "-", stdin=big, lang="C")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(text_big.startswith(text_small[:text_small.index("  detail[2]:")]), text_big[:2000])
        self.assertEqual(text_big.count("\n  detail["), 30000)
        status, out, _ = run("--json", "--response", "-", stdin=big)
        answer = json.loads(out)
        self.assertEqual(len(out.splitlines()), 1)
        self.assertEqual([i["item"] for i in answer["items"]], [f"detail[{i}]" for i in range(30000)])
        self.assertEqual(answer["items"][2], json.loads(run("--json", "--response", json.dumps(small))[1])["items"][2])

    def test_fields_after_the_items_of_a_huge_response(self):
        """Read after its items, a huge response's requestId is shown after them."""
        big = batch(30000, after=', "requestId": "r-late", "codeDesc": "PartialSuccess"')
        status, out, err = run("--response", "-", stdin=big, lang="C")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.endswith("\n  codeDesc     PartialSuccess\n  requestId    r-late\n"), out[-300:])
        status, out, _ = run("--json", "--response", "-", stdin=big)
        answer = json.loads(out)
        self.assertEqual((answer["requestId"], answer["codeDesc"], len(answer["items"])),
                         ("r-late", "PartialSuccess", 30000))
        status, out, _ = run("--summary", "--json", "--response", "-", stdin=big)
        self.assertEqual((json.loads(out)["responses"], json.loads(out)["items"]), (1, 30000))

    def test_a_huge_response_malformed_after_its_items_began(self):
        """Its items so far are explained; as JSON, its object ends where the error is, marked incomplete."""
        big = batch(30000)[:-2] + ', "x": }\n{"code": 0}\n'
        status, out, err = run("--json", "--response", "-", stdin=big)
        self.assertEqual(status, 2)
        self.assertEqual(err.count("\n"), 1, err)
        self.assertIn("malformed JSON: Invalid value.", err)
        answer, after = [json.loads(line) for line in out.splitlines()]  # JSON Lines: the next line is read
        self.assertTrue(answer["incomplete"])
        self.assertEqual(len(answer["items"]), 30000)
        self.assertEqual((after["code"], "incomplete" in after), (0, False))
        status, out, err = run("--response", "-", stdin=big, lang="C")
        self.assertEqual(status, 2)
        self.assertIn("5400 Partially executed", out)


class Lenient(ToolTest):
    """Responses as logs and documentation show them: Python's repr, Node's util.inspect, trailing commas."""

    SHAPES = [
        # (what, text, code, module code)
        ("Python's dict repr", "{'code': 5100, 'message': '(100004)projectId不正确', 'requestId': 'p1'}", 5100, 100004),
        ("Python 2's, with u''", "{u'code': 4000, u'message': u'(9003)name', u'codeDesc': u'InvalidParameter'}",
         4000, 9003),
        ("Python's True and None", "{'code': 0, 'message': '', 'data': {'ok': True, 'next': None, 'n': 1e3}}", 0, None),
        ("a quote in Python's repr", "{'code': 4000, 'message': 'it\\'s \"bad\"'}", 4000, None),
        ("Node's util.inspect", "{ code: 4000, message: '(100004)projectId不正确', codeDesc: 'InvalidParameter' }",
         4000, 100004),
        ("Node's, on lines, with [Object]", "{\n  code: 4100,\n  message: '鉴权失败',\n  data: [Object],\n"
                                            "  extra: `a 'b' \"c\"`\n}", 4100, None),
        ("a documentation example with a trailing comma",
         '{\n    "code": 4000,\n    "message": "(100004)projectId不正确",\n    "codeDesc": "InvalidParameter",\n}',
         4000, 100004),
        ("a trailing comma in an array", '{"code": 5400, "message": "", "detail": [{"code": 0},],}', 5400, None),
        ("a comment", '{"code": 6000, // what the server said\n "message": ""}', 6000, None),
    ]

    def test_real_world_shapes(self):
        for what, text, code, module in self.SHAPES:
            with self.subTest(what=what):
                status, out, err = run("--json", "--response", text)
                self.assertEqual(status, 2, out)
                self.assertIn("malformed JSON", err)
                self.assertIn("--lenient reads it", err)  # the hint: said once, on the error's line
                self.assertEqual(err.count("\n"), 1)
                status, out, err = run("--json", "--lenient", "--response", text)
                self.assertEqual(err, "")
                answer = json.loads(out)
                self.assertEqual((answer["code"], answer["module_code"]), (code, module))
        _, out, _ = run("--json", "--lenient", "--response", self.SHAPES[3][1])
        self.assertEqual(json.loads(out)["message"], "it's \"bad\"")
        _, out, _ = run("--json", "--lenient", "--response", self.SHAPES[0][1])
        self.assertEqual((json.loads(out)["detail"], json.loads(out)["requestId"]), ("projectId不正确", "p1"))

    def test_as_json_lines(self):
        lines = "\n".join(text for _, text, _, _ in self.SHAPES if "\n" not in text) + "\n"
        status, out, err = run("--json", "--lenient", "--response", "-", stdin=lines)
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(len(out.splitlines()), len([s for s in self.SHAPES if "\n" not in s[1]]))

    def test_strict_json_reads_the_same(self):
        with open(os.path.join(ROOT, "docs", "responses.jsonl"), "rb") as f:
            stdin = f.read()
        self.assertEqual(run("--json", "--lenient", "--response", "-", stdin=stdin),
                         run("--json", "--response", "-", stdin=stdin))

    def test_errors_keep_their_place(self):
        status, _, err = run("--lenient", "--response", "-", stdin="{'code': 0}\n{ code: 4100, message: 'x' ]\n")
        self.assertEqual(status, 2)
        self.assertRegex(err, r"^tccode: --response - \(standard input\): line 2, column 28: malformed JSON")
        self.assertUsageError(["--lenient", "4100"], mentions="--lenient")


API3_ERROR = '{"Response": {"Error": {"Code": "ResourceInUse.DiskMigrating", "Message": "The disk is migrating."}, ' \
             '"RequestId": "9b1c-01"}}'


class Api3(ToolTest):
    """API 3.0 bodies, recognised by their shape: {"Response": {"Error": {"Code", "Message"}, "RequestId"}}."""

    def test_an_error_as_text(self):
        status, out, err = run("--response", API3_ERROR)
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out, "ResourceInUse.DiskMigrating (judged as ResourceInUse)\n"
                              "  common       ResourceInUse: The resource is in use.\n"
                              "  server said  The disk is migrating.\n"
                              "  requestId    9b1c-01\n"
                              "  judgement    busy: The resource is busy for now: retry after a backoff.\n"
                              "  may have run no: Refused because the resource is busy or its name not yet free: "
                              "nothing changed.\n"
                              "  retry        retry after a backoff\n")
        _, out, _ = run("--lang", "zh", "--response", API3_ERROR)
        self.assertIn("  common       ResourceInUse: 资源被占用\n", out)
        self.assertIn("  retry        退避一段时间后重试\n", out)

    def test_an_error_as_json(self):
        status, out, err = run("--json", "--response", API3_ERROR)
        self.assertEqual((status, err), (0, ""))
        answer = json.loads(out)
        self.assertEqual((answer["api"], answer["code"], answer["success"], answer["listed"], answer["product"]),
                         ("3.0", "ResourceInUse.DiskMigrating", False, True, "common"))
        self.assertEqual(answer["judged_by"], "ResourceInUse")
        self.assertEqual(answer["common_row"], {"code": "ResourceInUse", "description": "The resource is in use."})
        self.assertIsNone(answer["product_row"])  # the common codes are the product: one row
        self.assertEqual(answer["judgement"]["id"], "busy")
        self.assertIn("retry after a backoff", answer["judgement"]["reason"])
        self.assertIn("nothing changed", answer["judgement"]["executed_reason"])
        self.assertFalse(answer["may_have_executed"])
        self.assertEqual((answer["message"], answer["retry"], answer["requestId"]),
                         ("The disk is migrating.", "backoff", "9b1c-01"))

    def test_each_kind_of_code(self):
        for code, judged_by, retry, ran in (("RequestLimitExceeded", "RequestLimitExceeded", "throttled", False),
                                            ("InternalError", "InternalError", "backoff", True),
                                            ("AuthFailure.SignatureExpire", "AuthFailure.SignatureExpire", "never",
                                             False),
                                            ("LimitExceeded.InstanceQuota", "LimitExceeded", "never", False)):
            with self.subTest(code=code):
                body = json.dumps({"Response": {"Error": {"Code": code, "Message": "m"}, "RequestId": "r"}})
                status, out, _ = run("--json", "--response", body)
                answer = json.loads(out)
                self.assertEqual((status, answer["judged_by"], answer["retry"], answer["may_have_executed"]),
                                 (0, judged_by, retry, ran))
        # A code that nothing knows: explained still, and status 1, as an unlisted API 2.0 code.
        body = '{"Response": {"Error": {"Code": "Ecm.NoSuchThing", "Message": "?"}, "RequestId": "r"}}'
        status, out, _ = run("--response", body)
        self.assertEqual(status, 1)
        self.assertTrue(out.startswith("Ecm.NoSuchThing (unknown code)\n"), out)
        self.assertIn("  judgement    unknown_code: ", out)

    def test_a_success(self):
        body = '{"Response": {"TotalCount": 1, "InstanceSet": [{"InstanceId": "ins-1"}], "RequestId": "ok-1"}}'
        status, out, err = run("--response", body)
        self.assertEqual((status, out, err), (0, "success\n  requestId    ok-1\n", ""))
        answer = json.loads(run("--json", "--response", body)[1])
        self.assertEqual((answer["api"], answer["code"], answer["success"], answer["requestId"]),
                         ("3.0", None, True, "ok-1"))

    def test_an_unreadable_response(self):
        """{"Response": null}, an Error without a Code: no answer of the API's, explained as such."""
        status, out, err = run("--response", '{"Response": null}')
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out, 'Unreadable response: "Response" is null\n'
                              "  description  The answer is not the API's: an HTTP error page, or a body that is cut "
                              "or cannot be read.\n"
                              "  judgement    bad_response: An answer that is not the API's: it may pass, so retry "
                              "after a backoff, if the call may run twice.\n"
                              "  may have run yes: The server may have done the work before the answer went wrong.\n"
                              "  retry        retry after a backoff\n")
        for body, why in (('{"Response": {"Error": {"Message": "x"}, "RequestId": "r-5"}}', '"Error" has no "Code"'),
                          ('{"Response": {"Error": {"Code": 4000}}}', '"Code" is number, not a string'),
                          ('{"Response": {"Error": null}}', '"Error" is null'),
                          ('{"Response": "oops"}', '"Response" is string, not an object')):
            with self.subTest(body=body):
                status, out, _ = run("--json", "--response", body)
                answer = json.loads(out)
                self.assertEqual((status, answer["code"], answer["unreadable"], answer["transport"], answer["retry"]),
                                 (0, None, why, "bad_response", "backoff"))
        self.assertIn("requestId    r-5", run("--response", '{"Response": {"Error": {"Message": "x"}, "RequestId": "r-5"}}')[1])

    def test_pretty_printed_lenient_and_mixed_with_api2(self):
        pretty = json.dumps(json.loads(API3_ERROR), indent=4) + "\n"
        self.assertEqual(run("--response", "-", stdin=pretty), run("--response", API3_ERROR))
        python = "{'Response': {'Error': {'Code': 'InternalError', 'Message': u'内部错误'}, 'RequestId': 'py-3'}}"
        status, out, err = run("--response", python)
        self.assertEqual(status, 2)
        self.assertIn("--lenient reads it", err)
        status, out, err = run("--lenient", "--json", "--response", python)
        self.assertEqual((status, err), (0, ""))
        self.assertEqual((json.loads(out)["code"], json.loads(out)["message"]), ("InternalError", "内部错误"))
        # API 2.0 and 3.0 in one input, one after the other: each explained as its own.
        for mixed in ('{"code": 4100, "requestId": "a"}\n' + API3_ERROR + "\n" + '{"code": 0}\n',  # JSON Lines
                      '{\n  "code": 4100\n}\n' + pretty + '{"code": 0}'):  # pretty-printed values
            status, out, err = run("--json", "--response", "-", stdin=mixed)
            self.assertEqual((status, err), (0, ""))
            self.assertEqual([json.loads(line)["code"] for line in out.splitlines()],
                             [4100, "ResourceInUse.DiskMigrating", 0])

    def test_a_code_argument(self):
        """A bare argument that is not an integer nor an API 2.0 name is an API 3.0 code."""
        status, out, err = run("AuthFailure.SignatureExpire")
        self.assertEqual((status, err), (0, ""))
        self.assertTrue(out.startswith("AuthFailure.SignatureExpire\n  common       Signature expired."), out)
        self.assertIn("  judgement    clock_wrong: ", out)
        self.assertIn("  retry        do not retry\n", out)
        status, out, _ = run("ResourceInUse.DiskMigrating", "The disk is migrating.")
        self.assertEqual(out, run("--response", API3_ERROR)[1].replace("  requestId    9b1c-01\n", ""))
        answer = json.loads(run("--json", "RequestLimitExceeded", "slow down")[1])
        self.assertEqual((answer["code"], answer["retry"], answer["message"]), ("RequestLimitExceeded", "throttled",
                                                                                "slow down"))
        self.assertEqual(run("4100")[1].splitlines()[0], "4100 Authentication failed (auth_failed)")  # still API 2.0
        self.assertUsageError(["Auth Failure"], mentions="nor an API 3.0 code such as AuthFailure.SignatureExpire")
        status, out, _ = run("--schedule", "RequestLimitExceeded")
        self.assertEqual(status, 0)
        self.assertTrue(out.startswith("RequestLimitExceeded: retry only behind a rate limiter"), out)

    def test_product_and_api_version(self):
        expected = run("--response", API3_ERROR)
        self.assertEqual(run("--product", "common", "--response", API3_ERROR), expected)
        self.assertEqual(run("--product", "common", "--api-version", "2017-03-12", "--response", API3_ERROR),
                         expected)
        answer = json.loads(run("--json", "--product", "common", "--api-version", "v20170312", "InternalError")[1])
        self.assertEqual((answer["product"], answer["api_version"]), ("common", "v20170312"))
        self.assertUsageError(["--product", "nosuch", "InternalError"],
                              mentions="--product: 'nosuch' is not a built-in product")
        self.assertUsageError(["--product", "common", "--api-version", "2017", "InternalError"],
                              mentions="--api-version: '2017' is not an API version")
        self.assertUsageError(["--api-version", "2017-03-12", "InternalError"], mentions="--product")

    def test_service_is_api2s_and_product_api3s(self):
        """A name both have (cvm, cdn, cam, ...) is never ambiguous: --service is API 2.0's, --product API
        3.0's, and in a log of both each response is explained with its own generation's setting."""
        log = '{"code": 7000, "message": "(10200)no message"}\n' + API3_ERROR + "\n"
        status, out, err = run("--service", "cmq", "--product", "common", "--json", "--response", "-", stdin=log)
        self.assertEqual((status, err), (0, ""))
        api2, api3 = [json.loads(line) for line in out.splitlines()]
        self.assertEqual((api2["service"], api2["module"][0]["name"]), ("cmq", "no_message"))
        self.assertEqual((api3["product"], api3["judged_by"]), ("common", "ResourceInUse"))
        self.assertEqual(api3, json.loads(run("--json", "--response", API3_ERROR)[1]))
        self.assertEqual(run("--service", "cvm", "--json", "InternalError")[1], run("--json", "InternalError")[1])

    def test_responses_are_explained_as_they_come(self):
        """API 3.0 JSON Lines are explained before the input ends, as API 2.0's are."""
        if EMULATOR:
            print("the emulator's pipes buffer on their own: not checked here", file=sys.stderr)
            return
        import select
        process = subprocess.Popen([TOOL, "--json", "--response", "-"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, env=dict(os.environ, LANG="en"))
        try:
            process.stdin.write(b'{"Response": {"Error": {"Code": "InternalError", "Message": "m"}, '
                                b'"RequestId": "first"}}\n')
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 60)
            self.assertTrue(ready, "no answer to the first line while the input is open")
            self.assertEqual(json.loads(process.stdout.readline())["requestId"], "first")
            process.stdin.write(b'[TencentCloudSDKError] Code=RequestLimitExceeded, Message=m, RequestId=second\n')
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], 60)
            self.assertTrue(ready, "no answer to the logged error while the input is open")
            self.assertEqual(json.loads(process.stdout.readline())["requestId"], "second")
            process.stdin.close()
            self.assertEqual(process.stdout.read(), b"")
        finally:
            process.kill() if process.poll() is None else None
            process.wait()


class Logged(ToolTest):
    """The error lines that the API 3.0 SDKs print, as logs show them, recognised without a flag. The
    lines are as the SDKs' sources format them (/tmp/research/log-forms.md of issue 28 names each
    source and commit): Go's TencentCloudSDKError.Error() (tencentcloud/common/errors/errors.go, in
    its four versions), Python's TencentCloudSDKException.__str__, the C++ SDK's Core::Error::PrintAll(),
    Java's and Node's TencentCloudSDKException.toString(), and Terraform's and Packer's diagnostics,
    which embed Go's."""

    # (what, line, code, message, requestId, cause, logged by, judgement id, retry)
    LINES = [
        ("Go, a network error without a requestId",
         '[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because Post '
         '"http://127.0.0.1:18999/": dial tcp 127.0.0.1:18999: connect: connection refused',
         "ClientError.NetworkError", 'Fail to get response because Post "http://127.0.0.1:18999/": dial tcp '
         '127.0.0.1:18999: connect: connection refused', None, None, "Go SDK", "not_sent", "backoff"),
        ("Go, an API error", "[TencentCloudSDKError] Code=RequestLimitExceeded, Message=too fast, RequestId=r-1",
         "RequestLimitExceeded", "too fast", "r-1", None, "Go SDK", "rate_limited", "throttled"),
        ("Go, a message with commas and equals signs",
         "[TencentCloudSDKError] Code=InvalidParameter, Message=a, b=c, RequestId=d, RequestId=r-2",
         "InvalidParameter", "a, b=c, RequestId=d", "r-2", None, "Go SDK", "invalid_request", "never"),
        ("Go, an empty requestId (variant A)",
         "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because x, RequestId=",
         "ClientError.NetworkError", "Fail to get response because x", None, None, "Go SDK", "network_failed",
         "backoff"),
        ("Go, the requestId printed with %d (variant B)",
         "[TencentCloudSDKError] Code=ClientError.NetworkError, Message=Fail to get response because x, "
         "RequestId=%!d(string=)", "ClientError.NetworkError", "Fail to get response because x", None, None, "Go SDK",
         "network_failed", "backoff"),
        ("Go, with a cause (variant D)",
         "[TencentCloudSDKError] Code=ClientError.ParseJsonError, Message=bad json, RequestId=req-2: unexpected end "
         "of JSON input", "ClientError.ParseJsonError", "bad json", "req-2", "unexpected end of JSON input", "Go SDK",
         "bad_response", "backoff"),
        ("Python", "[TencentCloudSDKException] code:ClientNetworkError message:HTTPConnectionPool(host='127.0.0.1', "
                   "port=18003): Read timed out. (read timeout=2) requestId:None",
         "ClientNetworkError", "HTTPConnectionPool(host='127.0.0.1', port=18003): Read timed out. (read timeout=2)",
         None, None, "Python SDK", "timed_out", "backoff"),
        ("Python, a traceback's last line",
         "tencentcloud.common.exception.tencent_cloud_sdk_exception.TencentCloudSDKException: "
         "[TencentCloudSDKException] code:ServerNetworkError message:b'<html><body><h1>502 Bad Gateway</h1></body>"
         "</html>' requestId:None", "ServerNetworkError", "b'<html><body><h1>502 Bad Gateway</h1></body></html>'",
         None, None, "Python SDK", "bad_response", "backoff"),
        ("C++", "RequestId=, ErrorCode=NetworkError, ErrorMessage=Failed to connect to 127.0.0.1 port 18999 after 0 "
                "ms: Couldn't connect to server", "NetworkError",
         "Failed to connect to 127.0.0.1 port 18999 after 0 ms: Couldn't connect to server", None, None, "C++ SDK",
         "not_sent", "backoff"),
        ("C++, an API error", "RequestId=6f3a-2, ErrorCode=AuthFailure.SignatureExpire, ErrorMessage=Signature "
                              "expired, check your clock", "AuthFailure.SignatureExpire",
         "Signature expired, check your clock", "6f3a-2", None, "C++ SDK", "clock_wrong", "never"),
        ("Java 3.1, an IOException", "[TencentCloudSDKException]code: null message: requestId:null cause:"
                                     "java.net.UnknownHostException: nonexistent-host.invalid: Name or service not "
                                     "known", None, "", None, "java.net.UnknownHostException: nonexistent-host.invalid: "
                                     "Name or service not known", "Java SDK", "not_sent", "backoff"),
        ("Java 3.1, a read timeout", "[TencentCloudSDKException]code: null message:java.net.SocketTimeoutException-"
                                     "timeout requestId:null cause:java.net.SocketTimeoutException: timeout",
         None, "java.net.SocketTimeoutException-timeout", None, "java.net.SocketTimeoutException: timeout",
         "Java SDK", "timed_out", "backoff"),
        ("Java 3.1, an API error", "[TencentCloudSDKException]code: ResourceNotFound message:The instance does not "
                                   "exist requestId:j-3", "ResourceNotFound", "The instance does not exist", "j-3", None,
         "Java SDK", "not_found", "never"),
        ("Java 3.0, the code in the message", "[TencentCloudSDKException]message:AuthFailure.SignatureFailure-The "
                                              "provided credentials could not be validated. requestId:j-4",
         "AuthFailure.SignatureFailure", "The provided credentials could not be validated.", "j-4", None, "Java SDK",
         "auth_failed", "never"),
        ("Node.js", "[TencentCloudSDKException]message:request to http://127.0.0.1:18999/ failed, reason: connect "
                    "ECONNREFUSED 127.0.0.1:18999  requestId:  traceId:59479945-167e-4fa9-88db-581c817f4dab", None,
         "request to http://127.0.0.1:18999/ failed, reason: connect ECONNREFUSED 127.0.0.1:18999", None, None,
         "Node.js SDK", "not_sent", "backoff"),
        ("Terraform's diagnostic", "Error: [TencentCloudSDKError] Code=ResourceInsufficient.SpecifiedInstanceType, "
                                   "Message=The specified type of instance is understocked., RequestId=tf-1",
         "ResourceInsufficient.SpecifiedInstanceType", "The specified type of instance is understocked.", "tf-1", None,
         "Go SDK", "insufficient_resources", "never"),
        ("Terraform's provider log", "2024/05/01 12:00:00 [CRITAL]1714550000000-1 api[RunInstances] fail, request "
                                     'body [{"Limit":10}], reason[[TencentCloudSDKError] Code=InternalError, '
                                     "Message=internal error, RequestId=tf-2]", "InternalError", "internal error",
         "tf-2", None, "Go SDK", "server_error", "backoff"),
        ("Packer's", "==> tencentcloud-cvm: Failed to run instance: retry count exhausted. Last err: "
                     "[TencentCloudSDKError] Code=ResourceUnavailable.InstanceLocked, Message=locked, RequestId=pk-1",
         "ResourceUnavailable.InstanceLocked", "locked", "pk-1", None, "Go SDK", "busy", "backoff"),
    ]

    def test_each_form(self):
        for what, line, code, message, request_id, cause, by, judgement, retry in self.LINES:
            with self.subTest(what=what):
                for args, stdin in ((["--response", "-"], line + "\n"), (["--response", line], None)):
                    status, out, err = run("--json", *args, stdin=stdin)
                    self.assertEqual((status, err), (0, ""), out)
                    answer = json.loads(out)
                    self.assertEqual((answer["api"], answer["code"], answer["message"], answer.get("requestId"),
                                      answer.get("cause"), answer["logged_by"], answer["judgement"]["id"],
                                      answer["retry"]),
                                     ("3.0", code, message, request_id, cause, by, judgement, retry))

    def test_as_text(self):
        status, out, err = run("--response", self.LINES[5][1])
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out, "ClientError.ParseJsonError\n"
                              "  common       The answer is not JSON the SDK can read.\n"
                              "  server said  bad json\n"
                              "  cause        unexpected end of JSON input\n"
                              "  requestId    req-2\n"
                              "  logged by    Go SDK\n"
                              "  judgement    bad_response: An answer that is not the API's: it may pass, so retry "
                              "after a backoff, if the call may run twice.\n"
                              "  may have run yes: The server may have done the work before the answer went wrong.\n"
                              "  retry        retry after a backoff\n")
        status, out, _ = run("--response", self.LINES[10][1])
        self.assertEqual(status, 0)
        self.assertTrue(out.startswith("Request not sent (no code)\n  description  The request never reached the "
                                       "server"), out)

    def test_a_log_of_every_form(self):
        """One line each, among JSON bodies of both generations, a Windows line end and a line that is none
        of them: each explained in order, the odd line one error (with --lenient's hint where it applies)."""
        lines = [line for _, line, *_ in self.LINES]
        log = "\n".join(lines[:9]) + "\r\n" + API3_ERROR + "\n" + '{"code": 4100}\n' + "\n".join(lines[9:]) + "\n"
        status, out, err = run("--json", "--response", "-", stdin=log + "[TencentCloudSDKError] Code=X\n"
                                                                       "{'code': 0}\n")
        self.assertEqual(status, 2)
        codes = [json.loads(line)["code"] for line in out.splitlines()]
        expected = [code for _, _, code, *_ in self.LINES]
        self.assertEqual(codes, expected[:9] + ["ResourceInUse.DiskMigrating", 4100] + expected[9:])
        errors = err.splitlines()
        self.assertEqual(len(errors), 2, err)
        self.assertIn(f"line {len(lines) + 3}, column 2: malformed JSON", errors[0])
        self.assertIn(f"line {len(lines) + 4}, column 2: malformed JSON", errors[1])
        self.assertIn("--lenient reads it", errors[1])
        status, out, err = run("--lenient", "--json", "--response", "-", stdin=log + "{'code': 0}\n")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual([json.loads(line)["code"] for line in out.splitlines()][-1], 0)

    def test_the_documents_lines(self):
        """docs/cli.md's tests/tool/logged.txt: a line of each form, each explained, none an error."""
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "logged.txt"), "rb") as f:
            text = f.read()
        status, out, err = run("--json", "--response", "-", stdin=text)
        self.assertEqual((status, err), (0, ""))
        answers = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(answers), text.count(b"\n"))
        self.assertEqual({a["logged_by"] for a in answers}, {"Go SDK", "Python SDK", "C++ SDK", "Java SDK"})

    def test_a_huge_logged_message(self):
        """A logged line's message is held once, as a JSON message is."""
        message = "x" * (5 << 20)
        status, out, err = run("--json", "--response", "-",
                               stdin="[TencentCloudSDKError] Code=InternalError, Message=" + message + ", RequestId=h\n")
        self.assertEqual((status, err), (0, ""))
        answer = json.loads(out)
        self.assertEqual((answer["message"], answer["requestId"]), (message, "h"))


def header_tables(name):
    """{version digits: rows} of include/tccode/products/NAME.hpp, read from its tables' sizes."""
    with open(os.path.join(ROOT, "include", "tccode", "products", name + ".hpp"), encoding="ascii") as f:
        return {v: int(n) for v, n in re.findall(rf"code_row {name}_(v\d+)_codes\[(\d+)\]", f.read())}


class Products(ToolTest):
    """API 3.0's products (issue 29): --products, --product NAME [--api-version V], and the product of
    the host an SDK's error names. Not built where the tool has no catalogue (TCCODE_CATALOGUE)."""

    def test_products_lists_every_product_header(self):
        status, out, err = run("--products", "--json")
        self.assertEqual((status, err), (0, ""))
        listed = {p["product"]: p for p in map(json.loads, out.splitlines())}
        headers = {f[:-4] for f in os.listdir(os.path.join(ROOT, "include", "tccode", "products"))}
        self.assertEqual(set(listed), headers)
        for name in ("cvm", "cbs", "tke", "clb"):
            with self.subTest(product=name):
                tables = header_tables(name)
                p = listed[name]
                self.assertEqual(sorted(p["versions"]), sorted(f"{v[1:5]}-{v[5:7]}-{v[7:9]}" for v in tables))
                newest = "v" + p["versions"][0].replace("-", "")
                self.assertEqual(p["codes"], tables[newest])
                self.assertEqual(p["host"], name + ".tencentcloudapi.com")
                self.assertLessEqual(p["english"], p["codes"])
        self.assertEqual(listed["tke"]["versions"], ["2022-05-01", "2018-05-25"])  # the newest first
        status, out, _ = run("--products")
        self.assertEqual(status, 0)
        cvm = next(line for line in out.splitlines() if line.startswith("cvm "))
        self.assertRegex(cvm, r"^cvm +2017-03-12 +\d+ codes +\d+% English +tencentcloud/cvm/v20170312/errors.go$")
        self.assertUsageError(["--products", "InternalError"])

    def test_a_product_s_meaning(self):
        status, out, err = run("--product", "cbs", "--lang", "en", "ResourceInUse.DiskMigrating")
        self.assertEqual((status, err), (0, ""))
        self.assertEqual(out.splitlines()[:3], ["ResourceInUse.DiskMigrating",
                                                "  product      cbs: The cloud disk is being migrated. Try again later.",
                                                "  common       ResourceInUse: The resource is in use."])
        answer = json.loads(run("--json", "--product", "cbs", "ResourceInUse.DiskMigrating")[1])
        self.assertEqual((answer["product"], answer["judged_by"], answer["judgement"]["id"]),
                         ("cbs", "ResourceInUse.DiskMigrating", "retry_later"))
        # The common codes alone judge it by its family.
        self.assertEqual(json.loads(run("--json", "ResourceInUse.DiskMigrating")[1])["judged_by"], "ResourceInUse")
        # A version: TKE's newest API has codes of its own.
        newest = json.loads(run("--json", "--product", "tke", "--api-version", "2022-05-01", "InternalError")[1])
        self.assertEqual((newest["product"], newest["api_version"]), ("tke", "2022-05-01"))
        self.assertUsageError(["--product", "cvm", "--api-version", "2001-01-01", "InternalError"],
                              mentions="--api-version: '2001-01-01' is not a version of cvm")

    def test_the_host_an_error_names(self):
        """An SDK's network error that names the host it called is explained in that product's meaning,
        and --summary counts it under that product; --product overrides it."""
        line = ("[TencentCloudSDKException] code:ClientNetworkError message:HTTPSConnectionPool("
                "host='cbs.ap-guangzhou.tencentcloudapi.com', port=443): Read timed out. requestId:None")
        answer = json.loads(run("--json", "--response", line)[1])
        self.assertEqual((answer["product"], answer["code"]), ("cbs", "ClientNetworkError"))
        self.assertEqual(json.loads(run("--json", "--product", "common", "--response", line)[1])["product"], "common")
        status, out, _ = run("--summary", "--json", "--response", "-", stdin=line + "\n" + line + "\n")
        rows = json.loads(out)["rows"]
        self.assertEqual([(r["code"], r["product"], r["count"]) for r in rows], [("ClientNetworkError", "cbs", 2)])


def independent_count(text):
    """Per (code, module code): how many responses and batch items the text has, counted without tccode."""
    counts = {}

    def add(body):
        message = body.get("message") or ""
        m = re.match(r"\s*\((-?\d+)\)", message)
        key = (int(body["code"]), m.group(1) if m else None)
        counts[key] = counts.get(key, 0) + 1
        for item in body.get("errorList", []) + body.get("detail", []):
            add(item)

    for line in text.splitlines():
        add(json.loads(line))
    return counts


class Summary(ToolTest):
    def log(self, lines, seed):
        return subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_log.py"), str(lines), "--seed",
                               str(seed)], capture_output=True, check=True).stdout.decode()

    def test_counts_against_an_independent_count(self):
        text = self.log(20000, 7)
        expected = independent_count(text)
        status, out, err = run("--summary", "--json", "--lang", "en", "--response", "-", stdin=text)
        self.assertEqual(err, "")
        self.assertEqual(status, 1)  # the log has unlisted codes (4102, CMQ's without --service)
        answer = json.loads(out)
        self.assertEqual((answer["responses"], answer["malformed"]), (20000, 0))
        self.assertEqual(answer["responses"] + answer["items"], sum(expected.values()))
        got = {(r["code"], r["module"]): r["count"] for r in answer["rows"]}
        self.assertEqual(got, expected)
        counts = [r["count"] for r in answer["rows"]]
        self.assertEqual(counts, sorted(counts, reverse=True))
        self.assertAlmostEqual(sum(float(r["share"]) for r in answer["rows"]), 1.0, delta=0.001)
        # Each row's example is the first requestId of its kind.
        first = {}
        for line in text.splitlines():
            body = json.loads(line)
            m = re.match(r"\((-?\d+)\)", body["message"])
            first.setdefault((body["code"], m.group(1) if m else None), str(body["requestId"]))
        for r in answer["rows"]:
            if (r["code"], r["module"]) in first:
                self.assertEqual(r["requestId"], first[(r["code"], r["module"])])

    def test_text(self):
        text = '{"code":5100,"message":"(1036)x","requestId":"a"}\n' * 3 + '{"code":0,"requestId":"b"}\n' + "oops\n"
        status, out, err = run("--summary", "--lang", "en", "--response", "-", stdin=text)
        self.assertEqual(status, 2)
        self.assertEqual(err.count("\n"), 1)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("COUNT      SHARE   CODE    MODULE    MEANING"), lines[0])
        self.assertRegex(lines[1], r"^3 +75\.0% +5100 +1036 +Resource operation failed: The project name already exists"
                                   r" +do not retry +a$")
        self.assertRegex(lines[2], r"^1 +25\.0% +0 +- +success +- +b$")
        self.assertEqual(lines[3], "4 responses, 1 malformed (on standard error)")
        _, out, _ = run("--summary", "--lang", "zh", "--response", "-", stdin=text)
        self.assertTrue(out.startswith("次数       占比    代码    模块码    含义"), out)
        self.assertIn("资源操作失败: 项目名称已经存在", out)
        self.assertTrue(out.endswith("4 个响应，1 处格式错误（见标准错误）\n"), out)

    def test_needs_responses(self):
        self.assertUsageError(["--summary", "4100"], mentions="--summary")

    def test_a_log_of_both_generations(self):
        """API 2.0 and 3.0 responses and logged errors in one log: a row per (generation, code, module code
        or product), API 3.0's by code string, with exact counts."""
        api3 = '{"Response": {"Error": {"Code": "%s", "Message": "m"}, "RequestId": "%s"}}\n'
        text = ('{"code":5100,"message":"(1036)x","requestId":"a"}\n' * 3 +
                api3 % ("RequestLimitExceeded", "b1") + api3 % ("RequestLimitExceeded", "b2") +
                "[TencentCloudSDKError] Code=RequestLimitExceeded, Message=slow, RequestId=b3\n" +
                api3 % ("ResourceInUse.DiskMigrating", "c") +
                "RequestId=d, ErrorCode=ResourceInUse.DiskMigrating, ErrorMessage=migrating\n" +
                '{"Response": {"RequestId": "e"}}\n' * 2 + '{"code": 0, "requestId": "f"}\n' +
                '{"Response": null}\n' + "[TencentCloudSDKException]code: null message: requestId:null cause:"
                "java.net.ConnectException: Failed to connect to /127.0.0.1:18999\n")
        status, out, err = run("--summary", "--json", "--response", "-", stdin=text)
        self.assertEqual((status, err), (0, ""))
        answer = json.loads(out)
        self.assertEqual((answer["responses"], answer["items"], answer["malformed"]), (13, 0, 0))
        rows = [(r.get("api", "2.0"), r["code"], r.get("module", r.get("product")), r.get("unreadable",
                 r.get("transport")), r["count"], r["requestId"]) for r in answer["rows"]]
        self.assertEqual(rows, [("2.0", 5100, "1036", None, 3, "a"),
                                ("3.0", "RequestLimitExceeded", "common", None, 3, "b1"),
                                ("3.0", None, "common", None, 2, "e"),
                                ("3.0", "ResourceInUse.DiskMigrating", "common", None, 2, "c"),
                                ("2.0", 0, None, None, 1, "f"),
                                ("3.0", None, "common", '"Response" is null', 1, None),
                                ("3.0", None, "common", "not_sent", 1, None)])
        self.assertEqual(answer["rows"][1]["retry"], "throttled")
        self.assertEqual(answer["rows"][3]["meaning"], "ResourceInUse: The resource is in use.")
        status, out, _ = run("--summary", "--response", "-", stdin=text)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("COUNT      SHARE   CODE                         MODULE    MEANING"),
                        lines[0])
        self.assertRegex(lines[2], r"^3 +23\.1% +RequestLimitExceeded +- +The request rate limit is exceeded\. +"
                                   r"retry only behind a rate limiter or a long backoff +b1$")
        self.assertRegex(lines[6], r'^1 +7\.7% +- +- +Unreadable response: "Response" is null +retry after a '
                                   r"backoff +-$")
        self.assertEqual(lines[-1], "13 responses")


def peak_memory_kb(args, blocks, block):
    """The tool's peak resident memory (VmHWM, polled) while it reads `blocks` copies of `block`
    from a pipe, and what it printed."""
    import threading
    import time
    process = subprocess.Popen([TOOL, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def write():
        for _ in range(blocks):
            process.stdin.write(block)
        process.stdin.close()

    writer = threading.Thread(target=write)
    writer.start()
    out = []
    reader = threading.Thread(target=lambda: out.append(process.stdout.read()))
    reader.start()
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            break
        time.sleep(0.02)
    writer.join()
    reader.join()
    return peak, out[0]


def peak_rss_kb(args, path):
    """The tool's peak resident memory (VmHWM, polled) while it reads the file at `path` as standard
    input; its exit status, the bytes it printed, and their first and last 4096."""
    import threading
    import time
    with open(path, "rb") as f:
        process = subprocess.Popen([TOOL, *args], stdin=f, stdout=subprocess.PIPE, env=dict(os.environ, LANG="en"))
    printed = {"size": 0, "head": b"", "tail": b""}

    def read():
        for chunk in iter(lambda: os.read(process.stdout.fileno(), 1 << 20), b""):
            printed["head"] = printed["head"] or chunk[:4096]
            printed["tail"] = (printed["tail"] + chunk)[-4096:]
            printed["size"] += len(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            break
        time.sleep(0.01)
    reader.join()
    process.stdout.close()
    return peak, process.returncode, printed


class Scale(ToolTest):
    def skip_unless_measured(self):
        reason = ("it runs under an emulator" if EMULATOR else
                  "it is built with a sanitizer, whose allocator keeps freed memory" if SANITIZED else
                  "/proc/PID/status is Linux's" if not sys.platform.startswith("linux") else "")
        if reason:
            print(f"tccode: skipped: the tool's peak memory is not measured here: {reason}")
            self.skipTest(reason)

    def test_a_huge_line_and_a_huge_response_in_bounded_memory(self):
        """A line of 50 MB (a response whose message is 50 MB: held once, printed in pieces) and a
        pretty-printed response of 50 MB with 1,500,000 items (explained as they are read) are each read
        in less than 64 MB."""
        self.skip_unless_measured()
        import tempfile
        with tempfile.TemporaryDirectory() as work:
            line, big = os.path.join(work, "line.json"), os.path.join(work, "batch.json")
            for path, how in ((line, ["--long-message", "50"]), (big, ["--batch", "1500000"])):
                with open(path, "wb") as f:
                    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_log.py"), *how], stdout=f,
                                   check=True)
            peaks = []
            for args, path in ((["--response", "-"], line), (["--json", "--response", "-"], line),
                               (["--summary", "--json", "--response", "-"], big), (["--response", "-"], big)):
                peak, status, printed = peak_rss_kb(args, path)
                peaks.append(f"{peak >> 10} MB ({' '.join(args[:-2]) or 'text'}, {os.path.getsize(path) >> 20} MB)")
                self.assertEqual(status, 0, args)
                self.assertLess(peak, 64 << 10, f"{args} {path}")
                self.assertGreater(peak, (50 << 10) if path == line else 1024)  # measured: the message is held
                if path == line and "--json" in args:  # the message twice: as "detail" and "message"
                    self.assertTrue(printed["head"].startswith(b'{"code":5100,'), printed["head"][:200])
                    self.assertTrue(printed["tail"].endswith(b'xxxx","retry":"never","requestId":"long-1"}\n'))
                    self.assertGreater(printed["size"], 2 * (50 << 20))
                elif path == line:
                    self.assertIn(b"module code  1036 in project_crud (project_name_exists)", printed["head"])
                    self.assertTrue(printed["tail"].endswith(b"xxxx\n  requestId    long-1\n  retry        do not retry\n"))
                    self.assertGreater(printed["size"], 50 << 20)
                elif "--summary" in args:
                    answer = json.loads(printed["head"])
                    self.assertEqual((answer["responses"], answer["items"]), (1, 1500000))
                    self.assertEqual(sorted((r["code"], r["module"], r["count"]) for r in answer["rows"]),
                                     [(0, None, 750000), (5100, "1036", 750000), (5400, None, 1)])
                else:
                    self.assertIn(b"\n  detail[1499999]:\n    5100 Resource operation failed", printed["tail"])
                    self.assertTrue(printed["tail"].endswith(b"\n      retry        do not retry\n"))
            print("\npeak memory: " + ", ".join(peaks), file=sys.stderr)

    def check_memory_does_not_grow(self, *make_log_args):
        """48 MB of bench/make_log.py's log read in less than 16 MB, and in no more than 8 MB take."""
        self.skip_unless_measured()
        block = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_log.py"), "8000", *make_log_args],
                               capture_output=True, check=True).stdout
        lines = block.count(b"\n")
        small, out_small = peak_memory_kb(["--summary", "--json", "--response", "-"], 10, block)
        large_blocks = (48 << 20) // len(block)
        large, out_large = peak_memory_kb(["--summary", "--json", "--response", "-"], large_blocks, block)
        self.assertEqual(json.loads(out_small)["responses"], 10 * lines)
        self.assertEqual(json.loads(out_large)["responses"], large_blocks * lines)
        print(f"\npeak memory {' '.join(make_log_args)}: {small} KB for {10 * len(block) >> 20} MB, {large} KB for "
              f"{large_blocks * len(block) >> 20} MB", file=sys.stderr)
        self.assertGreater(small, 0)
        self.assertLess(large, small + 2048)  # no growth beyond noise
        self.assertLess(large, 16 << 10)
        return json.loads(out_large)

    def test_memory_does_not_grow_with_the_input(self):
        """The tool streams. (The bench preset's bench/log_scale.py reads 339 MB, optimised.)"""
        self.check_memory_does_not_grow()

    def test_api3_memory_does_not_grow_with_the_input(self):
        """The same for API 3.0 JSON Lines (bench/make_log.py --api3)."""
        summary = self.check_memory_does_not_grow("--api3")
        self.assertIn("RequestLimitExceeded", [r["code"] for r in summary["rows"]])


class Progress(ToolTest):
    def test_a_progress_line_on_a_terminal_only(self):
        if EMULATOR or not hasattr(os, "openpty"):
            print("tccode: skipped: the progress line needs a pseudo-terminal the tool itself sees")
            self.skipTest("no pseudo-terminal here")
        import time
        main, terminal = os.openpty()
        try:
            process = subprocess.Popen([TOOL, "--summary", "--response", "-"], stdin=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, stderr=terminal)
            process.stdin.write(b'{"code": 0}\n' * 1000)
            process.stdin.flush()
            time.sleep(1.5)
            process.stdin.write(b'{"code": 4100}\n' * 1000)
            process.stdin.close()
            self.assertEqual(process.wait(timeout=60), 0)
            os.close(terminal)
            terminal = -1
            shown = b""
            while True:
                try:
                    chunk = os.read(main, 4096)
                except OSError:  # the terminal closed
                    break
                if not chunk:
                    break
                shown += chunk
            self.assertRegex(shown.decode(), r"\rtccode: \d+ responses, \d+ a second")
            self.assertTrue(shown.endswith(b"\r\x1b[K"), shown)  # cleared at the end
        finally:
            os.close(main)
            if terminal >= 0:
                os.close(terminal)
        # Not a terminal: nothing on standard error.
        status, _, err = run("--summary", "--response", "-", stdin='{"code": 0}\n' * 1000)
        self.assertEqual((status, err), (0, ""))


if __name__ == "__main__":
    TOOL, ROOT = sys.argv[1], sys.argv[2]
    rest = sys.argv[3:]
    if rest and rest[0].startswith("--emulator="):
        EMULATOR = shlex.split(rest.pop(0)[len("--emulator="):])
    if rest and rest[0].startswith("--sanitized="):
        SANITIZED = rest.pop(0) == "--sanitized=ON"
    if rest and rest[0].startswith("--catalogue="):
        CATALOGUE = rest.pop(0) == "--catalogue=ON"
    unittest.main(argv=[sys.argv[0], "-v", *rest])

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""API 3.0's common codes against the official page and the SDKs' files, independently of
data/generate.py; and the values of every code tccode knows.

    python3 check_common.py DUMP_PROGRAM DATA_OFFICIAL_API3_DIR [--sdk-go=DIR] [--emulator=COMMAND]

Checks, with its own reading of data/official/api3/common-2022-{zh,en}.md:
  - every code of the page's first table is shipped, with every character of its text in both
    languages (a link reduced to its text); every row that is not the page's is marked as tccode's;
  - a row of tccode's own that quotes a product's text (an answer to a repeated ClientToken) has the
    text of that product's errors.go in the Go SDKs (DIR/zh and DIR/en), when DIR is given;
  - every code's value is the hash of its bytes that the library computes (written again here),
    and no two codes tccode knows have the same value: the common codes and, when DIR is given, every
    code of every product and version in both SDKs (the values a product's error codes will have).
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from go_sources import code_value, comments, unescape


def page(path):
    """{code: text} of the page's first table ("公共错误码" / "Common Error Codes")."""
    out, table = {}, 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            table += 1
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if table == 1 and len(cells) == 2 and re.fullmatch(r"[A-Za-z][A-Za-z0-9.]*", cells[0]):
            out[cells[0]] = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", cells[1]).replace("`", "")
    return out


def sdk_codes(root):
    """{(product, version): {code: comment}} of every errors.go under root."""
    return {(path.parent.parent.name, path.parent.name): comments(path)
            for path in sorted(Path(root).glob("*/*/errors.go"))}


def main():
    program, official = sys.argv[1], Path(sys.argv[2])
    options = dict(a[2:].split("=", 1) for a in sys.argv[3:] if a.startswith("--") and "=" in a)
    emulator = options.get("emulator", "")
    sdk = Path(options["sdk-go"]) if options.get("sdk-go") else None
    probes = ["ResourceInUse.DiskMigrating", "InvalidParameterValue.LimitExceeded", "A", "\u4e2d"]
    done = subprocess.run(shlex.split(emulator) + [program, *probes], capture_output=True, text=True, check=True)
    rows, values = {}, {}
    for line in done.stdout.splitlines():
        fields = line.split("\t")
        if line.startswith("#value"):
            values[unescape(fields[2])] = int(fields[1])
        elif not line.startswith("#"):
            value, code, flags, judgement, rule, zh, en = fields
            rows[unescape(code)] = (int(value), int(flags), judgement, rule, unescape(zh), unescape(en))
    failures = []
    zh_page, en_page = page(official / "common-2022-zh.md"), page(official / "common-2022-en.md")
    for code, zh in zh_page.items():
        if code not in rows:
            failures.append(f"{code}: on the page, not shipped")
        elif rows[code][4] != zh or rows[code][5] != en_page.get(code):
            failures.append(f"{code}: text {rows[code][4:]!r}, the page says {(zh, en_page.get(code))!r}")
        elif rows[code][1] & 1:
            failures.append(f"{code}: the page's code is marked as tccode's own")
    own = [code for code in rows if code not in zh_page]
    for code in own:
        if not rows[code][1] & 1:
            failures.append(f"{code}: not on the page, and not marked as tccode's own")
    for code, (value, *_rest) in rows.items():
        if value != code_value(code):
            failures.append(f"{code}: value {value}, the hash gives {code_value(code)}")
    for code, value in values.items():
        if value != code_value(code):
            failures.append(f"code_value({code!r}) is {value}, the hash gives {code_value(code)}")
    known = set(rows)
    products = 0
    if sdk is not None and (sdk / "zh").is_dir():
        zh_files, en_files = sdk_codes(sdk / "zh"), sdk_codes(sdk / "en")
        quoted = {"UnsupportedOperation.IdempotentProcessing": ("vpc", "v20170312"),
                  "FailedOperation.ClientTokenInUse": ("cfs", "v20190719"),
                  "FailedOperation.DuplicatedRequest": ("gaap", "v20180529")}
        for code, key in quoted.items():
            if rows.get(code, (0, 0, "", "", "", ""))[4:] != (zh_files[key][code], en_files[key][code]):
                failures.append(f"{code}: its text is not {key}'s errors.go's")
        for files in (zh_files, en_files):
            for codes in files.values():
                known |= set(codes)
        products = len(set(zh_files) | set(en_files))
    else:
        print("check_common.py: the Go SDKs' files are not beside the project (../shared): their codes and "
              "quoted texts are not checked")
    seen = {}
    for code in sorted(known):
        other = seen.setdefault(code_value(code), code)
        if other != code:
            failures.append(f"{code} and {other} have the same value {code_value(code)}")
    for failure in failures:
        print(failure)
    print(f"  {len(zh_page)} codes of the page, {len(own)} of tccode's own; {len(known)} distinct codes "
          f"({products} product versions), each with its own value")
    print(f"api3 common: {'ok' if not failures else 'WRONG'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

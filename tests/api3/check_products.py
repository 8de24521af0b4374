#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every API 3.0 product built in, against the official Go SDKs' errors.go files, independently of
data/generate.py and data/catalogue.py.

    python3 check_products.py DUMP_PROGRAM DATA_API3_DIR SDK_GO_DIR [--emulator=COMMAND]

Reads SDK_GO_DIR/{zh,en}/<product>/<version>/errors.go with its own parser and checks:
  - each file is the one data/api3/sources.tsv names (its checksum);
  - every code of every file (both SDKs, every product and version) is shipped in that product and
    version, and every shipped row is a code of that product's files;
  - every character of its text: the Chinese is the Chinese file's comment above the constant; the
    English is the English file's of the same version, or, marked english_of_other_version, of another
    version of the product; a row without English has none in any version of the product;
  - every row's value is the library's hash of its code, the common row recorded for it is the one of
    its longest prefix among the common codes, and one version of each product is the one its name stands for.
When SDK_GO_DIR is absent (a clone without ../shared) it says so and checks only what the build holds.
"""
import hashlib
import shlex
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from go_sources import code_value, comments, unescape


def main():
    program, data, sdk = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    emulator = next((a.split("=", 1)[1] for a in sys.argv[4:] if a.startswith("--emulator=")), "")
    done = subprocess.run(shlex.split(emulator) + [program], capture_output=True, text=True, check=True)
    shipped, newest, failures, common = {}, {}, [], set()
    for line in done.stdout.splitlines():
        if line.startswith("#common "):
            common.add(line.split(" ", 1)[1])
        if line.startswith("#"):
            continue
        product, host, version, is_newest, value, code, flags, judgement, rule, recorded, zh, en = line.split("\t")
        parts = code.split(".")
        longest = next((".".join(parts[:k]) for k in range(len(parts), 0, -1) if ".".join(parts[:k]) in common), "-")
        if recorded != longest:
            failures.append(f"{product} {version} {code}: its common row is recorded as {recorded}, not {longest}")
        key = (product, "v" + version.replace("-", ""))
        shipped.setdefault(key, {})[unescape(code)] = (int(value), int(flags), unescape(zh), unescape(en))
        newest.setdefault(product, set())
        if is_newest == "1":
            newest[product].add(version)
    for product, versions in newest.items():
        if len(versions) != 1:
            failures.append(f"{product}: {len(versions)} versions stand for its name")
    for (product, version), rows in shipped.items():
        for code, (value, *_rest) in rows.items():
            if value != code_value(code):
                failures.append(f"{product} {version} {code}: value {value}, the hash gives {code_value(code)}")
    if not (sdk / "zh").is_dir():
        print(f"check_products.py: the Go SDKs' files are not at {sdk} (a clone without ../shared): "
              "the text is not checked against them")
        total = sum(len(r) for r in shipped.values())
        print(f"  {len(shipped)} product versions, {total} rows")
        print(f"api3 products: {'ok (not against the sources)' if not failures else 'WRONG'}")
        return 1 if failures else 0
    manifest = {}
    for line in (data / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        language, product, version, codes, digest = line.split("\t")
        manifest[(language, product, version)] = digest
    files = {"zh": {}, "en": {}}
    for language in files:
        for path in sorted((sdk / language).glob("*/*/errors.go")):
            key = (path.parent.parent.name, path.parent.name)
            if manifest.get((language, *key)) != hashlib.sha256(path.read_bytes()).hexdigest():
                failures.append(f"{path}: not the file data/api3/sources.tsv names")
            files[language][key] = comments(path)
    keys = set(files["zh"]) | set(files["en"])
    checked = 0
    for key in sorted(keys):
        zh, en = files["zh"].get(key, {}), files["en"].get(key, {})
        codes = set(zh) | set(en)
        rows = shipped.get(key, {})
        if not codes:
            if rows:
                failures.append(f"{key}: shipped, but its files have no codes")
            continue
        if set(rows) != codes:
            missing, extra = sorted(codes - set(rows)), sorted(set(rows) - codes)
            failures.append(f"{key}: codes not shipped {missing[:3]}, shipped but not in the files {extra[:3]}")
        other_versions = {v: files["en"][(p, v)] for (p, v) in files["en"] if p == key[0] and v != key[1]}
        for code, (value, flags, zh_text, en_text) in rows.items():
            checked += 1
            if zh_text != zh.get(code, ""):
                failures.append(f"{key} {code}: Chinese {zh_text!r}, the file says {zh.get(code, '')!r}")
            if en.get(code):
                if en_text != en[code] or flags & 2:
                    failures.append(f"{key} {code}: English {en_text!r}, the file says {en[code]!r}")
            elif en_text:
                if not flags & 2 or en_text not in [texts.get(code) for texts in other_versions.values()]:
                    failures.append(f"{key} {code}: English {en_text!r} of no version of the product")
            elif any(texts.get(code) for texts in other_versions.values()):
                failures.append(f"{key} {code}: no English, though another version has it")
    extra = set(shipped) - keys
    if extra:
        failures.append(f"shipped product versions without files: {sorted(extra)[:3]}")
    for failure in failures[:50]:
        print(failure)
    print(f"  {len(keys)} product versions in the files ({len(files['zh'])} Chinese, {len(files['en'])} English), "
          f"{len(shipped)} with codes shipped, {checked} rows checked character for character")
    print(f"api3 products: {'ok' if not failures else 'WRONG'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

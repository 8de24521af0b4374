#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The built-in services against their official documents, independently of data/generate.py.

    python3 check_official.py DUMP_PROGRAM DATA_OFFICIAL_DIR [--emulator=COMMAND]

Runs the dump program (tests/services/dump.cpp: every row of every built-in service) and checks, for
each service, with its own reading of the documents (not data/official.py's):
  - every character of official text: each Chinese string a row ships is in its Chinese document,
    and each English string of a row whose English is official is in its English document, once the
    documents' markup is reduced (a link to its text, tags and code marks dropped);
  - every row of the document is shipped: the document's table rows that begin with a code are as
    many as the service's rows with text, and each row's code (or string code) is in the document.
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path


def reduced(text):
    """A document as a reader sees it: markup reduced, cells kept apart by newlines."""
    text = text.lstrip("\ufeff")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"</?a\b[^>]*>", "", text)  # a link is its text
    text = re.sub(r"<[^>]+>", "\n", text)  # other HTML tags end cells
    text = text.replace("`", "").replace("|", "\n")
    return text


def row_starts(text):
    """How many table rows of the document begin with a code: markdown rows and HTML rows whose first
    cell is an integer or a string code (CVM's 2017 codes)."""
    count = 0
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.strip().startswith("|") else []
        if cells and re.fullmatch(r"-?[0-9]+", cells[0]):
            count += 1
    for first in re.findall(r"<tr>\s*<td>([^<]*)", text):
        if re.fullmatch(r"-?[0-9]+|[A-Za-z]+(\.[A-Za-z]+)*", first.strip()):
            count += 1
    return count


def unescape(s):
    return s.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")


def main():
    program, official = sys.argv[1], Path(sys.argv[2])
    emulator = next((a.split("=", 1)[1] for a in sys.argv[3:] if a.startswith("--emulator=")), "")
    done = subprocess.run(shlex.split(emulator) + [program], capture_output=True, text=True, check=True)
    rows, sources = {}, {}
    for line in done.stdout.splitlines():
        fields = line.split("\t")
        if line.startswith("#service"):
            sources[fields[1]] = fields[2].split()
        elif not line.startswith("#"):
            rows.setdefault(fields[0], []).append(fields)
    if not line.startswith("#dumped") or not sources:
        raise SystemExit("check_official.py: the dump program did not finish")
    failures, checked_strings = [], 0
    own, own_seen = {}, set()
    with (official.parent / "services" / "own.tsv").open(encoding="utf-8") as f:
        for line in f.read().splitlines()[1:]:
            data, table, code, type_zh, description_zh, type_en, description_en = line.split("\t")
            own[(data, table, code)] = [type_zh, description_zh, type_en, description_en]
    counted_files = {}
    for service, files in sources.items():
        zh_files = [f for f in files if not f.endswith("-en.md")]
        en_files = [f for f in files if f.endswith("-en.md")]
        zh = "\n".join(reduced((official / f).read_text(encoding="utf-8")) for f in zh_files)
        en = "\n".join(reduced((official / f).read_text(encoding="utf-8")) for f in en_files)
        raw = "\n".join((official / f).read_text(encoding="utf-8") for f in zh_files)
        shipped = 0
        for fields in rows[service]:
            _, table, code, under, name, english, link, message = fields[:8]
            zh_text, en_text = [unescape(f) for f in fields[8:11]], [unescape(f) for f in fields[11:14]]
            where = f"{service} {table} {code} {name}"
            mine = own.pop((service if service != "cmq_topic" else "cmq", table, code), None)
            if mine is not None or (service == "cmq_topic" and (table, code) in own_seen):
                # A row of tccode's own (CMQ's 4400-4510, 6010-6070, 7000): not in the document; its
                # text is data/services/own.tsv's, marked as tccode's.
                own_seen.add((table, code))
                if mine is not None and (zh_text[:2] != mine[:2] or en_text[:2] != mine[2:] or english != "tccode"):
                    failures.append(f"{where}: tccode's own text is not own.tsv's, or not marked as tccode's")
                continue
            shipped += 1
            for s in zh_text + [unescape(message)]:
                checked_strings += 1
                if s and s not in zh:
                    failures.append(f"{where}: {s!r} is not in {', '.join(zh_files)}")
            if english == "official":
                for s in en_text:
                    checked_strings += 1
                    if s and s not in en:
                        failures.append(f"{where}: {s!r} is not in {', '.join(en_files)}")
            elif not any(en_text[1:2]):
                failures.append(f"{where}: tccode's English is missing")
            key = name if code == "0" else code
            if key not in raw:
                failures.append(f"{where}: its code {key} is not in {', '.join(zh_files)}")
            if link and link not in raw:
                failures.append(f"{where}: its link {link} is not in {', '.join(zh_files)}")
        expected = sum(row_starts((official / f).read_text(encoding="utf-8")) for f in zh_files)
        counted_files[service] = (shipped, expected)
        if shipped != expected:
            failures.append(f"{service}: {shipped} rows with text, its documents have {expected}")
    failures += [f"own.tsv: {key} is not shipped" for key in own]
    for failure in failures:
        print(failure)
    for service, (shipped, expected) in counted_files.items():
        print(f"  {service:10} {shipped:4} rows of {expected} in {', '.join(sources[service])}")
    print(f"official text: {'ok' if not failures else 'WRONG'} ({checked_strings} strings checked)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

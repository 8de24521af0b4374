#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates include/tccode/codes.hpp from data/codes.tsv.

Before it writes anything, it checks every Chinese text in codes.tsv against the official
document (data/error-codes.zh.md): each row of the document is in the data and each row of the
data is in the document, with the same text, character for character, once each link is reduced
to its text. The header it writes is pure ASCII: UTF-8 text is written as \\xNN escapes.

    python3 data/generate.py           write include/tccode/codes.hpp
    python3 data/generate.py --check   exit 1 when the committed header is stale or the data wrong

Python 3 standard library only.
"""
import argparse
import csv
import html.parser
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "codes.tsv"
DOCUMENT = ROOT / "data" / "error-codes.zh.md"
HEADER = ROOT / "include" / "tccode" / "codes.hpp"

COLUMNS = ["table", "code", "name", "type_zh", "description_zh", "remedy_zh", "link",
           "type_en", "description_en", "remedy_en", "retry", "retry_reason"]
RETRY = ("never", "after_backoff", "throttled", "after_resign")
# Table id in the data -> (C++ object, heading of its table in the document, comment).
TABLES = {
    "public": ("public_codes", "公共错误码",
               "The public error codes: the response's `code` field, for every module's API."),
    "project_crud": ("project_crud", "项目增加、删除和更新错误码",
                     "The project service's module codes for create, delete and update calls."),
    "project_query": ("project_query", "项目查询错误码",
                      "The project service's module codes for query calls."),
}
NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
MAX_WIDTH = 100


class DataError(Exception):
    pass


def read_data():
    with DATA.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        lines = list(reader)
    if not lines or lines[0] != COLUMNS:
        raise DataError(f"{DATA.name}: the first line must name the columns {COLUMNS}")
    rows = []
    for number, fields in enumerate(lines[1:], start=2):
        where = f"{DATA.name}:{number}"
        if len(fields) != len(COLUMNS):
            raise DataError(f"{where}: {len(fields)} fields, expected {len(COLUMNS)}")
        row = dict(zip(COLUMNS, fields))
        if row["table"] not in TABLES:
            raise DataError(f"{where}: unknown table {row['table']!r}")
        if not re.fullmatch(r"-?[0-9]+", row["code"]) or not -2**31 <= int(row["code"]) < 2**31:
            raise DataError(f"{where}: code {row['code']!r} is not an int")
        row["code"] = int(row["code"])
        if not NAME.match(row["name"]):
            raise DataError(f"{where}: name {row['name']!r} is not snake_case")
        for key, value in row.items():
            if isinstance(value, str) and value != value.strip():
                raise DataError(f"{where}: {key} has surrounding whitespace")
        is_public = row["table"] == "public"
        if is_public != bool(row["type_zh"]) or is_public != bool(row["type_en"]):
            raise DataError(f"{where}: public rows have a type, module rows none")
        if not row["description_zh"] or not row["description_en"]:
            raise DataError(f"{where}: a description is missing")
        if bool(row["remedy_zh"]) != bool(row["remedy_en"]):
            raise DataError(f"{where}: a remedy in one language only")
        if is_public != (row["retry"] in RETRY) or (row["retry"] and row["retry"] not in RETRY):
            raise DataError(f"{where}: retry is one of {RETRY} for public rows, empty for module rows")
        if bool(row["retry"]) != bool(row["retry_reason"]) or not row["retry_reason"].isascii():
            raise DataError(f"{where}: each retry advice has its reason, in ASCII")
        if row["link"] and not row["link"].startswith("https://"):
            raise DataError(f"{where}: link {row['link']!r} is not an https address")
        rows.append(row)
    for table in TABLES:
        members = [r for r in rows if r["table"] == table]
        if not members:
            raise DataError(f"table {table} has no rows")
        for key in ("code", "name"):
            values = [r[key] for r in members]
            if len(set(values)) != len(values):
                raise DataError(f"table {table}: a {key} appears twice")
    return rows


class _DocumentReader(html.parser.HTMLParser):
    """Collects the rows of the document's HTML table: the cells' text and each cell's links."""

    def __init__(self):
        super().__init__()
        self.rows, self._cells, self._cell, self._links = [], None, None, []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._cells, self._links = [], []
        elif tag in ("td", "th") and self._cells is not None:
            self._cell = []
        elif tag == "a":
            self._links.append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._cells.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._cells:
            self.rows.append((self._cells, self._links))
            self._cells = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def read_document():
    """{table id: {code: (type, description, remedy or None, [links])}} from the document."""
    text = DOCUMENT.read_text(encoding="utf-8")
    found = {table: {} for table in TABLES}
    start, end = text.index("<table"), text.index("</table>")
    reader = _DocumentReader()
    reader.feed(text[start:end + len("</table>")])
    for cells, links in reader.rows:
        if cells[0].isdigit():
            found["public"][int(cells[0])] = (cells[1], cells[2], None, links)
    table = None
    for line in text[end:].splitlines():
        heading = re.match(r"^#+\s*(.*?)\s*$", line)
        if heading:
            table = next((t for t, (_, title, _) in TABLES.items() if title == heading.group(1)), None)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if table and len(cells) == 3 and re.fullmatch(r"[0-9]+", cells[0]):
            links = re.findall(r"\]\(([^)]*)\)", line)
            unlinked = [re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", c) for c in cells]
            remedy = "" if unlinked[2] == "-" else unlinked[2]
            found[table][int(cells[0])] = ("", unlinked[1], remedy, links)
    return found


def check_against_document(rows):
    document = read_document()
    for table, codes in document.items():
        mine = {r["code"]: r for r in rows if r["table"] == table}
        if set(mine) != set(codes):
            raise DataError(f"table {table}: the document has codes {sorted(codes)}, the data {sorted(mine)}")
        for code, (type_zh, description, remedy, links) in codes.items():
            row, where = mine[code], f"{table} {code}"
            if row["type_zh"] != type_zh:
                raise DataError(f"{where}: type {row['type_zh']!r}, the document says {type_zh!r}")
            if row["description_zh"] != description:
                raise DataError(f"{where}: description {row['description_zh']!r}, the document says {description!r}")
            if remedy is not None and row["remedy_zh"] != remedy:
                raise DataError(f"{where}: remedy {row['remedy_zh']!r}, the document says {remedy!r}")
            if remedy is None and row["remedy_zh"] not in description:
                raise DataError(f"{where}: the remedy of a public code must be part of its description")
            if row["link"] != (links[0] if links else ""):
                raise DataError(f"{where}: link {row['link']!r}, the document links {links}")


def literal_lines(data, indent):
    """UTF-8 `data` as C++ string literals of at most MAX_WIDTH columns: printable ASCII stays
    readable, every other byte is a \\xNN escape, and an escape is never split."""
    lines, current, after_hex = [], "", False
    for byte in data:
        char = chr(byte)
        if 0x20 <= byte < 0x7F:
            piece = "\\" + char if char in '"\\' else char
            # A hex digit right after \xNN would be read as part of the escape: end the literal.
            if after_hex and char in string.hexdigits and current:
                piece = '" "' + piece
            after_hex = False
        else:
            piece, after_hex = f"\\x{byte:02x}", True
        if len(indent) + len(current) + len(piece) + 2 > MAX_WIDTH:
            lines.append(current)
            current = piece.replace('" "', "")
        else:
            current += piece
    lines.append(current)
    return [f'{indent}"{line}"' for line in lines]


STRINGS = [("name", "name"), ("zh_type", "type_zh"), ("zh_description", "description_zh"),
           ("zh_remedy", "remedy_zh"), ("en_type", "type_en"), ("en_description", "description_en"),
           ("en_remedy", "remedy_en"), ("link", "link")]


def perfect_hash(codes):
    """(bits, multiplier, slots): the smallest table of 2^bits slots, at least as many as the rows, and a
    multiplier for which (code * multiplier mod 2^32) >> (32 - bits) gives every code a slot of its
    own. Multipliers are tried in a fixed order (odd numbers spread over 32 bits by Knuth's
    multiplicative constant), so the output is the same on every run. slots[s] is the row of slot s,
    0 where none."""
    bits = max(1, (len(codes) - 1).bit_length())
    while True:
        for i in range(1, 1 << 16):
            multiplier = ((i * 2654435761) & 0xFFFFFFFF) | 1
            hashed = [((code * multiplier) & 0xFFFFFFFF) >> (32 - bits) for code in codes]
            if len(set(hashed)) == len(codes):
                slots = [0] * (1 << bits)
                for row, slot in enumerate(hashed):
                    slots[slot] = row
                return bits, multiplier, slots
        bits += 1


def span(offset, size):
    """A string's place in a packed table's text, as table.hpp reads it: offset << 16 | size
    (0 for an empty string)."""
    return f"0x{offset:04x}'{size:04x}U" if size else "0"


def emit_table(table, rows):
    cxx_name, _, comment = TABLES[table]
    members = sorted((r for r in rows if r["table"] == table), key=lambda r: r["code"])
    text = bytearray(table.encode("ascii"))
    text_lines, slices = [f"      // the table's name", *literal_lines(bytes(text), "      ")], []
    for row in members:
        row_slices = []
        for field, column in STRINGS:
            data = row[column].encode("utf-8")
            offset = text.find(data) if data else 0
            if offset < 0:  # not yet in the text: append it (a remedy is often inside its description)
                offset = len(text)
                text += data
                text_lines.append(f"      // {row['code']} {field}")
                text_lines += literal_lines(data, "      ")
            row_slices.append(span(offset, len(data)))
        slices.append((row, row_slices))
    if len(text) >= 2**16:
        raise DataError(f"table {table}: {len(text)} bytes of text do not fit 16-bit offsets")
    bits, multiplier, slots = perfect_hash([row["code"] for row in members])
    out = [f"// {comment}",
           f"TCCODE_VISIBLE inline constexpr detail::packed_table<{len(members)}, {len(text) + 1}, {bits}> {cxx_name}{{",
           "    {"]
    out += text_lines
    out += ["    },", f"    {span(0, len(table))},",
            "    {" + ", ".join(str(row["code"]) for row, _ in slices) + "},",
            "    {"]
    for row, row_slices in slices:
        english = row["type_en"] or row["description_en"]
        out.append(f"        // {row['code']} {row['name']}: {english}")
        out.append("        {" + ", ".join(row_slices) + "},")
    out += ["    },",
            f"    {multiplier}U,  // the hash: (code * {multiplier}) >> {32 - bits}, one slot a row",
            *[("    {" if i == 0 else "     ") + ", ".join(map(str, slots[i:i + 32]))
              + ("," if i + 32 < len(slots) else "}};") for i in range(0, len(slots), 32)],
            f"static_assert(detail::strictly_increasing({cxx_name}.code_data, {cxx_name}.size()),",
            f"              \"{cxx_name} is sorted by code, each code once\");",
            ""]
    if table == "public":
        out += ["namespace detail {",
                "// The retry advice for each row of public_codes, in the same order, with its reason.",
                f"inline constexpr retry_advice {cxx_name}_retry[{len(members)}] = {{"]
        for row in members:
            out.append(f"    // {row['code']} {row['name']}: {row['retry_reason']}")
            out.append(f"    retry_advice::{row['retry']},")
        out += ["};", "}  // namespace detail", ""]
    return out


def generate(rows):
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/codes.tsv and checked against the official",
           "// document data/error-codes.zh.md. Do not edit: change the data and run",
           "// `python3 data/generate.py`. The text is UTF-8 written as \\xNN escapes, so this",
           "// file is ASCII and the bytes survive any execution character set.",
           "#ifndef TCCODE_CODES_HPP",
           "#define TCCODE_CODES_HPP",
           "",
           "#include <tccode/table.hpp>",
           "",
           "namespace tccode {",
           "",
           "// The layout below is the generator's.",
           "// clang-format off",
           ""]
    for table in TABLES:
        out += emit_table(table, rows)
    out += ["// clang-format on", "", "}  // namespace tccode", "", "#endif  // TCCODE_CODES_HPP", ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed header is stale")
    args = parser.parse_args()
    try:
        rows = read_data()
        check_against_document(rows)
    except DataError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 1
    header = generate(rows)
    if args.check:
        current = HEADER.read_text(encoding="ascii") if HEADER.exists() else ""
        if current != header:
            print(f"generate.py: {HEADER.relative_to(ROOT)} is stale: run python3 data/generate.py",
                  file=sys.stderr)
            return 1
        print(f"{HEADER.relative_to(ROOT)} is current ({len(rows)} rows)")
        return 0
    HEADER.write_text(header, encoding="ascii", newline="\n")
    print(f"wrote {HEADER.relative_to(ROOT)} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

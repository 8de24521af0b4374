#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates include/tccode/codes.hpp from data/codes.tsv and data/wording.tsv.

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
WORDING = ROOT / "data" / "wording.tsv"
DOCUMENT = ROOT / "data" / "error-codes.zh.md"
HEADER = ROOT / "include" / "tccode" / "codes.hpp"

COLUMNS = ["table", "code", "name", "type_zh", "description_zh", "remedy_zh", "link",
           "type_en", "description_en", "remedy_en", "retry", "retry_reason", "canonical", "auth_error", "errc"]
RETRY = ("never", "backoff", "throttled", "resign")
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
        if row["retry"] not in RETRY or not row["retry_reason"] or not row["retry_reason"].isascii():
            raise DataError(f"{where}: retry is one of {RETRY}, with its reason in ASCII")
        if row["canonical"] not in CANONICAL:
            raise DataError(f"{where}: canonical {row['canonical']!r} is not one of {CANONICAL}")
        if row["auth_error"] not in ("", "yes") or (row["auth_error"] and not is_public):
            raise DataError(f"{where}: auth_error is yes or empty, and only public rows have it")
        if row["errc"] and (not is_public or not re.fullmatch(r"[a-z_]+", row["errc"])):
            raise DataError(f"{where}: errc names a std::errc enumerator, and only public rows have one")
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
    """UTF-8 `data` as C++ string literals of at most MAX_WIDTH columns, each line starting with
    `indent`: printable ASCII stays readable, every other byte is a \\xNN escape, an escape is never
    split, and English breaks after a space where it can."""
    pieces, after_hex = [], False
    for byte in data:
        char = chr(byte)
        if 0x20 <= byte < 0x7F:
            piece = "\\" + char if char in '"\\' else char
            # A hex digit right after \xNN would be read as part of the escape: end the literal.
            if after_hex and char in string.hexdigits:
                piece = '" "' + piece
            after_hex = False
        else:
            piece, after_hex = f"\\x{byte:02x}", True
        pieces.append(piece)
    room = MAX_WIDTH - len(indent) - 2  # the quotes
    lines, current = [], []
    for piece in pieces:
        if sum(map(len, current)) + len(piece) > room:
            spaces = [i for i, p in enumerate(current) if p == " "]
            cut = spaces[-1] + 1 if spaces and len(current) - spaces[-1] < 30 else len(current)
            lines.append(current[:cut])
            current = current[cut:]
            if current:
                current[0] = current[0].replace('" "', "")
            elif piece.startswith('" "'):
                piece = piece[3:]
        current.append(piece)
    lines.append(current)
    return [f'{indent}"{"".join(line)}"' for line in lines]


CANONICAL = ("ok", "cancelled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists",
             "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range",
             "unimplemented", "internal", "unavailable", "data_loss", "unauthenticated")


def literal(text, indent):
    """`text` as C++ string literal pieces, a line each, every line after the first indented by `indent`."""
    return "\n".join(literal_lines(text.encode("utf-8"), indent))[len(indent):]


def sized(text, indent):
    """`text` as a string_view with its size, {"...", N}: a compiler then need not count the
    characters while it evaluates the table (for these tables a third of the header's compile time)."""
    return "{" + literal(text, indent + " ") + f", {len(text.encode('utf-8'))}}}"


def text_of(row, language, indent):
    """`{type, description, remedy}` of one language, each a sized literal or {}."""
    parts = [sized(row[f"{key}_{language}"], indent + " ") if row[f"{key}_{language}"] else "{}"
             for key in ("type", "description", "remedy")]
    one_line = "{" + ", ".join(parts) + "}"
    if len(indent) + len(one_line) + 1 <= MAX_WIDTH and "\n" not in one_line:
        return [indent + one_line + ","]
    inner = indent + " "
    lines = []
    for i, key in enumerate(("type", "description", "remedy")):
        value = row[f"{key}_{language}"]
        piece = sized(value, inner) if value else "{}"
        lines.append((indent + "{" if i == 0 else inner) + piece + ("}," if i == 2 else ","))
    return lines


def emit_row(row):
    """One row as an aggregate: code, name, Chinese, English, link, retry, canonical."""
    indent = "     "
    english = row["type_en"] or row["description_en"]
    out = [f"    // {row['code']} {row['name']}: {english}",
           f"    // retry {row['retry']}: {row['retry_reason']}",
           f"    {{{row['code']}, {sized(row['name'], '')},"]
    out += text_of(row, "zh", indent)
    out += text_of(row, "en", indent)
    link = sized(row["link"], indent) if row["link"] else "{}"
    out.append(f"{indent}{link}, retry_advice::{row['retry']}, canonical_code::{row['canonical']}}},")
    return out


def emit_table(table, rows):
    cxx_name, _, comment = TABLES[table]
    members = sorted((r for r in rows if r["table"] == table), key=lambda r: r["code"])
    out = [f"/// {comment}",
           f"TCCODE_VISIBLE inline constexpr table<{len(members)}> {cxx_name}{{{sized(table, '')}, {{"]
    for row in members:
        out += emit_row(row)
    out += ["}};", ""]
    return out


def emit_public_code(rows):
    members = sorted((r for r in rows if r["table"] == "public"), key=lambda r: r["code"])
    out = ["/// The public codes as an enum, for switches and std::error_code (<tccode/system_error.hpp>):",
           "/// any int converts, and static_cast<public_code>(4102) is an unlisted code.",
           "enum class public_code : int {",
           "  success = 0,"]
    out += [f"  {r['name']} = {r['code']},  ///< {r['type_en']}" for r in members]
    out += ["};", ""]
    return out


def emit_auth(rows):
    codes = sorted(r["code"] for r in rows if r["table"] == "public" and r["auth_error"] == "yes")
    return ["namespace detail {",
            "",
            "/// True for the public codes that condition::auth_error groups (data/codes.tsv, column auth_error).",
            "constexpr bool is_auth_error(int code) noexcept {",
            "  return " + " || ".join(f"code == {c}" for c in codes) + ";",
            "}",
            "",
            "/// What a public code's thousands say about it, listed or not.",
            "enum class code_class {",
            "  success,   ///< 0",
            "  client,    ///< 4000-4999: the request is wrong",
            "  resource,  ///< 5000-5999: the resource or the purchase failed",
            "  server,    ///< 6000-6999: the server failed",
            "  other,     ///< anything else (100193 among them)",
            "};",
            "",
            "/// The class of public code `code`.",
            "constexpr code_class class_of(int code) noexcept {",
            "  if (code == 0) {",
            "    return code_class::success;",
            "  }",
            "  if (code >= 4000 && code <= 6999) {",
            "    return code < 5000 ? code_class::client : code < 6000 ? code_class::resource : code_class::server;",
            "  }",
            "  return code_class::other;",
            "}",
            "",
            "}  // namespace detail", ""]


def language_switch(zh, en, indent):
    """`l == lang::en ? "en" : "zh"` as a return statement, the Chinese wrapped under it."""
    return [f"{indent}return l == lang::en ? {literal(en, '')}",
            f"{indent}                     : {literal(zh, indent + '                       ')};"]


def emit_wording(wording):
    out = ["/// The advice as the sentence that the tool and to_string print, in language `l`.",
           "[[nodiscard]] constexpr std::string_view describe(retry_advice advice, lang l = lang::zh) noexcept {",
           "  switch (advice) {"]
    for name in RETRY:
        out.append(f"    case retry_advice::{name}:")
        out += language_switch(*wording[f"advice.{name}"], "      ")
    out += ["  }", "  return {};", "}", "",
            "namespace detail {",
            "",
            "/// What a class of code is called, in language `l`.",
            "constexpr std::string_view class_text(code_class c, lang l) noexcept {",
            "  switch (c) {"]
    for key in CLASSES[:-1]:
        out.append(f"    case code_class::{key}:")
        out += language_switch(*wording[f"class.{key}"], "      ")
    out += ["    case code_class::other:", "      break;", "  }"]
    out += language_switch(*wording["class.other"], "  ")
    out += ["}", "",
            "/// What a log line calls an unlisted code of class `c`, in language `l`.",
            "constexpr std::string_view unlisted_text(code_class c, lang l) noexcept {",
            "  switch (c) {"]
    for key in ("client", "resource", "server"):
        out.append(f"    case code_class::{key}:")
        out += language_switch(*wording[f"unlisted.{key}"], "      ")
    out += ["    case code_class::success:", "    case code_class::other:", "      break;", "  }"]
    out += language_switch(*wording["unlisted.other"], "  ")
    out += ["}", "", "}  // namespace detail", ""]
    return out


def generate(rows, wording):
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/codes.tsv and data/wording.tsv, checked against the",
           "// official document data/error-codes.zh.md. Do not edit: change the data and run",
           "// `python3 data/generate.py`. The text is UTF-8 written as \\xNN escapes, so this",
           "// file is ASCII and the bytes survive any execution character set.",
           "#ifndef TCCODE_CODES_HPP",
           "#define TCCODE_CODES_HPP",
           "",
           "#include <tccode/table.hpp>",
           "",
           "#include <string_view>",
           "",
           "namespace tccode {",
           "",
           "// clang-format off",
           ""]
    out += emit_public_code(rows)
    for table in TABLES:
        out += emit_table(table, rows)
    out += emit_auth(rows)
    out += emit_wording(wording)
    out += ["// clang-format on", "", "}  // namespace tccode", "", "#endif  // TCCODE_CODES_HPP", ""]
    return "\n".join(out)


CLASSES = ("success", "client", "resource", "server", "other")
WORDING_KEYS = [f"advice.{a}" for a in RETRY] + [
    f"unlisted.{c}" for c in CLASSES[1:]] + [f"class.{c}" for c in CLASSES]


def read_wording():
    """{key: (Chinese, English)} from data/wording.tsv: the sentences tccode prints around the data."""
    with WORDING.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not lines or lines[0] != ["key", "en", "zh"]:
        raise DataError(f"{WORDING.name}: the first line must name the columns key, en, zh")
    wording = {}
    for number, fields in enumerate(lines[1:], start=2):
        if len(fields) != 3 or fields[0] not in WORDING_KEYS or not all(fields) or not fields[1].isascii() \
                or any(f != f.strip() for f in fields):
            raise DataError(f"{WORDING.name}:{number}: expected a key of {WORDING_KEYS}, its English (ASCII) "
                            "and its Chinese, without surrounding spaces")
        wording[fields[0]] = (fields[2], fields[1])
    if sorted(wording) != sorted(WORDING_KEYS) or len(lines) - 1 != len(WORDING_KEYS):
        raise DataError(f"{WORDING.name}: expected one line for each of {WORDING_KEYS}")
    return wording


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed header is stale")
    args = parser.parse_args()
    try:
        rows = read_data()
        check_against_document(rows)
        wording = read_wording()
    except DataError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 1
    header = generate(rows, wording)
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

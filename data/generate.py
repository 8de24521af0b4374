#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generates tccode's tables from the data, checked against the official documents.

  include/tccode/codes.hpp            the seed's document (public codes and the project tables), from
                                      data/codes.tsv and data/wording.tsv
  include/tccode/services/NAME.hpp    each built-in service, from data/services.tsv and
                                      data/services/NAME.tsv
  include/tccode/services.hpp         all of them, find_service and service_for_host
  README.md                           the table of built-in services (between its markers)

Before it writes anything, it checks the data against the official documents (data/official/, read by
data/official.py): each row of a document is in the data and each row of the data is in its
document, and every character of official text is the document's, once markup is reduced (a link
to its text). The seed's Chinese is checked against data/error-codes.zh.md as well. The headers it
writes are pure ASCII: UTF-8 text is written as \\xNN escapes.

    python3 data/generate.py           write them
    python3 data/generate.py --check   exit 1 when a written file is stale or the data wrong

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
sys.path.insert(0, str(ROOT / "data"))
import catalogue  # noqa: E402  (data/catalogue.py: API 3.0's products, from the official Go SDKs)
import official  # noqa: E402  (data/official.py: the rows of the official documents)
from cxx import MAX_WIDTH, literal, literal_lines, sized  # noqa: E402,F401  (data/cxx.py: C++ literals)

DATA = ROOT / "data" / "codes.tsv"
WORDING = ROOT / "data" / "wording.tsv"
DOCUMENT = ROOT / "data" / "error-codes.zh.md"
HEADER = ROOT / "include" / "tccode" / "codes.hpp"

COLUMNS = ["table", "code", "name", "type_zh", "description_zh", "remedy_zh", "link",
           "type_en", "description_en", "remedy_en", "judgement", "verdict", "purchase"]
JUDGEMENTS = ROOT / "data" / "judgements.tsv"
JUDGEMENT_COLUMNS = ["id", "retry", "retry_reason", "executed", "executed_reason", "canonical", "errc", "auth"]
# The std::errc values a judgement can name: tccode::errc in include/tccode/table.hpp, in its order.
ERRC = ("none", "invalid_argument", "permission_denied", "protocol_not_supported", "not_supported",
        "resource_unavailable_try_again", "timed_out", "bad_message", "not_connected")
EXECUTED = {"no": "not_executed", "maybe": "may_have_executed"}
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


class DataError(Exception):
    pass


_judgements = {}
_judged = set()


def read_judgements():
    """{id: judgement} from data/judgements.tsv: each judgement (advice and why, whether the call may
    have run and why, canonical status, std::errc, auth) written once, for every row that names it."""
    with JUDGEMENTS.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not lines or lines[0] != JUDGEMENT_COLUMNS:
        raise DataError(f"{JUDGEMENTS.name}: the first line must name the columns {JUDGEMENT_COLUMNS}")
    out = {}
    for number, fields in enumerate(lines[1:], start=2):
        where = f"{JUDGEMENTS.name}:{number}"
        if len(fields) != len(JUDGEMENT_COLUMNS) or any(f != f.strip() or not f.isascii() for f in fields):
            raise DataError(f"{where}: {len(JUDGEMENT_COLUMNS)} ASCII fields without surrounding whitespace")
        j = dict(zip(JUDGEMENT_COLUMNS, fields))
        if not NAME.match(j["id"]) or j["id"] in out:
            raise DataError(f"{where}: the id {j['id']!r} is not snake_case or appears twice")
        if j["retry"] not in RETRY or not j["retry_reason"]:
            raise DataError(f"{where}: retry is one of {RETRY}, with its reason")
        if j["executed"] not in EXECUTED or not j["executed_reason"]:
            raise DataError(f"{where}: executed is no or maybe, with its reason")
        if j["canonical"] not in CANONICAL:
            raise DataError(f"{where}: canonical {j['canonical']!r} is not one of {CANONICAL}")
        if (j["errc"] or "none") not in ERRC or j["errc"] == "none" or j["auth"] not in ("", "yes"):
            raise DataError(f"{where}: errc is empty or one of {ERRC[1:]}; auth is yes or empty")
        out[j["id"]] = j
    return out


def judge(row, where):
    """Fills `row` with the judgement it names (retry, retry_reason, executed, executed_reason,
    canonical, errc, auth)."""
    j = _judgements.get(row["judgement"])
    if j is None:
        raise DataError(f"{where}: judgement {row['judgement']!r} is not in {JUDGEMENTS.name}")
    _judged.add(row["judgement"])
    for key in JUDGEMENT_COLUMNS[1:]:
        row[key] = j[key]


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
        judge(row, where)
        if row["purchase"] not in ("", "yes") or (row["purchase"] and not is_public):
            raise DataError(f"{where}: purchase is yes or empty, and only public rows have it")
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
    # The English is the official twin's (data/official/public-en.md), character for character; a
    # public code's remedy is the part of its description that gives the instruction.
    for twin in official.rows("seed"):
        row, where = next(r for r in rows if r["table"] == twin.table and r["code"] == twin.code), \
            f"{twin.table} {twin.code}"
        if row["type_en"] != twin.en.type or row["description_en"] != twin.en.description:
            raise DataError(f"{where}: English {row['type_en']!r} / {row['description_en']!r}, the official twin "
                            f"says {twin.en.type!r} / {twin.en.description!r}")
        if twin.table == "public" and row["remedy_en"] not in row["description_en"]:
            raise DataError(f"{where}: the English remedy must be part of the English description")
        if twin.table != "public" and row["remedy_en"] != twin.en.remedy:
            raise DataError(f"{where}: English remedy {row['remedy_en']!r}, the official twin says {twin.en.remedy!r}")


CANONICAL = ("ok", "cancelled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists",
             "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range",
             "unimplemented", "internal", "unavailable", "data_loss", "unauthenticated")


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
    """One row as an aggregate: code, name, Chinese, English, link, retry, canonical, under, message,
    english_by_tccode."""
    indent = "     "
    english = row["type_en"] or row["description_en"]
    mine = " (tccode's own row and text)" if row.get("english") == "own" else ""
    out = [f"    // {row['code']} {row['name']}{mine}: {english}",
           f"    // judgement {row['judgement']}: retry {row['retry']}: {row['retry_reason']}",
           f"    // executed {row['executed']}: {row['executed_reason']}",
           f"    {{{row['code']}, {sized(row['name'], '')},"]
    out += text_of(row, "zh", indent)
    out += text_of(row, "en", indent)
    link = sized(row["link"], indent) if row["link"] else "{}"
    message = sized(row["message"], indent) if row.get("message") else "{}"
    ours = "true" if row.get("english") in ("tccode", "own") else "false"
    out.append(f"{indent}{link}, retry_advice::{row['retry']}, canonical_code::{row['canonical']},")
    out.append(f"{indent}{row.get('under') or 0}, {message}, {ours}, execution::{EXECUTED[row['executed']]}, "
               f"tccode::errc::{row['errc'] or 'none'}, {'true' if row['auth'] else 'false'}}},")
    return out


def emit_table(table, rows):
    cxx_name, _, comment = TABLES[table]
    members = sorted((r for r in rows if r["table"] == table), key=lambda r: r["code"])
    out = [f"/// {comment}",
           f"TCCODE_VISIBLE inline constexpr table<{len(members)}> {cxx_name}{{detail::presorted, {sized(table, '')}, {{"]
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


def emit_classes():
    return ["/// What an API 2.0 public code's thousands say about it, listed or not.",
            "enum class code_class {",
            "  success,   ///< 0",
            "  client,    ///< 4000-4999: the request is wrong",
            "  resource,  ///< 5000-5999: the resource or the purchase failed",
            "  server,    ///< 6000-6999: the server failed",
            "  other,     ///< anything else (100193 among them)",
            "};",
            "",
            "/// The class of public code `code`.",
            "[[nodiscard]] constexpr code_class class_of(int code) noexcept {",
            "  if (code == 0) {",
            "    return code_class::success;",
            "  }",
            "  if (code >= 4000 && code <= 6999) {",
            "    return code < 5000 ? code_class::client : code < 6000 ? code_class::resource : code_class::server;",
            "  }",
            "  return code_class::other;",
            "}", ""]


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
            "/// What a class of code is called in language `l`: \"client error\", \"success\", ...",
            "[[nodiscard]] constexpr std::string_view describe(code_class c, lang l = lang::zh) noexcept {",
            "  switch (c) {"]
    for key in CLASSES[:-1]:
        out.append(f"    case code_class::{key}:")
        out += language_switch(*wording[f"class.{key}"], "      ")
    out += ["    case code_class::other:", "      break;", "  }"]
    out += language_switch(*wording["class.other"], "  ")
    out += ["}", "",
            "/// What a log line calls an unlisted code of class `c` in language `l`: \"unlisted client error\", ...",
            "[[nodiscard]] constexpr std::string_view describe_unlisted(code_class c, lang l = lang::zh) noexcept {",
            "  switch (c) {"]
    for key in ("client", "resource", "server"):
        out.append(f"    case code_class::{key}:")
        out += language_switch(*wording[f"unlisted.{key}"], "      ")
    out += ["    case code_class::success:", "    case code_class::other:", "      break;", "  }"]
    out += language_switch(*wording["unlisted.other"], "  ")
    out += ["}", ""]
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
    out += emit_classes()
    out += emit_wording(wording)
    out += ["// clang-format on", "", "}  // namespace tccode", "", "#endif  // TCCODE_CODES_HPP", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Built-in services

SERVICES = ROOT / "data" / "services.tsv"
SERVICE_DATA = ROOT / "data" / "services"
SHARED_ENGLISH = SERVICE_DATA / "english.tsv"
SERVICE_HEADERS = ROOT / "include" / "tccode" / "services"
ALL_SERVICES = ROOT / "include" / "tccode" / "services.hpp"
README = ROOT / "README.md"
SERVICE_META = ["service", "title", "host", "colon", "tables", "sources", "data"]
SERVICE_COLUMNS = ["table", "code", "under", "key", "name", "english", "type_en", "description_en", "remedy_en",
                   "judgement", "verdict"]
STRING_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*([._][A-Za-z0-9]+)*$")


def read_tsv(path, columns):
    with path.open(encoding="utf-8", newline="") as f:
        lines = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not lines or lines[0] != columns:
        raise DataError(f"{path.name}: the first line must name the columns {columns}")
    out = []
    for number, fields in enumerate(lines[1:], start=2):
        if len(fields) != len(columns):
            raise DataError(f"{path.name}:{number}: {len(fields)} fields, expected {len(columns)}")
        row = dict(zip(columns, fields))
        row["where"] = f"{path.name}:{number}"
        for key, value in row.items():
            if value != value.strip():
                raise DataError(f"{row['where']}: {key} has surrounding whitespace")
        out.append(row)
    return out


def read_services():
    services = read_tsv(SERVICES, SERVICE_META)
    for s in services:
        if not NAME.match(s["service"]) or s["colon"] not in ("yes", "no") or not s["title"].isascii():
            raise DataError(f"{s['where']}: a service is a snake_case name, an ASCII title and colon yes or no")
        s["tables"] = s["tables"].split()
        s["sources"] = s["sources"].split()
        for source in s["sources"]:
            if not (official.OFFICIAL / source).exists():
                raise DataError(f"{s['where']}: no data/official/{source}")
    return services


def read_shared_english():
    """tccode's English for a Chinese text that rows of several documents share (the public codes
    that CKafka, Cloud Monitor, CVM and CDN restate without an English twin): (part, Chinese) -> English."""
    shared = {}
    for row in read_tsv(SHARED_ENGLISH, ["part", "zh", "en"]):
        key = (row["part"], row["zh"])
        if row["part"] not in ("type", "description", "remedy") or not row["zh"] or not row["en"].isascii():
            raise DataError(f"{row['where']}: part is type, description or remedy; the English is ASCII")
        if key in shared:
            raise DataError(f"{row['where']}: the {row['part']} {row['zh']!r} appears twice")
        shared[key] = row["en"]
    return shared


OWN_TEXT = SERVICE_DATA / "own.tsv"


def read_own_text():
    """tccode's own text for the public codes that a service uses in a sense of its own without a row in
    its documents (CMQ's 4400-4510, 6010-6070, 7000): (data, table, code) -> row, drawn from the module
    rows that the document gives under each."""
    out = {}
    for row in read_tsv(OWN_TEXT, ["data", "table", "code", "type_zh", "description_zh", "type_en",
                                   "description_en"]):
        key = (row["data"], row["table"], int(row["code"]))
        if key in out or not all(row.values()) or not (row["type_en"] + row["description_en"]).isascii():
            raise DataError(f"{row['where']}: one line a code, with a type and a description in each language")
        out[key] = row
    return out


own_text = {}


def service_rows(data, shared_english, used_english):
    """The rows of data/services/DATA.tsv, joined with the official document's rows and checked. English
    of tccode's that a row leaves out comes from `shared_english`; the keys taken go into `used_english`."""
    rows = read_tsv(SERVICE_DATA / f"{data}.tsv", SERVICE_COLUMNS)
    document = {(r.table, r.code, r.under, r.key): r for r in official.rows(data)}
    seen, names = set(), set()
    for row in rows:
        where = row["where"]
        if not re.fullmatch(r"-?[0-9]+", row["code"]) or not re.fullmatch(r"[0-9]*", row["under"]):
            raise DataError(f"{where}: code and under are integers")
        row["code"], row["under"] = int(row["code"]), int(row["under"] or 0)
        key = (row["table"], row["code"], row["under"], row["key"])
        if key in seen:
            raise DataError(f"{where}: the row {key} appears twice")
        seen.add(key)
        twin = document.get(key)
        text = {k: "" for k in ("type_zh", "description_zh", "remedy_zh", "link", "message")}
        if row["english"] == "own":  # a row of tccode's own: a code this service uses in a sense of its own
            if twin is not None or row["table"] != "public" or any(row[k] for k in ("type_en", "description_en",
                                                                                    "remedy_en")):
                raise DataError(f"{where}: a row of tccode's own (english own) is a public row that its document "
                                "lacks, with its text in data/services/own.tsv")
            mine = own_text.pop((data, row["table"], row["code"]), None)
            if mine is None:
                raise DataError(f"{where}: a row of tccode's own has its text in data/services/own.tsv")
            text["type_zh"], text["description_zh"] = mine["type_zh"], mine["description_zh"]
            row["type_en"], row["description_en"] = mine["type_en"], mine["description_en"]
        elif twin is None:
            raise DataError(f"{where}: the row {key} is not in data/official's {data} documents")
        else:
            text = {"type_zh": twin.zh.type, "description_zh": twin.zh.description, "remedy_zh": twin.zh.remedy,
                    "link": twin.link, "message": twin.message}
            if row["english"] == "official":
                if twin.en is None:
                    raise DataError(f"{where}: english official, but the document has no English for the row")
                if any(row[k] for k in ("type_en", "description_en", "remedy_en")):
                    raise DataError(f"{where}: english official: the English comes from the document, not the data")
                row["type_en"], row["description_en"], row["remedy_en"] = twin.en.type, twin.en.description, \
                    twin.en.remedy
            elif row["english"] == "tccode":
                if twin.en is not None:
                    raise DataError(f"{where}: the document has English for this row: english must be official")
                for part in ("type", "description", "remedy"):
                    shared = shared_english.get((part, text[f"{part}_zh"]))
                    if shared is not None:
                        if row[f"{part}_en"]:
                            raise DataError(f"{where}: the English {part} of this text is in english.tsv: "
                                            "give it there only")
                        row[f"{part}_en"] = shared
                        used_english.add((part, text[f"{part}_zh"]))
                    if bool(row[f"{part}_en"]) != bool(text[f"{part}_zh"]) or not row[f"{part}_en"].isascii():
                        raise DataError(f"{where}: tccode's English {part} must be ASCII, and given where the "
                                        "Chinese has one")
            else:
                raise DataError(f"{where}: english is official, tccode or own")
        row.update(text)
        if row["key"]:
            if row["name"] != row["key"] or not STRING_CODE.match(row["key"]):
                raise DataError(f"{where}: a row with a string code is named by it")
        elif not NAME.match(row["name"]):
            raise DataError(f"{where}: name {row['name']!r} is not snake_case")
        if (row["table"], row["name"], row["under"]) in names:
            raise DataError(f"{where}: the name {row['name']!r} appears twice in table {row['table']}")
        names.add((row["table"], row["name"], row["under"]))
        judge(row, where)
        if not row["verdict"].isascii():
            raise DataError(f"{where}: the verdict is ASCII")
    missing = set(document) - seen
    if missing:
        raise DataError(f"data/services/{data}.tsv lacks rows of its documents: {sorted(missing)[:5]}")
    return rows


def emit_service_table(cxx_name, table_name, comment, rows):
    members = sorted(rows, key=lambda r: (r["code"], r["under"]))
    out = [f"/// {comment}",
           f"TCCODE_VISIBLE inline constexpr table<{len(members)}> {cxx_name}{{detail::presorted, {sized(table_name, '')}, {{"]
    for row in members:
        out += emit_row(row)
    out += ["}};", ""]
    return out


def emit_service_header(data, services, rows):
    sources = sorted({source for s in services for source in s["sources"]})
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.",
           "//",
           f"// GENERATED by data/generate.py from data/services/{data}.tsv and data/services.tsv, checked against",
           "// the official " + ", ".join(f"data/official/{s}" for s in sources) + ".",
           "// Do not edit: change the data and run `python3 data/generate.py`. The text is UTF-8 written as",
           "// \\xNN escapes, so this file is ASCII and the bytes survive any execution character set.",
           f"#ifndef TCCODE_SERVICES_{data.upper()}_HPP",
           f"#define TCCODE_SERVICES_{data.upper()}_HPP",
           "",
           "#include <tccode/core.hpp>",
           "",
           "namespace tccode::services {",
           "",
           "// clang-format off",
           ""]
    first = services[0]
    public = [r for r in rows if r["table"] == "public"]
    out += emit_service_table(f"{data}_public", data, f"{first['title']}: its public codes (its overrides).", public)
    tables = sorted({t for s in services for t in s["tables"]})
    for table in tables:
        members = [r for r in rows if r["table"] == table]
        if not members:
            raise DataError(f"data/services.tsv names a table {table} that data/services/{data}.tsv lacks")
        out += emit_service_table(f"{table}_table", table, f"{first['title']}: module codes ({table}).", members)
    unknown = {r["table"] for r in rows} - set(tables) - {"public"}
    if unknown:
        raise DataError(f"data/services/{data}.tsv has tables that no service uses: {sorted(unknown)}")
    for s in services:
        name = s["service"]
        make = f"service({sized(name, '')}, {data}_public"
        if s["tables"]:
            out.append(f"/// The module tables of {name}, in the order explain consults them.")
            out.append(f"TCCODE_VISIBLE inline constexpr table_view {name}_tables[] = "
                       f"{{{', '.join(t + '_table' for t in s['tables'])}}};")
            make += f", {name}_tables"
        make += ")"
        if s["host"]:
            make += f".with_host({sized(s['host'], '')})"
        if s["colon"] == "yes":
            make += ".with_colon_module_codes()"
        out += [f"/// {s['title']} (data/official/{', '.join(s['sources'])}).",
                f"TCCODE_VISIBLE inline constexpr service {name} = {make};", ""]
    out += ["// clang-format on", "", "}  // namespace tccode::services", "", f"#endif  // TCCODE_SERVICES_{data.upper()}_HPP",
            ""]
    return "\n".join(out)


def emit_all_services(services):
    datas = sorted({s["data"] for s in services})
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/services.tsv. Do not edit.",
           "//",
           "// Every built-in service (one opt-in header each, <tccode/services/NAME.hpp>), and how to find",
           "// one by its name or by the host an SDK calls.",
           "#ifndef TCCODE_SERVICES_HPP",
           "#define TCCODE_SERVICES_HPP",
           ""]
    out += [f"#include <tccode/services/{d}.hpp>" for d in datas]
    out += ["",
            "#include <string_view>",
            "",
            "namespace tccode::services {",
            "",
            "// clang-format off",
            "",
            "/// A built-in service, what it is and the official documents (in data/official/) it comes from.",
            "struct catalogue_entry {",
            "  const tccode::service* service;",
            "  std::string_view title;",
            "  std::string_view sources;  ///< file names, separated by spaces",
            "};",
            "",
            "/// Every built-in service, in the order of data/services.tsv.",
            "TCCODE_VISIBLE inline constexpr catalogue_entry catalogue[] = {"]
    for s in services:
        out.append(f"    {{&{s['service']}, {sized(s['title'], '')}, {sized(' '.join(s['sources']), '')}}},")
    out += ["};",
            "",
            "/// The built-in service named `name` (\"cmq\", \"cdn\", ...), or nullptr.",
            "[[nodiscard]] constexpr const service* find_service(std::string_view name) noexcept {",
            "  for (const catalogue_entry& e : catalogue) {",
            "    if (e.service->name() == name) {",
            "      return e.service;",
            "    }",
            "  }",
            "  return nullptr;",
            "}",
            "",
            "/// The built-in service of an API 2.0 endpoint: `host` is \"<label>.api.qcloud.com\" (a URL's",
            "/// scheme, port and path are ignored), and the service is the one whose host() is the label, or",
            "/// its beginning followed by '-' (\"cmq-queue-gz\" is cmq's). nullptr for any other host.",
            "[[nodiscard]] constexpr const service* service_for_host(std::string_view host) noexcept {",
            "  if (const std::size_t scheme = host.find(\"://\"); scheme != std::string_view::npos) {",
            "    host.remove_prefix(scheme + 3);",
            "  }",
            "  host = host.substr(0, host.find_first_of(\":/\"));",
            "  const std::size_t dot = host.find('.');",
            "  if (dot == std::string_view::npos || host.substr(dot) != \".api.qcloud.com\") {",
            "    return nullptr;",
            "  }",
            "  const std::string_view label = host.substr(0, dot);",
            "  for (const catalogue_entry& e : catalogue) {",
            "    const std::string_view h = e.service->host();",
            "    if (!h.empty() && label.substr(0, h.size()) == h && (label.size() == h.size() || label[h.size()] == '-')) {",
            "      return e.service;",
            "    }",
            "  }",
            "  return nullptr;",
            "}",
            "",
            "// clang-format on",
            "",
            "}  // namespace tccode::services",
            "",
            "#endif  // TCCODE_SERVICES_HPP",
            ""]
    return "\n".join(out)


def services_table(services, rows_of):
    """The README's table of the built-in services."""
    out = ["| Service | Header | From | Rows | English |",
           "|---|---|---|---|---|"]
    for s in services:
        rows = rows_of[s["data"]]
        used = [r for r in rows if r["table"] == "public" or r["table"] in s["tables"]]
        documented = [r for r in used if r["english"] != "own"]
        ours = [r for r in documented if r["english"] == "tccode"]
        own = len(used) - len(documented)
        english = ("official" if not ours else "tccode's" if len(ours) == len(documented)
                   else f"official, {len(ours)} rows tccode's")
        host = f", host `{s['host']}`" if s["host"] else ""
        note = f" + {own} of tccode's own" if own else ""
        out.append(f"| {s['title']}{host} | `services::{s['service']}` in `<tccode/services/{s['data']}.hpp>` | "
                   + ", ".join(f"`{x}`" for x in s["sources"]) + f" | {len(documented)}{note} | {english} |")
    return out


def with_block(readme, name, lines, page="README.md"):
    """A page (README.md) with the lines between <!-- NAME --> and <!-- end NAME --> replaced."""
    begin, end = f"<!-- {name} -->\n", f"<!-- end {name} -->"
    if begin not in readme or end not in readme:
        raise DataError(f"{page} has no <!-- {name} --> ... <!-- end {name} --> block")
    head, rest = readme.split(begin, 1)
    _, tail = rest.split(end, 1)
    return head + begin + "\n".join(lines) + "\n" + end + tail


def with_services_table(readme, table):
    return with_block(readme, "services", table)


CLASSES = ("success", "client", "resource", "server", "other")
DECISION_WORDS = ["decision.retry", "decision.resign", "stop.not_retryable", "stop.may_have_executed",
                  "stop.attempts", "stop.deadline", "stop.clock", "stop.budget", "api3.unknown", "api3.judged_as",
                  "api3.no_english"]
WORDING_KEYS = [f"advice.{a}" for a in RETRY] + [
    f"unlisted.{c}" for c in CLASSES[1:]] + [f"class.{c}" for c in CLASSES] + DECISION_WORDS


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


def verdict_rows(rows, rows_of, services):
    """The rows whose judgement needs a verdict of its own, with it: (data, table, code, under, key, name,
    executed, verdict). A module row that says the call did not run, where a public code that it can come
    under (any, for a blank `under`) says it may have run; and a public row of a service that judges a
    public code of the seed otherwise than the seed does (it gives the code another meaning)."""
    seed_public = {r["code"]: r for r in rows if r["table"] == "public"}
    out = []
    for data, data_rows in [("seed", rows)] + sorted(rows_of.items()):
        public = {r["code"]: r for r in data_rows if r["table"] == "public"}
        listed = set(public) | set(seed_public)
        # A public code the service does not list may have run too: explain knows nothing of it.
        may_have_run = {c for c in listed if (public.get(c) or seed_public[c])["executed"] == "maybe"}
        for r in data_rows:
            under = r.get("under") or 0
            if r["table"] == "public":
                needs = data != "seed" and r["code"] in seed_public and \
                    r["judgement"] != seed_public[r["code"]]["judgement"]
            else:
                needs = r["executed"] == "no" and (under in may_have_run or under not in listed if under
                                                   else bool(may_have_run))
            if needs:
                out.append((data, r["table"], r["code"], under, r.get("key", ""), r["name"], r["executed"],
                            r["verdict"]))
    return out


def check_judgements(rows, rows_of, services):
    """One judgement per code: the data's judgements are all used; a row that departs from the default
    says why, in a verdict of its own (see verdict_rows); no other row has a verdict."""
    unused = set(_judgements) - _judged - {"unknown_code"}  # explain's own, for a code nothing knows
    if unused:
        raise DataError(f"{JUDGEMENTS.name}: no row names the judgement {sorted(unused)[0]!r}")
    needed = verdict_rows(rows, rows_of, services)
    reasons = {j[k] for j in _judgements.values() for k in ("retry_reason", "executed_reason")}
    seen = {}
    for data, table, code, under, key, name, executed, verdict in needed:
        where = f"{data} {table} {code}{' under ' + str(under) if under else ''} {name}"
        if not verdict:
            raise DataError(f"{where}: says the call did not run (or judges a public code otherwise than the seed) "
                            "without a verdict: say in its verdict column why")
        if verdict in seen or verdict in reasons:
            raise DataError(f"{where}: its verdict is another row's text ({seen.get(verdict, 'a judgement')}): "
                            "a verdict says why of this row")
        seen[verdict] = where
    needing = {(d, t, c, u, k) for d, t, c, u, k, *_ in needed}
    for data, data_rows in [("seed", rows)] + sorted(rows_of.items()):
        for r in data_rows:
            if r["verdict"] and (data, r["table"], r["code"], r.get("under") or 0, r.get("key", "")) not in needing:
                raise DataError(f"{data} {r['table']} {r['code']} {r['name']}: a verdict where none is needed")


TRANSPORT = ROOT / "data" / "transport.tsv"
TRANSPORT_HEADER = ROOT / "include" / "tccode" / "transport.hpp"
TRANSPORT_COLUMNS = ["code", "name", "type_zh", "description_zh", "type_en", "description_en", "judgement"]
WORDS_HEADER = ROOT / "include" / "tccode" / "detail" / "words.hpp"


def read_transport():
    """tccode's own rows for the failures without an API answer (transport_failure), numbered 1, 2, 3
    in the enum's order."""
    rows = read_tsv(TRANSPORT, TRANSPORT_COLUMNS)
    for number, row in enumerate(rows, start=1):
        if row["code"] != str(number) or not NAME.match(row["name"]) or not all(row.values()):
            raise DataError(f"{row['where']}: the rows are numbered 1, 2, 3 in order, with a name and text")
        if not all(row[k].isascii() for k in ("type_en", "description_en")):
            raise DataError(f"{row['where']}: the English is ASCII")
        judge(row, row["where"])
        row.update(code=number, table="transport", remedy_zh="", remedy_en="", link="", english="tccode")
    return rows


def emit_transport(rows):
    names = ", ".join(r["name"] for r in rows)
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/transport.tsv and data/judgements.tsv. Do not edit.",
           "// The failures without an API answer (transport_failure), with tccode's own text in both",
           "// languages: explained, logged and turned into error codes as a response is.",
           "#ifndef TCCODE_TRANSPORT_HPP",
           "#define TCCODE_TRANSPORT_HPP",
           "",
           "#include <tccode/core.hpp>",
           "",
           "namespace tccode {",
           "",
           "// clang-format off",
           "",
           f"/// tccode's rows for a failure without an API answer, numbered from 1: {names}.",
           f"TCCODE_VISIBLE inline constexpr table<{len(rows)}> transport_failures{{detail::presorted, "
           f"{sized('transport', '')}, {{"]
    for row in rows:
        out += emit_row(row)
    out += ["}};", "",
            "// clang-format on", "",
            "/// The failures without an API answer as a service (named \"transport\"): its codes are",
            "/// transport_failures' rows.",
            "TCCODE_VISIBLE inline constexpr service transport{\"transport\", transport_failures};", "",
            "/// A failure without an API answer, explained as a response is (code 1, 2 or 3 in service",
            "/// `transport`): its text, whether it may have run, its advice, log line and error code.",
            "[[nodiscard]] constexpr explanation explain(transport_failure t, lang l = lang::zh) noexcept {",
            "  return detail::explain_access::explain_transport(t, transport, l);",
            "}", "",
            "}  // namespace tccode", "",
            "#endif  // TCCODE_TRANSPORT_HPP", ""]
    return "\n".join(out)


def emit_words(wording):
    fields = [k.replace("decision.", "").replace("stop.", "stop_").replace("api3.", "api3_") for k in DECISION_WORDS]
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/wording.tsv. Do not edit. What a log line says around the",
           "// data: what decide decided (<tccode/retry.hpp>; %d is the delay in milliseconds) and how an API 3.0",
           "// code was judged, in Chinese and English.",
           "#ifndef TCCODE_DETAIL_WORDS_HPP",
           "#define TCCODE_DETAIL_WORDS_HPP",
           "",
           "#include <string_view>",
           "",
           "namespace tccode::detail {",
           "",
           "// clang-format off",
           "",
           "/// The words in one language.",
           "struct words {"]
    out += [f"  std::string_view {f};" for f in fields]
    out += ["};", "",
            "/// The words in Chinese, then in English (indexed by tccode::lang).",
            "inline constexpr words words_in[] = {"]
    for language in (0, 1):
        out.append("    {")
        for key in DECISION_WORDS:
            out.append("     " + sized(wording[key][language], "     ") + ",")
        out.append("    },")
    out += ["};", "", "// clang-format on", "", "}  // namespace tccode::detail", "",
            "#endif  // TCCODE_DETAIL_WORDS_HPP", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# API 3.0

API3 = ROOT / "data" / "api3"
API3_OFFICIAL = ROOT / "data" / "official" / "api3"
JUDGEMENTS_HEADER = ROOT / "include" / "tccode" / "judgements.hpp"
API3_HEADER = ROOT / "include" / "tccode" / "detail" / "api3_data.hpp"
PRODUCT_HEADERS = ROOT / "include" / "tccode" / "products"
ALL_PRODUCTS = ROOT / "include" / "tccode" / "products.hpp"
API3_DOC = ROOT / "docs" / "api3.md"
API3_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+)*$")


def code_value(code):
    """The value of an API 3.0 code, as tccode::code_value computes it: its UTF-8 bytes eight at a time
    as little-endian words, each multiplied in, then mixed; 31 bits; 0 only for the empty code."""
    if not code:
        return 0
    data = code.encode("utf-8")
    n = len(data)
    mask = (1 << 64) - 1

    def mix(h, w):
        h = ((h ^ w) * 0x9E3779B97F4A7C15) & mask
        return h ^ (h >> 32)

    h = n
    if n < 8:
        h = mix(h, int.from_bytes(data, "little"))
    else:
        for i in range(0, n - 8, 8):
            h = mix(h, int.from_bytes(data[i:i + 8], "little"))
        h = mix(h, int.from_bytes(data[n - 8:], "little"))
    h = (h * 0xFF51AFD7ED558CCD) & mask
    h ^= h >> 33
    return (h & 0x7FFFFFFF) or 0x7FFFFFFF


def official_api3_common():
    """{code: (zh, en)} of the 2022 common-code page: its first table, reduced as a reader sees it."""
    out = {}
    for language in ("zh", "en"):
        heading = None
        for cells, _links, _line, heading in official.md_rows(
                (API3_OFFICIAL / f"common-2022-{language}.md").read_text(encoding="utf-8")):
            if heading in ("公共错误码", "Common Error Codes") and len(cells) == 2 and API3_CODE.match(cells[0]):
                out.setdefault(cells[0], {})[language] = cells[1]
    return {code: (texts.get("zh", ""), texts.get("en", "")) for code, texts in out.items()}


def read_api3():
    """The API 3.0 common layer: the common page's codes with their judgements, tccode's own rows, and the
    codes the official SDKs make up; each as (code, judgement, rule, zh, en, flags)."""
    rules = [r["id"] for r in read_tsv(API3 / "rules.tsv", ["id", "description"])]
    page = official_api3_common()
    rows, seen = [], set()
    for row in read_tsv(API3 / "common.tsv", ["code", "judgement", "english", "text_zh", "text_en", "note"]):
        where, code = row["where"], row["code"]
        if not API3_CODE.match(code) or code in seen:
            raise DataError(f"{where}: {code!r} is not a code, or appears twice")
        seen.add(code)
        judge(row, where)
        if row["english"] == "official":
            if code not in page or row["text_zh"] or row["text_en"]:
                raise DataError(f"{where}: an official row is on the 2022 page, and its text comes from there")
            zh, en, rule, flags = *page[code], "common", 0
        elif row["english"] in ("own", "product"):
            if code in page or not row["text_zh"] or not row["text_en"].isascii() or not row["note"]:
                raise DataError(f"{where}: a row of tccode's own is not on the page, and has its text and a note")
            zh, en, rule, flags = row["text_zh"], row["text_en"], "own", 1
        else:
            raise DataError(f"{where}: english is official, own or product")
        rows.append(dict(code=code, judgement=row["judgement"], rule=rule, zh=zh, en=en, flags=flags))
    missing = set(page) - seen
    if missing:
        raise DataError(f"common.tsv lacks codes of the 2022 page: {sorted(missing)}")
    for row in read_tsv(API3 / "sdk.tsv", ["code", "judgement", "message_decides", "text_zh", "text_en", "sdks"]):
        where, code = row["where"], row["code"]
        if not API3_CODE.match(code) or code in seen or row["message_decides"] not in ("yes", "no") or \
                not row["text_zh"] or not row["text_en"].isascii() or not row["sdks"]:
            raise DataError(f"{where}: a code once, message_decides yes or no, its text and the SDKs that make it")
        seen.add(code)
        judge(row, where)
        rows.append(dict(code=code, judgement=row["judgement"], rule="sdk", zh=row["text_zh"], en=row["text_en"],
                         flags=1 | (4 if row["message_decides"] == "yes" else 0)))
    messages = read_tsv(API3 / "sdk_messages.tsv", ["pattern", "means", "source"])
    for m in messages:
        if m["means"] not in ("not_sent", "timeout") or not m["pattern"] or not m["pattern"].isascii():
            raise DataError(f"{m['where']}: an ASCII pattern that means not_sent or timeout")
    values = {}
    for r in rows:
        r["value"] = code_value(r["code"])
        if r["value"] in values:
            raise DataError(f"API 3.0: {r['code']} and {values[r['value']]} have the same value")
        values[r["value"]] = r["code"]
        r["rule_index"] = rules.index(r["rule"])
    tokens = read_tsv(API3 / "clienttoken-actions.tsv", ["product", "version", "action"])
    rows.sort(key=lambda r: r["value"])
    if len(rows) >= 255:
        raise DataError("code_row::common holds an index below 254: the common codes are too many")
    for r in rows:
        r["common"] = common_slot(r["code"], rows)
    return rows, rules, messages, tokens


def common_slot(code, common_rows):
    """code_row::common: 1 + the index in common_codes (sorted by value) of the row of the longest
    prefix of `code` (itself included, ending before a '.') that is a common code; 255 for none."""
    index = {r["code"]: i for i, r in enumerate(common_rows)}
    parts = code.split(".")
    for k in range(len(parts), 0, -1):
        prefix = ".".join(parts[:k])
        if prefix in index:
            return index[prefix] + 1
    return 255


def judgement_ids():
    """The judgements in data/judgements.tsv's order: their index is what an API 3.0 row names."""
    return list(_judgements)


def emit_judgements(rules):
    out = ["// SPDX-License-Identifier: MIT",
           "// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/judgements.tsv and data/api3/rules.tsv. Do not edit.",
           "// Every judgement once: an API 3.0 row names its own by index (code_row::judgement).",
           "#ifndef TCCODE_JUDGEMENTS_HPP",
           "#define TCCODE_JUDGEMENTS_HPP",
           "",
           "#include <tccode/table.hpp>",
           "",
           "#include <string_view>",
           "",
           "namespace tccode {",
           "",
           "// clang-format off",
           "",
           "/// Every judgement of data/judgements.tsv, in its order.",
           f"TCCODE_VISIBLE inline constexpr judgement judgements[{len(_judgements)}] = {{"]
    for j in _judgements.values():
        out.append(f"    {{{sized(j['id'], '     ')}, retry_advice::{j['retry']}, execution::{EXECUTED[j['executed']]}, "
                   f"canonical_code::{j['canonical']}, tccode::errc::{j['errc'] or 'none'}, "
                   f"{'true' if j['auth'] else 'false'},")
        out.append(f"     {sized(j['retry_reason'], '      ')},")
        out.append(f"     {sized(j['executed_reason'], '      ')}}},")
    out += ["};", "",
            "namespace detail {", "",
            "/// The index of judgement `id` in judgements, or -1.",
            "constexpr int judgement_index(std::string_view id) noexcept {",
            "  for (int i = 0; i < static_cast<int>(sizeof(judgements) / sizeof(judgements[0])); ++i) {",
            "    if (judgements[i].id == id) {",
            "      return i;",
            "    }",
            "  }",
            "  return -1;",
            "}", "",
            "}  // namespace detail", "",
            "/// How an API 3.0 row was judged (code_row::rule), by index: data/api3/rules.tsv's ids.",
            f"TCCODE_VISIBLE inline constexpr std::string_view judgement_rules[{len(rules)}] = {{"]
    out += [f"    {sized(r, '     ')}," for r in rules]
    out += ["};", "", "// clang-format on", "", "}  // namespace tccode", "", "#endif  // TCCODE_JUDGEMENTS_HPP", ""]
    return "\n".join(out)


def code_row_literal(r, indent):
    """One code_row: value, code, zh, en, judgement index, rule index, flags, common row."""
    ids = judgement_ids()
    zh = sized(r["zh"], indent + " ") if r["zh"] else "{}"
    en = sized(r["en"], indent + " ") if r["en"] else "{}"
    return (f"{indent}{{{r['value']}, {sized(r['code'], indent)},\n{indent} {zh},\n{indent} {en},\n"
            f"{indent} {ids.index(r['judgement'])}, {r['rule_index']}, {r['flags']}, {r['common']}}},")


def emit_api3(rows, messages, tokens):
    ids = judgement_ids()
    out = ["// SPDX-License-Identifier: MIT AND Apache-2.0",
           "// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py from data/api3/ (common.tsv, sdk.tsv, sdk_messages.tsv,",
           "// clienttoken-actions.tsv), checked against the official data/official/api3/common-2022-*.md.",
           "// Do not edit. The text is UTF-8 written as \\xNN escapes, so this file is ASCII.",
           "#ifndef TCCODE_DETAIL_API3_DATA_HPP",
           "#define TCCODE_DETAIL_API3_DATA_HPP",
           "",
           "#include <tccode/judgements.hpp>",
           "#include <tccode/table.hpp>",
           "",
           "#include <string_view>",
           "",
           "namespace tccode {",
           "",
           "// clang-format off",
           "",
           "/// API 3.0's common codes (the official page's, with RequestLimitExceeded.GlobalRegionUinLimitExceeded",
           "/// of the current pages), tccode's own rows (the roots of AuthFailure and OperationDenied, the answers",
           "/// to a repeated ClientToken) and the codes the official SDKs make up: sorted by value.",
           f"TCCODE_VISIBLE inline constexpr code_row common_codes[{len(rows)}] = {{"]
    for r in rows:
        out.append(f"    // {r['code']}: judgement {r['judgement']}, rule {r['rule']}")
        out.append(code_row_literal(r, "    "))
    out += ["};", "",
            "namespace detail {", "",
            "/// What an SDK's message says of a network failure: the request was not sent, or it timed out.",
            "struct sdk_message {",
            "  std::string_view pattern;  ///< a part of the message",
            "  bool not_sent;             ///< true: not sent; false: timed out after it may have been sent",
            "};", "",
            "/// data/api3/sdk_messages.tsv: libcurl's, Go's and Python's texts, the \"not sent\" ones first.",
            f"inline constexpr sdk_message sdk_messages[{len(messages)}] = {{"]
    for m in sorted(messages, key=lambda m: m["means"] != "not_sent"):
        out.append(f"    {{{sized(m['pattern'], '     ')}, {'true' if m['means'] == 'not_sent' else 'false'}}},"
                   f"  // {m['source']}")
    out += ["};", "",
            f"/// The judgements explain gives a failure of the SDK's network by its message, and an unknown code.",
            f"inline constexpr int not_sent_judgement = {ids.index('not_sent')};",
            f"inline constexpr int timed_out_judgement = {ids.index('timed_out')};",
            f"inline constexpr int unknown_code_judgement = {ids.index('unknown_code')};",
            "",
            "/// An action that takes a ClientToken.",
            "struct client_token_action {",
            "  std::string_view product;",
            "  std::string_view version;",
            "  std::string_view action;",
            "};", "",
            "/// data/api3/clienttoken-actions.tsv: the request types of tencentcloud-sdk-go with a ClientToken field.",
            f"inline constexpr client_token_action client_token_actions[{len(tokens)}] = {{"]
    for t in sorted(tokens, key=lambda t: (t["product"], t["action"], t["version"])):
        out.append(f"    {{{sized(t['product'], '')}, {sized(t['version'], '')}, {sized(t['action'], '')}}},")
    out += ["};", "", "}  // namespace detail", "", "// clang-format on", "", "}  // namespace tccode", "",
            "#endif  // TCCODE_DETAIL_API3_DATA_HPP", ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a written file is stale")
    parser.add_argument("--api3-review", action="store_true",
                        help="list the API 3.0 codes to review by hand (those whose text speaks of waiting, retrying, "
                             "timing out, an operation in progress, a repeat or a rate, and a sample of 200 others), "
                             "with the judgement the rules give and the verdict recorded, if any")
    parser.add_argument("--verdicts", action="store_true",
                        help="list the module rows that say 'did not run' under a public code that may have run, "
                             "with their verdicts, and the public rows that give a code another meaning")
    args = parser.parse_args()
    try:
        _judgements.update(read_judgements())
        rows = read_data()
        check_against_document(rows)
        wording = read_wording()
        services = read_services()
        shared_english, used_english = read_shared_english(), set()
        own_text.update(read_own_text())
        rows_of = {data: service_rows(data, shared_english, used_english)
                   for data in sorted({s["data"] for s in services})}
        if args.verdicts:
            for line in verdict_rows(rows, rows_of, services):
                print("\t".join(str(x) for x in line))
            return 0
        if own_text:
            raise DataError(f"own.tsv: no row of tccode's own has the code {sorted(own_text)[0]}")
        transport = read_transport()
        api3_rows, api3_rules, api3_messages, api3_tokens = read_api3()
        products, rule_ids = None, api3_rules + ["verdict"] + [r["id"] for r in catalogue.read_tsv(
            "text_rules.tsv", ["id", "kind", "families", "pattern", "unless", "judgement", "description"])]
        if catalogue.sources_present():
            common_layer = {r["code"]: r for r in api3_rows}
            products, rule_ids, text_rules = catalogue.build(_judgements, common_layer, api3_rules)
            _judged.update(row["judgement"] for e in products for v in e["versions"] for row in v["rows"])
            if args.api3_review:
                print("kind\tproduct\tversion\tcode\tzh\ten\tprefix\trule\tjudgement\tverdict")
                judge = catalogue.Judge(_judgements, common_layer, [], {})
                for kind, product, version, row in catalogue.review_list(products):
                    prefix = judge.prefix_row(row["code"])
                    print("\t".join([kind, product, version, row["code"], row["zh"], row["en"],
                                     prefix["code"] if prefix else "", row["rules_rule"], row["rules_say"],
                                     row["judgement"] if row["rule"] == "verdict" else ""]))
                return 0
        else:
            print(f"generate.py: the API 3.0 sources are not at {catalogue.SOURCES}: the product headers "
                  "(include/tccode/products/) are neither written nor checked", file=sys.stderr)
        check_judgements(rows, rows_of, services)
        if set(shared_english) - used_english:
            raise DataError(f"english.tsv: no row has the text {sorted(set(shared_english) - used_english)[0]}")
        outputs = {HEADER: generate(rows, wording), ALL_SERVICES: emit_all_services(services),
                   TRANSPORT_HEADER: emit_transport(transport), WORDS_HEADER: emit_words(wording),
                   JUDGEMENTS_HEADER: emit_judgements(rule_ids),
                   API3_HEADER: emit_api3(api3_rows, api3_messages, api3_tokens)}
        if products is not None:
            index = {j: i for i, j in enumerate(_judgements)}
            for entry in products:
                outputs[PRODUCT_HEADERS / f"{entry['name']}.hpp"] = catalogue.emit_product(
                    entry, index.__getitem__, sized, code_value,
                    lambda code: common_slot(code, api3_rows))
            outputs[ALL_PRODUCTS] = catalogue.emit_catalogue(products, sized)
        for data, data_rows in rows_of.items():
            outputs[SERVICE_HEADERS / f"{data}.hpp"] = emit_service_header(
                data, [s for s in services if s["data"] == data], data_rows)
        readme = with_services_table(README.read_text(encoding="utf-8"), services_table(services, rows_of))
        if products is not None:
            readme = with_block(readme, "products", catalogue.summary(products))
        outputs[README] = readme
        doc = API3_DOC.read_text(encoding="utf-8")
        common_notes = read_tsv(API3 / "common.tsv", ["code", "judgement", "english", "text_zh", "text_en", "note"])
        doc = with_block(doc, "api3 common", catalogue.common_table(
            _judgements, [(r["code"], r["judgement"], r["note"]) for r in common_notes]), "docs/api3.md")
        doc = with_block(doc, "api3 sdk", catalogue.sdk_table(_judgements, read_tsv(
            API3 / "sdk.tsv", ["code", "judgement", "message_decides", "text_zh", "text_en", "sdks"])),
            "docs/api3.md")
        if products is not None:
            doc = with_block(doc, "api3 rules", catalogue.rules_table(products, text_rules), "docs/api3.md")
            doc = with_block(doc, "api3 accuracy", catalogue.accuracy(products, _judgements), "docs/api3.md")
        outputs[API3_DOC] = doc
    except (DataError, catalogue.CatalogueError) as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 1
    count = len(rows) + sum(len(r) for r in rows_of.values())
    if args.check:
        stale = [path for path, text in outputs.items()
                 if not path.exists() or path.read_text(encoding="utf-8") != text]
        if stale:
            print("generate.py: stale, run python3 data/generate.py: "
                  + ", ".join(str(p.relative_to(ROOT)) for p in stale), file=sys.stderr)
            return 1
        print(f"the generated files are current ({count} rows)")
        return 0
    SERVICE_HEADERS.mkdir(exist_ok=True)
    PRODUCT_HEADERS.mkdir(exist_ok=True)
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(outputs)} files ({count} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

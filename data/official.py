# SPDX-License-Identifier: MIT
"""The rows of Tencent Cloud's official error-code documents in data/official/, read as a reader sees
them: each cell's text with its markup reduced (a link to its text, its address kept apart; HTML
tags and markdown code marks dropped; a line break <br> to a space), trimmed.

    rows(service)  the document rows of one built-in service, as `Row`s

Python 3 standard library only. data/generate.py checks tccode's data against these rows, character
for character, and tests/services/check_official.py checks the built-in tables against them.
"""
import html.parser
import re
from dataclasses import dataclass, field
from pathlib import Path

OFFICIAL = Path(__file__).resolve().parent / "official"


@dataclass
class Text:
    type: str = ""
    description: str = ""
    remedy: str = ""


@dataclass
class Row:
    table: str        # "public", or a module table's name
    code: int         # the numeric code, 0 for a row keyed by a string code
    under: int = 0    # a module row's public code, where the document gives one
    key: str = ""     # the string code of a row keyed by one (CAM's codeDesc, CVM's 2017 codes)
    zh: Text = field(default_factory=Text)
    en: Text = None   # the official English, where the document has an English twin
    message: str = ""  # the server's message as the document quotes it
    link: str = ""    # the address of the first link of the row's remedy or description
    source: str = ""  # "file:line" of the row in data/official


# ---------------------------------------------------------------------------------------------
# Cells

_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")


def visible(cell):
    """A markdown cell's text as a reader sees it, and the addresses of its links."""
    links = [m.group(2) for m in _MD_LINK.finditer(cell)]
    text = _MD_LINK.sub(r"\1", cell)
    html_links = re.findall(r"<a\s+href\s*=\s*\"?([^\"\s>]+)\"?[^>]*>", text)
    text = re.sub(r"<br\s*/?>", " ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("`", "")
    return text.strip(), links + html_links


class _Html(html.parser.HTMLParser):
    """The rows of the HTML tables of a document: cells (as a reader sees them) and links, with the
    line each row starts on."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self._cells, self._cell, self._links, self._line = [], None, None, [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._cells, self._links, self._line = [], [], self.getpos()[0]
        elif tag in ("td", "th") and self._cells is not None:
            if self._cell is not None:  # a cell left open (cvm-zh.md): the next one closes it
                self._cells.append("".join(self._cell).strip())
            self._cell = []
        elif tag == "a":
            self._links.append(dict(attrs).get("href", "").strip())
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._cells.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._cells is not None:
            if self._cell is not None:
                self._cells.append("".join(self._cell).strip())
                self._cell = None
            self.rows.append((self._cells, self._links, self._line))
            self._cells = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data.replace("`", ""))


def html_rows(text):
    """[(cells, links, line)] of every HTML table row of `text`."""
    parser = _Html()
    parser.feed(text)
    return parser.rows


def md_rows(text):
    """[(cells, links, line, heading)] of every markdown table row of `text`, under the heading it
    follows. A row cut over two lines (cam-en.md) is joined."""
    out, heading, pending = [], "", None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        match = re.match(r"^#+\s*(.*?)\s*$", line)
        if match:
            heading = match.group(1)
            continue
        if not line.startswith("|"):
            pending = None
            continue
        if pending is not None:  # the rest of a row cut in two
            line = pending[0] + " " + line
            number = pending[1]
            pending = None
        elif not line.endswith("|"):
            pending = (line, number)
            continue
        cells, links = [], []
        for cell in line.strip("|").split("|"):
            text_, found = visible(cell)
            cells.append(text_)
            links += found
        if all(set(c) <= set("-: ") for c in cells):
            continue  # the separator row
        out.append((cells, links, number, heading))
    return out


def _read(name):
    return (OFFICIAL / name).read_text(encoding="utf-8-sig")


def _code(cell):
    return int(cell) if re.fullmatch(r"-?[0-9]+", cell) else None


def _module_code(cell):
    """A module code cell: "10000", or "4440（10100）" / "4440 (10100)", whose code is the one in parentheses."""
    match = re.fullmatch(r"[0-9]+\s*[（(]\s*(-?[0-9]+)\s*[）)]", cell)
    return int(match.group(1)) if match else _code(cell)


def _none_if_dash(text):
    return "" if text.strip() in ("-", "") else text


# ---------------------------------------------------------------------------------------------
# The documents

def _public_html(name, columns=3):
    """The numeric rows of a document's HTML table(s): code, type, description."""
    out = []
    for cells, links, line in html_rows(_read(name)):
        code = _code(cells[0]) if cells else None
        if code is not None and len(cells) >= columns:
            out.append(Row("public", code, zh=Text(cells[1], cells[2]), link=links[0] if links else "",
                           source=f"{name}:{line}"))
    return out


def _with_english(rows, english, key=lambda r: (r.table, r.code, r.under, r.key)):
    """`rows` with the English of `english` (rows of the twin document) where the twin has the row."""
    by_key = {key(r): r for r in english}
    for r in rows:
        twin = by_key.get(key(r))
        if twin is not None:
            r.en = twin.zh
    return rows


def _seed():
    """The seed's document: public codes (HTML), project tables (markdown), with the English twin."""
    tables = {"项目增加、删除和更新错误码": "project_crud", "项目查询错误码": "project_query",
              "Error codes for project creation, deletion, and update": "project_crud",
              "Error codes for project query": "project_query"}

    def read(name):
        out = _public_html(name)
        for cells, links, line, heading in md_rows(_read(name)):
            table, code = tables.get(heading), _code(cells[0])
            if table and code is not None:
                out.append(Row(table, code, zh=Text("", cells[1], _none_if_dash(cells[2])),
                               link=links[0] if links else "", source=f"{name}:{line}"))
        return out

    return _with_english(read("public-zh.md"), read("public-en.md"))


def _common():
    return _with_english(_public_html("common-zh.md"), _public_html("common-en.md"))


def _cmq():
    sections = {"公共错误码": "cmq_common", "Queue 公共错误码": "cmq_queue", "Topic 公共错误码": "cmq_topic",
                "模块错误码": "cmq_module", "Common errors": "cmq_common",
                "Common error codes for queue": "cmq_queue", "Common error codes for topic": "cmq_topic",
                "Module error codes": "cmq_module"}

    def read(name):
        out = []
        for cells, links, line, heading in md_rows(_read(name)):
            under, code = _code(cells[0]), _module_code(cells[1]) if len(cells) > 1 else None
            if under is None or code is None:
                continue
            table = sections.get(heading)
            if table is None:
                raise ValueError(f"{name}:{line}: a row under the heading {heading!r}")
            out.append(Row(table, code, under, zh=Text("", cells[3], _none_if_dash(cells[4])), message=cells[2],
                           link=links[0] if links else "", source=f"{name}:{line}"))
        return out

    return _with_english(read("cmq-zh.md"), read("cmq-en.md"))


def _ckafka():
    out = _public_html("ckafka-zh.md")
    for cells, links, line, _ in md_rows(_read("ckafka-zh.md")):
        under, code = _code(cells[0]), _code(cells[1]) if len(cells) > 1 else None
        if under is not None and code is not None:
            out.append(Row("ckafka", code, under, zh=Text("", cells[3], _none_if_dash(cells[4])), message=cells[2],
                           link=links[0] if links else "", source=f"ckafka-zh.md:{line}"))
    return out


def _monitor():
    out = _public_html("monitor-zh.md")
    for cells, links, line, _ in md_rows(_read("monitor-zh.md")):
        code = _code(cells[0])
        if code is not None:
            out.append(Row("monitor", code, key=cells[2], zh=Text("", cells[1]), source=f"monitor-zh.md:{line}"))
    return out


def _cam():
    def read(name):
        out = []
        for cells, links, line, heading in md_rows(_read(name)):
            code = _code(cells[0])
            if code is None:
                continue
            if len(cells) == 3:
                out.append(Row("public", code, zh=Text(cells[1], cells[2]), link=links[0] if links else "",
                               source=f"{name}:{line}"))
            elif len(cells) == 4:
                out.append(Row("cam", 0, code, key=cells[1], zh=Text("", cells[2], _none_if_dash(cells[3])),
                               link=links[0] if links else "", source=f"{name}:{line}"))
        return out

    return _with_english(read("cam-zh.md"), read("cam-en.md"))


def _live():
    def read(name):
        out = []
        for cells, links, line, _ in md_rows(_read(name)):
            code = _code(cells[0])
            if code is None:
                continue
            if len(cells) >= 3 and cells[2]:
                out.append(Row("public", code, zh=Text(cells[1], cells[2]), source=f"{name}:{line}"))
            else:
                out.append(Row("live", code, zh=Text("", cells[1]), source=f"{name}:{line}"))
        return out

    return _with_english(read("live-zh.md"), read("live-en.md"))


def _cvm():
    out = _public_html("cvm-zh.md")
    # The 2017 revision's string codes, each under the common page's numeric code of the same type
    # (compared without spaces: "token错误" is the common page's "token 错误").
    common_codes = {r.zh.type.replace(" ", ""): r.code for r in _public_html("common-zh.md")}
    for cells, links, line in html_rows(_read("cvm-revised-zh.md")):
        if len(cells) >= 3 and re.fullmatch(r"[A-Za-z.]+", cells[0]):
            out.append(Row("cvm_2017", 0, common_codes.get(cells[1].replace(" ", ""), 0), key=cells[0],
                           zh=Text(cells[1], cells[2]), link=links[0] if links else "",
                           source=f"cvm-revised-zh.md:{line}"))
    return out


def _audit():
    def read(name):
        out = []
        for cells, links, line, _ in md_rows(_read(name)):
            code = _code(cells[0])
            if code is not None:
                out.append(Row("public", code, zh=Text("", cells[1], _none_if_dash(cells[2])),
                               link=links[0] if links else "", source=f"{name}:{line}"))
        return out

    return _with_english(read("audit-zh.md"), read("audit-en.md"))


def _cdn():
    out = []
    for cells, links, line in html_rows(_read("cdn-zh.md")):
        code = _code(cells[0]) if cells else None
        if code is None:
            continue
        if len(cells) == 3:
            out.append(Row("public", code, zh=Text(cells[1], cells[2]), source=f"cdn-zh.md:{line}"))
        else:
            out.append(Row("cdn", code, zh=Text("", cells[1]), source=f"cdn-zh.md:{line}"))
    return out


READERS = {"seed": _seed, "common": _common, "cmq": _cmq, "ckafka": _ckafka, "monitor": _monitor, "cam": _cam,
           "live": _live, "cvm": _cvm, "audit": _audit, "cdn": _cdn}


def rows(service):
    """The document rows of `service` (a key of READERS)."""
    return READERS[service]()


if __name__ == "__main__":
    import sys
    for name in sys.argv[1:] or READERS:
        found = rows(name)
        english = sum(1 for r in found if r.en is not None)
        print(f"{name}: {len(found)} rows, {english} with official English")

# SPDX-License-Identifier: MIT
"""API 3.0's catalogue: every product's error codes, from the official Go SDKs' errors.go files, with a
judgement each and the rule that made it.

The sources are not committed (about 8 MB): they are read from ../shared/reference/api3/sdk-go (or
$TCCODE_API3_SOURCES), as TencentCloud/tencentcloud-sdk-go (Chinese) and tencentcloud-sdk-go-intl-en
(English) hold them, and checked against data/api3/sources.tsv (each file's checksum). What tccode adds is
committed: the rules (data/api3/text_rules.tsv), the verdicts of the hand review (data/api3/verdicts.tsv)
and the hosts that differ from a product's name (data/api3/hosts.tsv).

Python 3 standard library only; data/generate.py drives it.
"""
import hashlib
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API3 = ROOT / "data" / "api3"
SOURCES = Path(os.environ.get("TCCODE_API3_SOURCES", ROOT.parent / "shared" / "reference" / "api3"))
REPOSITORIES = {
    "zh": ("TencentCloud/tencentcloud-sdk-go", "144f6c8d39e410da77a70472f1416e9903740593", "v1.3.166"),
    "en": ("TencentCloud/tencentcloud-sdk-go-intl-en", "badc16e87d32730bcf830deeaefcaaf0039395d8", "v3.0.1474"),
}
CONSTANT = re.compile(r'^\s*[A-Z0-9_]+ = "([^"]+)"\s*$')
# What the review list takes: a code whose text speaks of waiting, retrying, timing out, an operation
# in progress, a repeat or a rate.
SPEAKS_OF = re.compile(r"稍后|重试|再试|等待|超时|正在|进行中|处理中|操作中|执行中|重复|频率|QPS|qps|并发|频繁|限频|速率")
FAILED = re.compile(r"失败|超时|异常|错误")
SAMPLE_SIZE, SAMPLE_SEED = 200, 2026


class CatalogueError(Exception):
    pass


def sources_present():
    return (SOURCES / "sdk-go" / "zh").is_dir()


def parse_errors_go(text):
    """[(code, comment)] of an errors.go: each constant with the comment lines right above it."""
    out, comment = [], []
    for line in text.splitlines():
        stripped = line.strip()
        match = CONSTANT.match(line)
        if stripped.startswith("//"):
            comment.append(stripped[2:].strip())
        elif match:
            out.append((match.group(1), " ".join(c for c in comment if c)))
            comment = []
        else:
            comment = []
    return out


def read_manifest():
    """data/api3/sources.tsv: {(language, product, version): (codes, sha256)}."""
    out = {}
    lines = (API3 / "sources.tsv").read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != ["language", "product", "version", "codes", "sha256"]:
        raise CatalogueError("sources.tsv: the first line names language, product, version, codes, sha256")
    for number, line in enumerate(lines[1:], start=2):
        language, product, version, codes, digest = line.split("\t")
        out[(language, product, version)] = (int(codes), digest)
    return out


def read_sources():
    """{language: {(product, version): [(code, comment)]}} from the Go SDKs' files, each checked
    against the manifest."""
    manifest = read_manifest()
    out = {"zh": {}, "en": {}}
    seen = set()
    for language in out:
        for path in sorted((SOURCES / "sdk-go" / language).glob("*/*/errors.go")):
            key = (language, path.parent.parent.name, path.parent.name)
            data = path.read_bytes()
            codes = parse_errors_go(data.decode("utf-8"))
            if key not in manifest:
                raise CatalogueError(f"{path}: not in data/api3/sources.tsv")
            if manifest[key] != (len(codes), hashlib.sha256(data).hexdigest()):
                raise CatalogueError(f"{path}: its codes or checksum are not data/api3/sources.tsv's")
            seen.add(key)
            out[language][key[1:]] = codes
    if set(manifest) - seen:
        raise CatalogueError(f"sources.tsv names files that are not there: {sorted(set(manifest) - seen)[:3]}")
    return out


def write_manifest():
    """data/api3/sources.tsv from the files (when adding a release of the SDKs)."""
    lines = ["language\tproduct\tversion\tcodes\tsha256"]
    for language in ("zh", "en"):
        for path in sorted((SOURCES / "sdk-go" / language).glob("*/*/errors.go")):
            data = path.read_bytes()
            codes = parse_errors_go(data.decode("utf-8"))
            lines.append(f"{language}\t{path.parent.parent.name}\t{path.parent.name}\t{len(codes)}\t"
                         f"{hashlib.sha256(data).hexdigest()}")
    (API3 / "sources.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def api_version(version):
    """"v20170312" -> "2017-03-12"."""
    digits = version[1:]
    return f"{digits[0:4]}-{digits[4:6]}-{digits[6:8]}"


def read_tsv(name, columns):
    lines = (API3 / name).read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != columns:
        raise CatalogueError(f"{name}: the first line names {columns}")
    out = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(columns) or any(f != f.strip() for f in fields):
            raise CatalogueError(f"{name}:{number}: {len(columns)} fields without surrounding whitespace")
        row = dict(zip(columns, fields))
        row["where"] = f"{name}:{number}"
        out.append(row)
    return out


def read_rules(judgements):
    rules = read_tsv("text_rules.tsv", ["id", "kind", "families", "pattern", "unless", "judgement", "description"])
    for r in rules:
        if r["kind"] not in ("text", "restatement", "prefix", "family", "unknown"):
            raise CatalogueError(f"{r['where']}: kind is text, restatement, prefix, family or unknown")
        if r["kind"] in ("text", "family", "unknown") and r["judgement"] not in judgements:
            raise CatalogueError(f"{r['where']}: judgement {r['judgement']!r} is not in judgements.tsv")
        r["pattern_re"] = re.compile(r["pattern"]) if r["pattern"] else None
        r["unless_re"] = re.compile(r["unless"]) if r["unless"] else None
        r["families_re"] = re.compile(f"^(?:{r['families']})$") if r["families"] else None
    return rules


def read_verdicts(judgements):
    """{(product, code): (judgement, reason)} of the hand review."""
    out = {}
    for v in read_tsv("verdicts.tsv", ["product", "code", "judgement", "reason"]):
        key = (v["product"], v["code"])
        if key in out or v["judgement"] not in judgements or not v["reason"] or not v["reason"].isascii():
            raise CatalogueError(f"{v['where']}: a code once, a judgement of judgements.tsv, a reason in ASCII")
        out[key] = (v["judgement"], v["reason"])
    return out


class Judge:
    """The rules of data/api3/text_rules.tsv, in order, over one code and its Chinese text."""

    def __init__(self, judgements, common, rules, verdicts):
        self.judgements, self.common, self.rules, self.verdicts = judgements, common, rules, verdicts

    def prefix_row(self, code):
        """The common row (or tccode's root) of the longest listed prefix of `code`, or None."""
        parts = code.split(".")
        for n in range(len(parts), 0, -1):
            row = self.common.get(".".join(parts[:n]))
            if row is not None:
                return row
        return None

    def judge(self, product, code, text):
        """(judgement, rule id, the judgement the rules alone give, their rule id) of one code."""
        by_rules = self.by_rules(code, text)
        verdict = self.verdicts.get((product, code))
        if verdict is not None:
            return verdict[0], "verdict", by_rules[0], by_rules[1]
        return by_rules + by_rules

    def by_rules(self, code, text):
        family = code.split(".")[0]
        prefix = self.prefix_row(code)
        restated = self.common.get(code)
        for rule in self.rules:
            kind = rule["kind"]
            if kind == "text":
                if rule["families_re"] and not rule["families_re"].match(family):
                    continue
                if not rule["pattern_re"].search(text) or (rule["unless_re"] and rule["unless_re"].search(text)):
                    continue
                judgement = rule["judgement"]
                if rule["id"] == "retry_later" and FAILED.search(text):
                    judgement = "failed_retry_later"  # it says that something failed: the work may be done
                if restated is not None and self.same(judgement, restated["judgement"]):
                    return restated["judgement"], "restates_common"  # the text says what the common code says
                return judgement, rule["id"]
            if kind == "restatement" and restated is not None:
                return restated["judgement"], rule["id"]
            if kind == "prefix" and prefix is not None:
                return prefix["judgement"], rule["id"]
            if kind == "family" and rule["families_re"].match(family):
                return rule["judgement"], rule["id"]
            if kind == "unknown":
                return rule["judgement"], rule["id"]
        raise CatalogueError(f"{code}: no rule judges it (text_rules.tsv ends with the unknown rule)")

    def same(self, a, b):
        ja, jb = self.judgements[a], self.judgements[b]
        return (ja["retry"], ja["executed"]) == (jb["retry"], jb["executed"])


def build(judgements, common_rows, fixed_rules):
    """The catalogue: [product] with its versions and rows, each row judged; and the review list.

    `common_rows`: {code: row} of the common layer (the page's codes and tccode's roots);
    `fixed_rules`: the rule ids of the common layer ("common", "own", "sdk"), before this file's."""
    rules = read_rules(judgements)
    verdicts = read_verdicts(judgements)
    judge = Judge(judgements, common_rows, rules, verdicts)
    rule_ids = list(fixed_rules) + ["verdict"] + [r["id"] for r in rules]
    sources = read_sources()
    zh, en = sources["zh"], sources["en"]
    hosts = {h["product"]: h["host"] for h in read_tsv("hosts.tsv", ["product", "host", "evidence"])}
    products = {}
    for (name, version) in sorted(set(zh) | set(en)):
        products.setdefault(name, []).append(version)
    catalogue, used_verdicts = [], set()
    for name, versions in sorted(products.items()):
        entry = {"name": name, "host": hosts.get(name, name), "versions": []}
        for version in sorted(versions):
            chinese = dict(zh.get((name, version), []))
            english = dict(en.get((name, version), []))
            other = {}  # English of another version of the product, where this one has none
            for (en_name, en_version), codes in sorted(en.items()):
                if en_name == name and en_version != version:
                    for code, text in codes:
                        if text:
                            other[code] = (text, en_version)
            codes = sorted(set(chinese) | set(english))
            if not codes:
                continue
            rows = []
            for code in codes:
                zh_text = chinese.get(code, "")
                en_text, flags = english.get(code, ""), 0
                if not en_text and code in other:
                    en_text, flags = other[code][0], 2  # code_row::english_of_other_version
                judgement, rule, rules_say, rules_rule = judge.judge(name, code, zh_text or en_text)
                if rule == "verdict":
                    used_verdicts.add((name, code))
                rows.append({"code": code, "zh": zh_text, "en": en_text, "flags": flags, "judgement": judgement,
                             "rule": rule, "rules_say": rules_say, "rules_rule": rules_rule,
                             "rule_index": rule_ids.index(rule)})
            entry["versions"].append({"version": version, "api_version": api_version(version), "rows": rows,
                                      "chinese": bool(chinese), "english": bool(english)})
        entry["newest"] = newest(entry)["version"] if entry["versions"] else ""
        if entry["versions"]:
            catalogue.append(entry)
    unused = set(verdicts) - used_verdicts
    if unused:
        raise CatalogueError(f"verdicts.tsv: no code {sorted(unused)[0]} in that product")
    return catalogue, rule_ids, rules


def newest(entry):
    """The version a product's name stands for: the newest that the Chinese SDK has codes in (the main
    TKE API is v20180525 when its newest, v20220501, has codes; clb's v20230417, only in the English SDK,
    is not clb), else the newest with codes."""
    chinese = [v for v in entry["versions"] if v["chinese"]]
    return (chinese or entry["versions"])[-1]


def review_list(catalogue):
    """The codes to review by hand: every code of a product's newest version whose text speaks of
    waiting, retrying, timing out, an operation in progress, a repeat or a rate; and a sample of 200
    others, the same on every run. [(reason, product, version, row)]."""
    speaking, others = [], []
    for entry in catalogue:
        version = newest(entry)
        for row in version["rows"]:
            text = row["zh"] or row["en"]
            (speaking if SPEAKS_OF.search(text) else others).append((entry["name"], version["version"], row))
    sample = random.Random(SAMPLE_SEED).sample(others, SAMPLE_SIZE)
    return [("speaks", *s) for s in speaking] + [("sample", *s) for s in sample]


# ---------------------------------------------------------------------------------------------
# The headers

def identifier(name):
    """A product's name as a C++ identifier: its package name, which is one already ("ai3d")."""
    if not re.fullmatch(r"[a-z][a-z0-9]*", name):
        raise CatalogueError(f"product {name!r} is not a C++ identifier")
    return name


def emit_product(entry, judgement_index, sized, code_value, common_slot):
    """include/tccode/products/NAME.hpp: every version of one product, and the product's name for its
    newest (see newest())."""
    name = identifier(entry["name"])
    guard = f"TCCODE_PRODUCTS_{name.upper()}_HPP"
    zh_repo, zh_commit, _ = REPOSITORIES["zh"]
    en_repo, en_commit, _ = REPOSITORIES["en"]
    versions = ", ".join(v["api_version"] for v in entry["versions"])
    out = ["// SPDX-License-Identifier: MIT AND Apache-2.0",
           "// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.",
           "//",
           f"// GENERATED by data/generate.py: the error codes of API 3.0 product {name}, in API versions",
           f"// {versions}, with their text from the official Go SDKs'",
           f"// tencentcloud/{name}/<version>/errors.go (Apache-2.0: NOTICE, data/licenses/): Chinese from",
           f"// {zh_repo} at {zh_commit[:12]},",
           f"// English from {en_repo} at {en_commit[:12]}; each judged by",
           "// data/api3/text_rules.tsv and data/api3/verdicts.tsv. Do not edit. The text is UTF-8 written as",
           "// \\xNN escapes, so this file is ASCII.",
           f"#ifndef {guard}",
           f"#define {guard}",
           "",
           "#include <tccode/api3.hpp>",
           "",
           "namespace tccode::products {",
           "",
           "// clang-format off",
           ""]
    for v in entry["versions"]:
        rows = sorted(v["rows"], key=lambda r: code_value(r["code"]))
        out.append(f"/// {name} {v['api_version']}: its codes, sorted by value.")
        out.append(f"TCCODE_VISIBLE inline constexpr code_row {name}_{v['version']}_codes[{len(rows)}] = {{")
        for r in rows:
            zh = sized(r["zh"], "      ") if r["zh"] else "{}"
            en = sized(r["en"], "      ") if r["en"] else "{}"
            out.append(f"    {{{code_value(r['code'])}, {sized(r['code'], '     ')},")
            out.append(f"     {zh},")
            out.append(f"     {en},")
            out.append(f"     {judgement_index(r['judgement'])}, {r['rule_index']}, {r['flags']}, "
                       f"{common_slot(r['code'])}}},")
        out.append("};")
        out.append(f"/// {name}, API version {v['api_version']} ({len(rows)} codes).")
        out.append(f"TCCODE_VISIBLE inline constexpr product {name}_{v['version']}{{")
        out.append(f"    {sized(name, '')}, {sized(v['api_version'], '')}, {name}_{v['version']}_codes}};")
        out.append("")
    out.append(f"/// {name} in the version its name stands for ({newest(entry)['api_version']}).")
    out.append(f"TCCODE_VISIBLE inline constexpr product {name} = {name}_{entry['newest']};")
    out += ["", "// clang-format on", "", "}  // namespace tccode::products", "", f"#endif  // {guard}", ""]
    return "\n".join(out)


def emit_catalogue(catalogue, sized):
    """include/tccode/products.hpp: every product, and how to find one by its name or its host."""
    out = ["// SPDX-License-Identifier: MIT AND Apache-2.0",
           "// tccode: the error codes of Tencent Cloud's API 2.0 and API 3.0 endpoints, explained.",
           "//",
           "// GENERATED by data/generate.py. Do not edit. Every API 3.0 product built in (one header each,",
           "// <tccode/products/NAME.hpp>), and how to find one by its name, its API version or its host. For",
           "// the tool and programs that meet every product: a program that calls a few includes theirs.",
           "#ifndef TCCODE_PRODUCTS_HPP",
           "#define TCCODE_PRODUCTS_HPP",
           ""]
    out += [f"#include <tccode/products/{e['name']}.hpp>" for e in catalogue]
    out += ["",
            "#include <cstddef>",
            "#include <string_view>",
            "",
            "namespace tccode::products {",
            "",
            "// clang-format off",
            "",
            "/// A product in one API version, with the host label it is reached at.",
            "struct catalogue_entry {",
            "  const tccode::product* product;",
            "  std::string_view host;  ///< the first label of its host, <host>.tencentcloudapi.com",
            "  bool newest;            ///< the version its name stands for",
            "};",
            "",
            "/// Every product in every API version with codes, by name, then version.",
            f"TCCODE_VISIBLE inline constexpr catalogue_entry catalogue[{sum(len(e['versions']) for e in catalogue)}] = {{"]
    for e in catalogue:
        for v in e["versions"]:
            out.append(f"    {{&{e['name']}_{v['version']}, {sized(e['host'], '')}, "
                       f"{'true' if v['version'] == e['newest'] else 'false'}}},")
    out += ["};",
            "",
            "// clang-format on",
            "",
            "/// The product named `name` (its package name in the official SDKs: \"cvm\") in API version",
            "/// `version` (\"2017-03-12\" or \"v20170312\"; empty: the version its name stands for), or nullptr.",
            "[[nodiscard]] constexpr const tccode::product* find_product(std::string_view name,",
            "                                                            std::string_view version = {}) noexcept {",
            "  for (const catalogue_entry& e : catalogue) {",
            "    if (e.product->name() == name &&",
            "        (version.empty() ? e.newest : tccode::detail::same_api_version(e.product->version(), version))) {",
            "      return e.product;",
            "    }",
            "  }",
            "  return nullptr;",
            "}",
            "",
            "/// The product of an API 3.0 endpoint, in the version its name stands for: `host` is",
            "/// \"<label>.tencentcloudapi.com\" or \"<label>.<region>.tencentcloudapi.com\" (a URL's scheme, port",
            "/// and path are ignored), and the product is the one reached at that label. nullptr for any other host.",
            "[[nodiscard]] constexpr const tccode::product* product_for_host(std::string_view host) noexcept {",
            "  if (const std::size_t scheme = host.find(\"://\"); scheme != std::string_view::npos) {",
            "    host.remove_prefix(scheme + 3);",
            "  }",
            "  host = host.substr(0, host.find_first_of(\":/\"));",
            "  constexpr std::string_view suffix = \".tencentcloudapi.com\";",
            "  if (host.size() <= suffix.size() || host.substr(host.size() - suffix.size()) != suffix) {",
            "    return nullptr;",
            "  }",
            "  const std::string_view label = host.substr(0, host.find('.'));",
            "  for (const catalogue_entry& e : catalogue) {",
            "    if (e.newest && e.host == label) {",
            "      return e.product;",
            "    }",
            "  }",
            "  return nullptr;",
            "}",
            "",
            "}  // namespace tccode::products",
            "",
            "#endif  // TCCODE_PRODUCTS_HPP",
            ""]
    return "\n".join(out)


def summary(catalogue):
    """The README's lines on the catalogue (between <!-- products --> and <!-- end products -->)."""
    versions = sum(len(e["versions"]) for e in catalogue)
    rows = sum(len(v["rows"]) for e in catalogue for v in e["versions"])
    named = [v for e in catalogue for v in e["versions"] if v["version"] == e["newest"]]
    codes = sum(len(v["rows"]) for v in named)
    english = sum(1 for v in named for r in v["rows"] if r["en"] and not r["flags"] & 2)
    other = sum(1 for v in named for r in v["rows"] if r["flags"] & 2)
    english_only = sum(1 for e in catalogue if not any(v["chinese"] for v in e["versions"]))
    verdicts = sum(1 for v in named for r in v["rows"] if r["rule"] == "verdict")
    return [f"**{len(catalogue)} products** in {versions} API versions, {rows:,} codes in all. In the version",
            f"that each product's name stands for, {codes:,} codes, {100 * english / codes:.1f}% with the official",
            f"English of that version ({other} more with the English of another version, marked so);",
            f"{english_only} products have English only. Every code has a judgement and the rule that made it",
            f"({verdicts:,} of them a verdict reviewed by hand): [docs/api3.md](docs/api3.md)."]


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return out


def _ran(judgement):
    return {"yes": "may have run", "no": "did not run"}.get(judgement["executed"], "may have run")


def common_table(judgements, common_rows):
    """docs/api3.md's table of the common layer's judgements: [(code, judgement id, note)]."""
    rows = []
    for code, judgement, note in common_rows:
        j = judgements[judgement]
        why = j["retry_reason"] + " " + j["executed_reason"] + (" " + note if note else "")
        rows.append((f"`{code}`", judgement, f"`{j['retry']}`", _ran(j), why))
    return _table(("Code", "Judgement", "Advice", "May have run", "Why"), rows)


def sdk_table(judgements, sdk_rows):
    """docs/api3.md's table of the codes the official SDKs make up."""
    rows = []
    for r in sdk_rows:
        j = judgements[r["judgement"]]
        ran = "the message says" if r["message_decides"] == "yes" else _ran(j)
        rows.append((f"`{r['code']}`", r["sdks"], r["judgement"], f"`{j['retry']}`", ran, r["text_en"]))
    return _table(("Code", "Made up by", "Judgement", "Advice", "May have run", "What it is"), rows)


def rules_table(catalogue, rules):
    """docs/api3.md's table of the rules of text_rules.tsv, in their order, with how many codes of the
    products' named versions each judged."""
    counts = {}
    for entry in catalogue:
        for row in newest(entry)["rows"]:
            counts[row["rules_rule"]] = counts.get(row["rules_rule"], 0) + 1
    out = _table(("Rule", "Families", "Text has", "Unless it has", "Judgement", "Codes", "Why"),
                 [(r["id"], r["families"] or "any", f"`{r['pattern']}`" if r["pattern"] else "",
                   f"`{r['unless']}`" if r["unless"] else "", r["judgement"], f"{counts.get(r['id'], 0):,}",
                   r["description"]) for r in rules])
    missing = set(counts) - {r["id"] for r in rules}
    if missing:
        raise CatalogueError(f"rules_table: rule {sorted(missing)[0]} is not in text_rules.tsv")
    return out


def accuracy(catalogue, judgements):
    """docs/api3.md's lines on how well the rules agree with the verdicts reviewed by hand."""
    def same(a, b):
        return (judgements[a]["retry"], judgements[a]["executed"]) == (judgements[b]["retry"], judgements[b]["executed"])

    def ran(j):
        return judgements[j]["executed"] != "no"

    out = []
    reviewed = review_list(catalogue)
    for kind, what in (("speaks", "the codes whose text speaks of waiting, retrying, timing out, work in progress, "
                                  "a repeat or a rate"),
                       ("sample", f"the random sample of {SAMPLE_SIZE} other codes (seed {SAMPLE_SEED})")):
        items = [row for k, _p, _v, row in reviewed if k == kind]
        agree = sum(1 for r in items if same(r["rules_say"], r["judgement"]))
        exact = sum(1 for r in items if r["rules_say"] == r["judgement"])
        unsafe = sum(1 for r in items if not ran(r["rules_say"]) and ran(r["judgement"]))
        out.append(f"- {what}: {len(items):,} codes; the rules agree with the verdict on the advice and whether "
                   f"the call may have run for {agree:,} ({100 * agree / len(items):.1f}%), on the judgement "
                   f"itself for {exact:,} ({100 * exact / len(items):.1f}%); for {unsafe} the rules say that the "
                   "call did not run where the verdict says that it may have.")
    named = [row for entry in catalogue for row in newest(entry)["rows"]]
    verdicts = [r for r in named if r["rule"] == "verdict"]
    overrides = sum(1 for r in verdicts if not same(r["rules_say"], r["judgement"]))
    out.append(f"- {len(verdicts):,} verdicts in all; {overrides} of them change the advice or whether the call "
               "may have run from what the rules say (the verdict wins).")
    return out

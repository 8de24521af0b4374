#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per call, counted by callgrind: the same on every run, unlike time.

    python3 bench/instructions.py build/bench/bench/tccode_count [--max-lookup-ratio 2.0] [--max-api3-ratio 2.0]
        [--max-error-code-ratio 2.0] [--check FILE]

parse_message: the cost does not depend on the description's length (the 10 KB message takes the
instructions of the short one). lookup of the public codes against a switch written by hand over
the same 17 codes; with --max-lookup-ratio, exit 1 when tccode's lookup takes more than that
multiple of the switch's instructions. make_error_code with 20,000 codes in use against one. API
3.0: explain and a product's find of each CVM code against a std::unordered_map's find over the same
codes (--max-api3-ratio), and explain of a code CVM does not list, judged by its prefix. With
--check, exit 1 unless FILE (docs/performance.md) shows these figures, as printed (each number within
1%: a clone elsewhere can move a count by a few hundredths).
"""
import argparse
import re
import subprocess
import sys
import tempfile

RUNS = 100000
FUNCTIONS = {"parse": r"::parse\(std::basic_string_view", "lookup": r"::(switch_)?lookup\(int\)",
             "error_code": r"::error_code_of\(tccode::explanation const&\)",
             "api3": r"::(explain3|find3|map3)\("}


def per_call(program, what, which, work, runs=RUNS):
    """The instructions of one call, inclusive: (those of `runs` calls after the set-up, minus those of
    none) / runs."""
    return (inclusive(program, what, which, work, runs) - inclusive(program, what, which, work, 0)) / runs


def inclusive(program, what, which, work, runs):
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/out", program, what, which,
                    str(runs)], capture_output=True, text=True, check=True)
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", f"{work}/out"], capture_output=True, text=True,
                            check=True).stdout
    function = r"::switch_lookup\(int\)" if which == "switch" else FUNCTIONS[what].replace("(switch_)?", "")
    if what == "api3":
        function = {"explain": r"::explain3\(", "unlisted": r"::explain3\(", "find": r"::find3\(",
                    "map": r"::map3\("}[which]
    for line in report.splitlines():
        if re.search(function, line):
            return int(line.split()[0].replace(",", ""))
    return 0


NUMBER = r"\d+(?:\.\d+)?"


def shows(document, lines, tolerance=0.01):
    """Whether `document` holds `lines` as one block, each number within `tolerance` of the measured one
    (relative) or 0.01 (absolute): callgrind counts the same on every run of one build, but a clone in
    another directory, with another environment, can move a count by a few hundredths of an instruction."""
    pattern = "\n".join(re.sub(NUMBER, lambda _: f"({NUMBER})", re.escape(line).replace("\\.", ".")) for line in lines)
    measured = [float(n) for line in lines for n in re.findall(NUMBER, line)]
    for found in re.finditer(pattern, document):
        shown = [float(n) for n in found.groups()]
        if all(abs(a - b) <= max(tolerance * abs(b), 0.01) for a, b in zip(shown, measured)):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--max-lookup-ratio", type=float)
    parser.add_argument("--max-api3-ratio", type=float,
                        help="exit 1 when explaining an API 3.0 code, or a product's find, takes more than this "
                             "multiple of a std::unordered_map<std::string_view, ...> find over the same codes")
    parser.add_argument("--max-error-code-ratio", type=float,
                        help="exit 1 when make_error_code with 20,000 codes in use takes more than this multiple "
                             "of its instructions with one")
    parser.add_argument("--check", help="a file that must show these figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        parse = {m: per_call(args.program, "parse", m, work) for m in ("document", "english", "no_prefix", "10kb")}
        lookup = {m: per_call(args.program, "lookup", m, work) for m in ("tccode", "switch")}
        error_code = {m: per_call(args.program, "error_code", m, work, 20000) for m in ("one", "many")}
        api3 = {m: per_call(args.program, "api3", m, work) for m in ("explain", "find", "map", "unlisted")}
    lines = [f"  parse {message:10} {count:6.1f} instructions a call" for message, count in parse.items()]
    lines.append(f"  parse 10kb / document: {parse['10kb'] / parse['document']:.2f}x")
    lines += [f"  lookup {which:9} {count:6.1f} instructions a call" for which, count in lookup.items()]
    ratio = lookup["tccode"] / lookup["switch"]
    lines.append(f"  lookup tccode / switch: {ratio:.2f}x")
    lines += [f"  make_error_code, {n:6} in use {error_code[m]:6.1f} instructions a call"
              for m, n in (("one", "1 code"), ("many", "20,000"))]
    error_code_ratio = error_code["many"] / error_code["one"]
    lines.append(f"  make_error_code 20,000 / 1: {error_code_ratio:.2f}x")
    lines += [f"  api3 {which:8} {count:6.1f} instructions a call" for which, count in api3.items()]
    explain_ratio, find_ratio = api3["explain"] / api3["map"], api3["find"] / api3["map"]
    lines.append(f"  api3 explain / unordered_map: {explain_ratio:.2f}x, find / unordered_map: {find_ratio:.2f}x")
    lines.append(f"  api3 unlisted / explain: {api3['unlisted'] / api3['explain']:.2f}x (a code judged by its prefix)")
    print("\n".join(lines))
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            shown = f.read()
        if not shows(shown, lines):
            print(f"{args.check} does not show these figures (each within 1%)")
            return 1
        print(f"{args.check} shows these figures (each within 1%)")
    status = 0
    if args.max_lookup_ratio is not None:
        met = ratio <= args.max_lookup_ratio
        print(f"  lookup within {args.max_lookup_ratio:.1f}x of a switch: {'met' if met else 'MISSED'}")
        status |= 0 if met else 1
    if args.max_api3_ratio is not None:
        met = max(explain_ratio, find_ratio) <= args.max_api3_ratio
        print(f"  api3 explain and find within {args.max_api3_ratio:.1f}x of unordered_map: {'met' if met else 'MISSED'}")
        status |= 0 if met else 1
    if args.max_error_code_ratio is not None:
        met = error_code_ratio <= args.max_error_code_ratio
        print(f"  make_error_code with 20,000 codes within {args.max_error_code_ratio:.1f}x of 1: "
              f"{'met' if met else 'MISSED'}")
        status |= 0 if met else 1
    return status


if __name__ == "__main__":
    sys.exit(main())

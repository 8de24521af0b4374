#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per call, counted by callgrind: the same on every run, unlike time.

    python3 bench/instructions.py build/bench/bench/tccode_count [--max-lookup-ratio 2.0] [--check FILE]

parse_message: the cost does not depend on the description's length (the 10 KB message takes the
instructions of the short one). lookup of the public codes against a switch written by hand over
the same 17 codes; with --max-lookup-ratio, exit 1 when tccode's lookup takes more than that
multiple of the switch's instructions. With --check, exit 1 unless FILE (docs/performance.md) shows
these figures, as printed.
"""
import argparse
import re
import subprocess
import sys
import tempfile

RUNS = 100000
FUNCTIONS = {"parse": r"::parse\(std::basic_string_view", "lookup": r"::(switch_)?lookup\(int\)"}


def per_call(program, what, which, work):
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/out", program, what, which,
                    str(RUNS)], capture_output=True, text=True, check=True)
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", f"{work}/out"], capture_output=True, text=True,
                            check=True).stdout
    function = r"::switch_lookup\(int\)" if which == "switch" else FUNCTIONS[what].replace("(switch_)?", "")
    for line in report.splitlines():
        if re.search(function, line):
            return int(line.split()[0].replace(",", "")) / RUNS
    raise SystemExit(f"no {what} {which} in callgrind's report")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--max-lookup-ratio", type=float)
    parser.add_argument("--check", help="a file that must show these figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        parse = {m: per_call(args.program, "parse", m, work) for m in ("document", "english", "no_prefix", "10kb")}
        lookup = {m: per_call(args.program, "lookup", m, work) for m in ("tccode", "switch")}
    lines = [f"  parse {message:10} {count:6.1f} instructions a call" for message, count in parse.items()]
    lines.append(f"  parse 10kb / document: {parse['10kb'] / parse['document']:.2f}x")
    lines += [f"  lookup {which:9} {count:6.1f} instructions a call" for which, count in lookup.items()]
    ratio = lookup["tccode"] / lookup["switch"]
    lines.append(f"  lookup tccode / switch: {ratio:.2f}x")
    print("\n".join(lines))
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            shown = f.read()
        if "\n".join(lines) not in shown:
            print(f"{args.check} does not show these figures")
            return 1
        print(f"{args.check} shows these figures")
    if args.max_lookup_ratio is not None:
        met = ratio <= args.max_lookup_ratio
        print(f"  lookup within {args.max_lookup_ratio:.1f}x of a switch: {'met' if met else 'MISSED'}")
        return 0 if met else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

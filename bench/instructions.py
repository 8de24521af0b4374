#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per call, counted by callgrind: the same on every run, unlike time.

    python3 bench/instructions.py build/bench/bench/tccode_count [--max-lookup-ratio 2.0]

parse_message: the cost does not depend on the description's length (the 10 KB message takes the
instructions of the short one). lookup of the public codes against a switch written by hand over
the same 17 codes; with --max-lookup-ratio, exit 1 when tccode's lookup takes more than that
multiple of the switch's instructions.
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        parse = {m: per_call(args.program, "parse", m, work) for m in ("document", "english", "no_prefix", "10kb")}
        lookup = {m: per_call(args.program, "lookup", m, work) for m in ("tccode", "switch")}
    for message, count in parse.items():
        print(f"  parse {message:10} {count:6.1f} instructions a call")
    print(f"  parse 10kb / document: {parse['10kb'] / parse['document']:.2f}x")
    for which, count in lookup.items():
        print(f"  lookup {which:9} {count:6.1f} instructions a call")
    ratio = lookup["tccode"] / lookup["switch"]
    print(f"  lookup tccode / switch: {ratio:.2f}x")
    if args.max_lookup_ratio is not None:
        met = ratio <= args.max_lookup_ratio
        print(f"  lookup within {args.max_lookup_ratio:.1f}x of a switch: {'met' if met else 'MISSED'}")
        return 0 if met else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Instructions per parse_message call, counted by callgrind: the same on every run, unlike time.

    python3 bench/parse_instructions.py build/bench/bench/tccode_parse_count

Shows that the cost does not depend on the description's length (the 10 KB message takes the
instructions of the short one).
"""
import re
import subprocess
import sys
import tempfile

RUNS = 100000


def per_parse(program, message, work):
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work}/out", program, message,
                           str(RUNS)], capture_output=True, text=True, check=True)
    del done
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", f"{work}/out"], capture_output=True, text=True, check=True).stdout
    for line in report.splitlines():
        if re.search(r"\(anonymous namespace\)::parse\(|:parse\(std::basic_string_view", line):
            return int(line.split()[0].replace(",", "")) / RUNS
    raise SystemExit(f"no parse() in callgrind's report for {message}")


def main():
    program = sys.argv[1]
    with tempfile.TemporaryDirectory() as work:
        counts = {m: per_parse(program, m, work) for m in ("document", "english", "no_prefix", "10kb")}
    for message, count in counts.items():
        print(f"  {message:10} {count:6.1f} instructions per parse")
    print(f"  10kb / document: {counts['10kb'] / counts['document']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

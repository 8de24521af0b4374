#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""docs/retry.md's retry-storm table, from a run of bench/retry_storm (deterministic for its seed).

    python3 bench/storm_table.py TCCODE_RETRY_STORM [--check docs/retry.md]

Prints the table; with --check, exits 1 unless the file holds every row of it, as printed.
"""
import re
import subprocess
import sys


def table(program):
    output = subprocess.run([program], capture_output=True, text=True, check=True).stdout
    rows = ["| scenario | strategy | calls | succeeded | p50 | p99 | p99 to an answer | retries in the window "
            "| after the window | duplicates |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for line in output.splitlines():
        if "scenario=" in line:
            d = dict(re.findall(r"(\w+)=(\S+)", line))
            rows.append(f"| {d['scenario']} | {d['strategy']} | {int(d['calls']):,} | {int(d['succeeded']):,} | "
                        f"{d['p50_ms']} ms | {d['p99_ms']} ms | {d['p99_answer_ms']} ms | {int(d['window_retries']):,} | "
                        f"{float(d['after_window_success']) * 100:.1f}% | {int(d['duplicates']):,} |")
    return rows


def main():
    rows = table(sys.argv[1])
    if len(sys.argv) == 4 and sys.argv[2] == "--check":
        with open(sys.argv[3], encoding="utf-8") as f:
            readme = f.read()
        if "\n".join(rows) not in readme:
            print(f"{sys.argv[3]}'s retry-storm table is not this run's:\n" + "\n".join(rows))
            return 1
        print(f"{sys.argv[3]}'s retry-storm table is this run's ({len(rows) - 2} rows)")
        return 0
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The compile-time cost of including tccode, as ratios to the standard headers it stands beside.

Each translation unit is compiled with -fsyntax-only, RUNS times, round robin (so that a change in
the machine's load touches every unit alike); the median time of each is compared:
  - <tccode/core.hpp> against <string_view> alone (target: at most 1.5x);
  - <tccode/tccode.hpp> against <system_error>, <string> and <ostream> (target: at most 1.2x).

    python3 bench/include_cost.py [--runs 15] [--compiler g++ --compiler clang++] [--std c++17]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {
    "string_view": "#include <string_view>\n",
    "core": "#include <tccode/core.hpp>\n",
    "system_error+string+ostream": "#include <system_error>\n#include <string>\n#include <ostream>\n",
    "umbrella": "#include <tccode/tccode.hpp>\n",
}
TARGETS = [("core", "string_view", 1.5), ("umbrella", "system_error+string+ostream", 1.2)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compiler", action="append")
    parser.add_argument("--std", default="c++17")
    args = parser.parse_args()
    compilers = args.compiler or ["g++", "clang++"]
    missed = 0
    with tempfile.TemporaryDirectory() as work:
        files = {}
        for name, text in UNITS.items():
            files[name] = os.path.join(work, name.replace("+", "_") + ".cpp")
            with open(files[name], "w") as f:
                f.write(text)
        for compiler in compilers:
            times = {name: [] for name in UNITS}
            for _ in range(args.runs):
                for name, path in files.items():
                    command = [compiler, f"-std={args.std}", "-fsyntax-only", "-I", os.path.join(ROOT, "include"), path]
                    start = time.perf_counter()
                    subprocess.run(command, check=True)
                    times[name].append(time.perf_counter() - start)
            median = {name: statistics.median(t) for name, t in times.items()}
            version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
            print(f"{version}, -std={args.std} -fsyntax-only, median of {args.runs} runs")
            for name in UNITS:
                print(f"  {name:30} {median[name] * 1000:8.1f} ms")
            for unit, baseline, target in TARGETS:
                ratio = median[unit] / median[baseline]
                met = ratio <= target
                missed += 0 if met else 1
                print(f"  {unit} / {baseline}: {ratio:.2f}x (target <= {target}x: {'met' if met else 'MISSED'})")
            print()
    return 0 if missed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The compile-time cost of including tccode, as ratios to the standard headers it stands beside.

Compared (each translation unit compiled with -fsyntax-only):
  - <tccode/core.hpp> against <string_view> alone;
  - <tccode/tccode.hpp> against <system_error>, <string> and <ostream>;
  - API 3.0: <tccode/api3.hpp> against the core, and a product's header (CBS's, CVM's) against
    <tccode/api3.hpp>, per code that the header holds.
With --max UNIT=RATIO (core, umbrella) it checks that the ratio is at most RATIO, and with
--max-per-code M that a product's header costs at most M million instructions per code; it exits 1
otherwise (with --measure instructions: time moves too much for a threshold).

Two measures:
  --measure instructions (the default): the instructions the compiler executes, counted by
      valgrind's callgrind (every process, driver and compiler proper). The same on every run, and
      whatever else the machine is doing: the figure to publish.
  --measure time: the compiler's CPU time (user + system), the least of --runs runs, round robin.
      On a shared machine it moves by tens of percent from run to run.

    python3 bench/include_cost.py [--measure instructions|time] [--runs 31]
                                  [--compiler g++ --compiler clang++] [--std c++17]
                                  [--max core=1.9 --max umbrella=1.4] [--max-per-code 0.5]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {
    "string_view": "#include <string_view>\n",
    "core": "#include <tccode/core.hpp>\n",
    "system_error+string+ostream": "#include <system_error>\n#include <string>\n#include <ostream>\n",
    "umbrella": "#include <tccode/tccode.hpp>\n",
    "api3": "#include <tccode/api3.hpp>\n",
    "products/cbs": "#include <tccode/products/cbs.hpp>\n",
    "products/cvm": "#include <tccode/products/cvm.hpp>\n",
}
RATIOS = [("core", "string_view"), ("umbrella", "system_error+string+ostream")]
PRODUCTS = ["products/cbs", "products/cvm"]


def codes_in(unit):
    """The rows of a product's header (every version): the sizes of its code tables."""
    with open(os.path.join(ROOT, "include", "tccode", unit + ".hpp"), encoding="ascii") as f:
        return sum(int(n) for n in re.findall(r"inline constexpr code_row \w+_codes\[(\d+)\]", f.read()))


def instructions(command, work):
    """Instructions executed by `command` and its children, under callgrind."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes",
                           f"--callgrind-out-file={work}/callgrind.%p", *command],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed under valgrind:\n{done.stderr}")
    return sum(int(n) for n in re.findall(r"Collected : (\d+)", done.stderr))


def cpu_time(command):
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed")
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", choices=["instructions", "time"], default="instructions")
    parser.add_argument("--runs", type=int, default=31, help="runs of each unit for --measure time")
    parser.add_argument("--compiler", action="append")
    parser.add_argument("--std", default="c++17")
    parser.add_argument("--max", action="append", default=[], help="UNIT=RATIO: fail above RATIO")
    parser.add_argument("--max-per-code", type=float,
                        help="fail where a product's header costs more than this many million instructions a code")
    args = parser.parse_args()
    limits = dict((unit, float(ratio)) for unit, ratio in (m.split("=") for m in args.max))
    if (limits or args.max_per_code is not None) and args.measure != "instructions":
        raise SystemExit("--max needs --measure instructions")
    missed = []
    if args.measure == "instructions" and not shutil.which("valgrind"):
        raise SystemExit("--measure instructions needs valgrind (apt-get install valgrind), or use --measure time")
    compilers = args.compiler or ["g++", "clang++"]
    with tempfile.TemporaryDirectory() as work:
        files = {}
        for name, text in UNITS.items():
            files[name] = os.path.join(work, name.replace("+", "_").replace("/", "_") + ".cpp")
            with open(files[name], "w") as f:
                f.write(text)
        for compiler in compilers:
            version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
            command = {name: [compiler, f"-std={args.std}", "-fsyntax-only", "-I", os.path.join(ROOT, "include"),
                              path] for name, path in files.items()}
            figure = {}
            if args.measure == "instructions":
                print(f"{version}, -std={args.std} -fsyntax-only, instructions executed (callgrind)")
                for name in UNITS:
                    figure[name] = instructions(command[name], work)
                    print(f"  {name:30} {figure[name] / 1e6:10.1f} M")
            else:
                times = {name: [] for name in UNITS}
                for _ in range(args.runs):
                    for name in UNITS:
                        times[name].append(cpu_time(command[name]))
                print(f"{version}, -std={args.std} -fsyntax-only, CPU time over {args.runs} runs")
                for name in UNITS:
                    figure[name] = min(times[name])
                    print(f"  {name:30} least {figure[name] * 1000:6.1f} ms   "
                          f"median {statistics.median(times[name]) * 1000:6.1f} ms")
            for unit, baseline in RATIOS:
                ratio = figure[unit] / figure[baseline]
                limit = limits.get(unit)
                verdict = "" if limit is None else f" (at most {limit:.2f}x: {'met' if ratio <= limit else 'MISSED'})"
                print(f"  {unit} / {baseline}: {ratio:.2f}x{verdict}")
                if limit is not None and ratio > limit:
                    missed.append(f"{compiler} {unit}")
            scale, what = (1e6, "M instructions") if args.measure == "instructions" else (1e-3, "ms")
            print(f"  api3 - core: {(figure['api3'] - figure['core']) / scale:.1f} {what}")
            for unit in PRODUCTS:
                per_code = (figure[unit] - figure["api3"]) / codes_in(unit) / scale
                limit = args.max_per_code
                verdict = "" if limit is None else f" (at most {limit:.2f}: {'met' if per_code <= limit else 'MISSED'})"
                print(f"  ({unit} - api3) / its {codes_in(unit)} codes: {per_code:.3f} {what} a code{verdict}")
                if limit is not None and per_code > limit:
                    missed.append(f"{compiler} {unit} per code")
            print()
    if limits or args.max_per_code is not None:
        print("every threshold met" if not missed else f"MISSED: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

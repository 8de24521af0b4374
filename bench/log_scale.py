#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The tool on a day of logs: lines a second against jq's on the same file, and peak memory.

    python3 bench/log_scale.py TCCODE [--lines N] [--check docs/performance.md]

Generates N lines (1,000,000 by default) with bench/make_log.py, then runs, one after another on
that file: jq -c '{code,message,codeDesc,requestId}' (what an operator writes instead), and tccode
with --json, as text, and with --summary. Then the same on N lines of API 3.0 responses
(bench/make_log.py --api3), jq's filter taking .Response.Error.Code, .Response.Error.Message and
.Response.RequestId. Each line of the report gives the wall time, the lines a second and the peak
resident memory (VmHWM, polled). The ratios to jq are informational (time on a shared machine
moves). Memory is checked: reading each file three times over through a pipe, the tool's peak must
stay under 16 MB and within 2 MB of its peak on one copy; and reading one line of 50 MB (a response
whose message is 50 MB) or one pretty-printed response of 50 MB with 1,500,000 items
(bench/make_log.py --long-message, --batch), under 64 MB. With --check, the file must show a run of
this script on as many lines, with the tool at least twice as fast as jq on each log.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, stdin_path, stdin_copies=None):
    """(seconds, peak resident KB) of `command` reading the file, or copies of it through a pipe."""
    started = time.monotonic()
    if stdin_copies is None:
        with open(stdin_path, "rb") as f:
            process = subprocess.Popen(command, stdin=f, stdout=subprocess.DEVNULL)
            peak = poll_peak(process)
    else:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)

        def write():
            with open(stdin_path, "rb") as f:
                data = f.read()
            for _ in range(stdin_copies):
                process.stdin.write(data)
            process.stdin.close()

        writer = threading.Thread(target=write)
        writer.start()
        peak = poll_peak(process)
        writer.join()
    status = process.wait()
    if status not in (0, 1):  # 1: unlisted codes, as a log has
        raise SystemExit(f"log_scale: {command} exited with {status}")
    return time.monotonic() - started, peak


def poll_peak(process):
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            break
        time.sleep(0.01)
    return peak


def main():
    args = sys.argv[1:]
    tool = args.pop(0)
    lines = 1000000
    check = None
    while args:
        option = args.pop(0)
        if option == "--lines":
            lines = int(args.pop(0))
        elif option == "--check":
            check = args.pop(0)
    if not sys.platform.startswith("linux"):
        print("log_scale: skipped: peak memory is read from Linux's /proc")
        return 0
    report = []

    def say(text):
        print("log_scale: " + text, flush=True)
        report.append("log_scale: " + text)

    with tempfile.TemporaryDirectory() as work:
        log = os.path.join(work, "log.jsonl")
        with open(log, "wb") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "make_log.py"), str(lines)], stdout=f, check=True)
        log3 = os.path.join(work, "log3.jsonl")
        with open(log3, "wb") as f:
            subprocess.run([sys.executable, os.path.join(HERE, "make_log.py"), str(lines), "--api3"], stdout=f,
                           check=True)
        jq = shutil.which("jq")
        bounded = True
        # API 2.0's log, then API 3.0's: the API 3.0 lines of the report start with "API 3.0: ".
        for prefix, path, flag, jq_filter in (
                ("", log, "", "{code,message,codeDesc,requestId}"),
                ("API 3.0: ", log3, " --api3",
                 "{code:.Response.Error.Code,message:.Response.Error.Message,requestId:.Response.RequestId}")):
            size = os.path.getsize(path)
            say(f"{prefix}{lines} lines, {size / 1e6:.0f} MB (bench/make_log.py{flag}, seed 1)")
            figures = {}
            commands = [("tccode --json", [tool, "--lang", "en", "--json", "--response", "-"]),
                        ("tccode (text)", [tool, "--lang", "en", "--response", "-"]),
                        ("tccode --summary", [tool, "--lang", "en", "--summary", "--response", "-"])]
            if jq:
                commands.insert(0, ("jq", [jq, "-c", jq_filter]))
            for name, command in commands:
                seconds, peak = run(command, path)
                figures[name] = lines / seconds
                ratio = f"  {figures[name] / figures['jq']:.2f}x jq" if jq and name != "jq" else ""
                say(f"{prefix}{name:<17} {seconds:6.2f} s {lines / seconds:>11,.0f} lines/s  "
                    f"peak {peak / 1024:5.1f} MB{ratio}")
            if jq:
                met = all(figures[n] >= 2 * figures["jq"] for n in ("tccode --json", "tccode (text)"))
                say(f"{prefix}informational: tccode reads {figures['tccode --json'] / figures['jq']:.2f}x jq's lines "
                    f"a second with --json, {figures['tccode (text)'] / figures['jq']:.2f}x as text (at least 2x: "
                    f"{'met' if met else 'missed'})")
            else:
                say(f"{prefix}informational: jq is not installed: no comparison")
            # Memory: the same file three times over, through a pipe, against once.
            _, once = run([tool, "--summary", "--response", "-"], path, 1)
            _, thrice = run([tool, "--summary", "--response", "-"], path, 3)
            bounded = bounded and thrice < 16 * 1024 and thrice <= once + 2048
            say(f"{prefix}memory: peak {once / 1024:.1f} MB reading {size / 1e6:.0f} MB, {thrice / 1024:.1f} MB "
                f"reading {3 * size / 1e6:.0f} MB through a pipe (under 16 MB, no growth: "
                f"{'met' if thrice < 16 * 1024 and thrice <= once + 2048 else 'MISSED'})")
        # One huge line, and one huge response: what the tool holds of each.
        huge = []
        for what, how in (("a line of 50 MB", ["--long-message", "50"]), ("1,500,000 items", ["--batch", "1500000"])):
            path = os.path.join(work, "huge.json")
            with open(path, "wb") as f:
                subprocess.run([sys.executable, os.path.join(HERE, "make_log.py"), *how], stdout=f, check=True)
            _, peak = run([tool, "--lang", "en", "--response", "-"], path)
            huge.append((what, os.path.getsize(path), peak))
        small = all(peak < 64 * 1024 for _, _, peak in huge)
        say("memory: peak " + ", ".join(f"{peak / 1024:.1f} MB reading {what} ({size / 1e6:.0f} MB)"
                                        for what, size, peak in huge) +
            f" (under 64 MB: {'met' if small else 'MISSED'})")
    if not bounded or not small:
        return 1
    if check:
        with open(check, encoding="utf-8") as f:
            shown = f.read()
        shown_ratios = []
        for prefix in ("", "API 3.0: "):
            ok = f"log_scale: {prefix}{lines} lines," in shown
            ratios = [float(m) for m in re.findall(r"log_scale: " + re.escape(prefix) +
                                                   r"tccode (?:--json|\(text\)) .*?(\d+\.\d+)x jq", shown)]
            if not ok or len(ratios) != 2 or min(ratios) < 2:
                print(f"log_scale: {check} does not show a run on {lines} lines {'of API 3.0 ' if prefix else ''}"
                      "with the tool at least twice as fast as jq")
                return 1
            shown_ratios += ratios
        print(f"log_scale: {check} shows a run on {lines} lines: {shown_ratios[0]:.2f}x and {shown_ratios[1]:.2f}x "
              f"jq, API 3.0 {shown_ratios[2]:.2f}x and {shown_ratios[3]:.2f}x jq")
    return 0


if __name__ == "__main__":
    sys.exit(main())

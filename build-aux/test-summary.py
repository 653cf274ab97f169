#!/usr/bin/env python3
"""Counts test cases in meson testlog.json files and prints "N passed, N failed".

TAP programs count case by case; a program that fails without a failing
case (a crash, a timeout) counts as one failure more.
"""
import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$")


def count(entry):
    passed = failed = skipped = 0
    for line in (entry.get("stdout") or "").splitlines():
        match = TAP_LINE.match(line)
        if not match:
            continue
        if "# SKIP" in match.group(2):
            skipped += 1
        elif match.group(1) == "ok":
            passed += 1
        else:
            failed += 1
    result = entry.get("result")
    if passed + failed + skipped == 0:
        if result in ("OK", "EXPECTEDFAIL"):
            passed = 1
        elif result == "SKIP":
            skipped = 1
        else:
            failed = 1
    elif result not in ("OK", "EXPECTEDFAIL", "SKIP") and failed == 0:
        failed = 1
    return passed, failed, skipped


def main(paths):
    totals = [0, 0, 0]
    for path in paths:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if line.strip():
                    for i, n in enumerate(count(json.loads(line))):
                        totals[i] += n
    passed, failed, skipped = totals
    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

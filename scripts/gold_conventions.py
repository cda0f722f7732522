#!/usr/bin/env python3
"""Where the TempEval-3 gold corpora disagree with each other, measured.

Two uses:

  scripts/gold_conventions.py count GOLD.jsonl...
      counts, per corpus, how the gold writes four things the TIMEX3 guidelines fix one way:
      ISO weeks (`2000-W07` or `2000-W7`), decades (`199` or `199X`), a bare four-digit year
      (`1968` or `1968-XX`) and a weekday with a part of day ("Friday night": `…TNI` or the day).

  DATELINE_BIN=target/debug/dateline scripts/gold_conventions.py wrap extract ...
      runs the extractor and rewrites its values to AQUAINT's way (unpadded weeks, `198X`
      decades, a weekday or "the night of <date>" with a part of day as the day), so that
      `score_timex.py GOLD --bin scripts/gold_conventions.py` (with `DATELINE_MODE=wap` or
      any subset of w, d, p) shows what following AQUAINT instead of the guidelines would score.

The extractor itself follows the guidelines; this script only measures the cost.
"""
import collections
import json
import os
import re
import subprocess
import sys

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PARTS = ("morning", "afternoon", "evening", "night")


def count(paths):
    for path in paths:
        tally = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                doc = json.loads(line)
                text = doc["text"]
                for g in doc["timexes"]:
                    v = g["value"]
                    if re.search(r"-W0[0-9]", v):
                        tally["week, zero-padded (W07)"] += 1
                    elif re.search(r"-W[0-9](-|$)", v):
                        tally["week, unpadded (W7)"] += 1
                    if re.fullmatch(r"[0-9]{3}", v):
                        tally["decade as 199"] += 1
                    elif re.fullmatch(r"[0-9]{3}X", v):
                        tally["decade as 199X"] += 1
                    if re.fullmatch(r"[0-9]{4}", g["text"]):
                        key = "bare year as 1968" if re.fullmatch(r"[0-9]{4}", v) else "bare year otherwise (1968-XX, …)"
                        tally[key] += 1
                    # "Friday night": the gold span may hold only "Friday".
                    words = text[g["start"]:g["end"] + 12].split()
                    if len(words) >= 2 and words[0] in WEEKDAYS and words[1].strip(".,") in PARTS:
                        key = "weekday + part of day as TIME (…TNI)" if re.search(r"T(MO|AF|EV|NI)$", v) else "weekday + part of day as the day"
                        tally[key] += 1
        print(os.path.basename(path))
        for key in sorted(tally):
            print(f"  {key}: {tally[key]}")


def wrap(args):
    mode = os.environ.get("DATELINE_MODE", "wdp")
    binary = os.environ.get("DATELINE_BIN", "target/debug/dateline")
    run = subprocess.run([binary] + args, capture_output=True, text=True)
    for line in run.stdout.splitlines():
        try:
            m = json.loads(line)
        except ValueError:
            print(line)
            continue
        v = m.get("value") or ""
        if "w" in mode:
            v = re.sub(r"-W0([0-9])", r"-W\1", v)
        if "d" in mode and re.fullmatch(r"[0-9]{3}", v) and re.search(r"[0-9]0s", m["text"]):
            v += "X"
        first = m["text"].split()[0].capitalize() if m["text"].split() else ""
        part_of = re.match(r"(?i)the (morning|afternoon|evening|night) of ", m["text"])
        if (
            "p" in mode
            and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(MO|AF|EV|NI)", v)
            and (first in WEEKDAYS or part_of)
        ):
            v = v[:10]
        m["value"] = v
        print(json.dumps(m))
    sys.stderr.write(run.stderr)
    return run.returncode


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "count":
        count(sys.argv[2:])
    elif len(sys.argv) >= 2 and sys.argv[1] == "extract":
        sys.exit(wrap(sys.argv[1:]))
    else:
        sys.exit(__doc__)

"""Tagging cost in instructions per item, a figure a busy machine does not move.

CPU seconds on a shared VM swing by a third from one run to the next, too much to see a
change of a few per cent. valgrind's callgrind counts instructions instead: each workload
runs twice in a child process, once with no rounds and once with --rounds, and the
difference, divided by the items tagged, is the cost per item with start-up (imports,
compiling the lexicons) cancelled out. Printed beside it, counted the same way: the
baseline of classify_bench.py (lowercasing and splitting the same texts into words).

The start-up itself is not the same from run to run (address-based hashing varies with where
memory lands), by some tens of millions of instructions: nothing beside classify's 1,700
million for two rounds, but as much as the whole baseline workload for two rounds. So the
baseline runs --baseline-rounds (40) rounds, enough that its count stands clear of that noise.

Needs valgrind on PATH; slow (a few minutes under valgrind).

Usage: python benchmarks/classify_instructions.py [--rounds 2] [--baseline-rounds 40]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

WORKLOAD = """
import re, sys
from digest.classify import Classifier, default_model, load_corpus
texts = [(i.title, i.summary) for i in load_corpus()]
clf = Classifier(default_model())
words = re.compile(r"\\w+")
for t, s in texts:  # warm-up: lexicons compiled, phrase caches filled
    clf.classify(t, s)
    words.findall(f"{t}. {s}".lower())
# what the warm-up left alive (compiled patterns, caches) is kept out of the collector's
# passes, so the count does not depend on how much a version keeps around
import gc
gc.collect()
gc.freeze()
mode, rounds = sys.argv[1], int(sys.argv[2])
for _ in range(rounds):
    for t, s in texts:
        if mode == "classify":
            clf.classify(t, s)
        else:
            words.findall(f"{t}. {s}".lower())
print(len(texts))
"""


def count(script: str, mode: str, rounds: int) -> tuple[int, int]:
    """(instructions, corpus size) of one run of the workload under callgrind."""
    env = dict(os.environ, PYTHONHASHSEED="0")  # the same set order in every run
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            script,
            mode,
            str(rounds),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    collected = re.search(r"Collected : (\d+)", out.stderr)
    if not collected:
        raise SystemExit(f"callgrind printed no count:\n{out.stderr[-2000:]}")
    return int(collected.group(1)), int(out.stdout.split()[-1])


def per_item(script: str, mode: str, rounds: int) -> float:
    start, _ = count(script, mode, 0)
    total, n = count(script, mode, rounds)
    return (total - start) / (rounds * n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--baseline-rounds", type=int, default=40)
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not on PATH: install it (apt install valgrind) to count")
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "workload.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(WORKLOAD)
        tag = per_item(script, "classify", args.rounds)
        base = per_item(script, "baseline", args.baseline_rounds)
    print(f"classify: {tag:,.0f} instructions per item")
    print(
        f"baseline (lowercase + split words): {base:,.0f} per item; classify costs {tag / base:.1f}x that"
    )


if __name__ == "__main__":
    main()

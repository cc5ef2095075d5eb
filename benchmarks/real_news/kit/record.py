"""A scored set into the README and docs/real-news.md: its column in the every-set table,
the set counts, the "sets meeting the target" rows and lists, the status line, and the
pooled and ordinary-mix figures recomputed by pooled.py (tests/test_docs_counts.py and
tests/test_real_news_pooled.py check the result).
Usage: python record.py ORDINAL heldoutM MODEL REL REG TRI HYPE --session S [--mix "and ... (n, k)"]"""

import argparse
import re
import sys
from pathlib import Path

from common import REPO, ordinal

sys.path.insert(0, str(Path(__file__).parents[1]))  # pooled.py, beside the set files
import pooled

ap = argparse.ArgumentParser()
ap.add_argument("ordinal", type=int)
ap.add_argument("file")
ap.add_argument("model")
ap.add_argument("cells", nargs=4)
ap.add_argument("--mix")
ap.add_argument("--session", type=int, required=True, help="the session adding the set")
a = ap.parse_args()
N = a.ordinal
ON = ordinal(N)
readme = (REPO / "README.md").read_text(encoding="utf-8")
docs = (REPO / "docs/real-news.md").read_text(encoding="utf-8")
TARGET = [0.95, 0.92, 0.85, 0.85]
WORD = ["relevance", "regulation", "trial", "hype"]


def once(text, old, new, count=1):
    assert text.count(old) == count, (old[:80], text.count(old))
    return text.replace(old, new)


def once_re(pattern, repl, text):
    """text with the one match of pattern replaced: none, or more than one, is an error."""
    new, n = re.subn(pattern, repl, text)
    assert n == 1, (pattern[:60], n)
    return new


def insert_cell(text, start, value):
    lines = text.split("\n")
    idx = [i for i, line_ in enumerate(lines) if line_.startswith(start)]
    assert len(idx) == 1, (start, len(idx))
    parts = lines[idx[0]].split("|")
    parts.insert(len(parts) - 2, f" {value} ")
    lines[idx[0]] = "|".join(parts)
    return "\n".join(lines)


# the per-set table
docs = insert_cell(docs, "| | `labels.tsv`", a.file)
lines = docs.split("\n")
sep = [
    i
    for i, line_ in enumerate(lines)
    if line_.startswith("| --- | --- | --- |") and len(line_) > 1000
]
assert len(sep) == 1
lines[sep[0]] = lines[sep[0]].rstrip() + " --- |"  # any column; all are ---
docs = "\n".join(lines)
docs = insert_cell(docs, "| model |", a.model)
for start, v in zip(
    [
        "| relevance accuracy | 0.987",
        "| regulation F1 | 0.95",
        "| trials F1 | 0.67",
        "| hype F1 | 0.80",
    ],
    a.cells,
    strict=True,
):
    docs = insert_cell(docs, start, v)

# counts
m = re.search(r"\| first sight, (\d+) sets \|", readme)
S = int(m[1])
readme = once(readme, f"| first sight, {S} sets |", f"| first sight, {S + 1} sets |")
docs = once(docs, f"| first sight, {S} sets |", f"| first sight, {S + 1} sets |")
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    h, r = divmod(n, 100)
    if r < 20:
        rest = ONES[r]
    else:
        rest = TENS[r // 10] + ("-" + ONES[r % 10] if r % 10 else "")
    return f"{ONES[h].capitalize()} hundred" + (f" and {rest}" if r else "")


for t in ("readme", "docs"):
    txt = globals()[t]
    txt = once(txt, f"{words(S)} sets", f"{words(S + 1)} sets")
    globals()[t] = txt


# sets meeting the target
def add_no_item(inner):
    toks = inner.split(", ")
    last = toks[-1]
    mm = re.fullmatch(r"(the )?(\d+\w\w) to (\d+)\w\w", last)
    if mm and int(mm[3]) == N - 1:
        toks[-1] = f"{mm[1] or ''}{mm[2]} to {ON}"
    elif (
        len(toks) >= 2
        and re.fullmatch(r"\d+\w\w", last)
        and re.fullmatch(r"(the )?\d+\w\w", toks[-2])
        and int(last[:-2]) == N - 1
        and int(re.sub(r"\D", "", toks[-2])) == N - 2
    ):
        pre = "the " if toks[-2].startswith("the ") else ""
        toks[-2:] = [f"{pre}{toks[-2].removeprefix('the ')} to {ON}"]
    else:
        toks.append(ON)
    return ", ".join(toks)


lines = docs.split("\n")
(i,) = [k for k, line_ in enumerate(lines) if line_.startswith("| sets meeting the target |")]
dcells = lines[i].split("|")
lines_r = readme.split("\n")
(j,) = [k for k, line_ in enumerate(lines_r) if line_.startswith("| sets meeting the target |")]
rcells = lines_r[j].split("|")
status_nums = []
for k, (cell, target) in enumerate(zip(a.cells, TARGET, strict=True)):
    dc = dcells[2 + k]
    rc = rcells[2 + k]
    m1 = re.match(r" (\d+) of (\d+)", dc)
    met, tot = int(m1[1]), int(m1[2])
    if cell.startswith("no item"):
        assert k > 0
        pm = re.search(r"\((the .*) have no (\w+) item\) $", dc)
        dc = dc[: pm.start(1)] + add_no_item(pm[1]) + dc[pm.end(1) :]
    else:
        tot += 1
        met += float(cell) >= target
        dc = re.sub(r"^ \d+ of \d+", f" {met} of {tot}", dc)
    rc = re.sub(
        r"^ \d+ of (the )?\d+", lambda x, met=met, tot=tot: f" {met} of {x[1] or ''}{tot}", rc
    )
    dcells[2 + k] = dc
    rcells[2 + k] = rc
    status_nums.append((met, tot))
lines[i] = "|".join(dcells)
lines_r[j] = "|".join(rcells)
docs = "\n".join(lines)
readme = "\n".join(lines_r)
(r, R), (g, G), (t, T), (h, H) = status_nums
readme = once_re(
    r"relevance in \d+ of \d+ sets, regulation in \d+ of \d+, trials in \d+ of \d+, hype \(the weakest\) in \d+ of \d+",
    f"relevance in {r} of {R} sets, regulation in {g} of {G}, trials in {t} of {T}, hype (the weakest) in {h} of {H}",
    readme,
)

if a.mix:
    readme = once_re(r"(the \d+\w\w)( of those sets)", rf"\1, the {ON}\2", readme)
    readme = once_re(r"(the \d+\w\w)( sets take every entry)", rf"\1, the {ON}\2", readme)
    readme = once(
        readme, ". Entries a page gives no headline", f"; {a.mix}. Entries a page gives no headline"
    )
    readme = once_re(
        r"(`python benchmarks/real_news/pooled\.py (?:heldout\d+\.tsv ?)+)`",
        rf"\1 {a.file}.tsv`",
        readme,
    )

(REPO / "docs/real-news.md").write_text(docs, encoding="utf-8")

# pooled and mix figures, recomputed (pooled.py reads the set files and answers, not the README)
m = re.search(r"`python benchmarks/real_news/pooled\.py ((?:heldout\d+\.tsv ?)+)`", readme)
mix = pooled.pool(only=m[1].split())
mf = pooled.topic_f1(mix)
right = round(mix.accuracy * mix.items)
at = "at the target" if mix.accuracy >= 0.95 else "below the target"
topics = f"regulation F1 {mf['regulation']:.2f}, trials {mf['trials']:.2f}, hype {mf['hype']:.2f}"
S_ = r"\s+"
readme = once_re(
    r"gives relevance accuracy \d\.\d{3} on \d+ entries at first sight \(\d+ right, \w+ the target\):\s+\d+ of the \d+ about stem cells found, \d+ false alarms, but regulation F1 \d\.\d\d, trials \d\.\d\d, hype \d\.\d\d",
    f"gives relevance accuracy {mix.accuracy:.3f} on {mix.items} entries at first sight ({right} right, {at}):\n{mix.relevant - mix.misses} of the {mix.relevant} about stem cells found, {mix.false_alarms} false alarms, but {topics}",
    readme,
)
readme = once_re(
    r"relevance accuracy \d\.\d{3} over \d+ entries \(\d+ right, \w+ the target\), but regulation F1 \d\.\d\d, trials \d\.\d\d, hype \d\.\d\d",
    f"relevance accuracy {mix.accuracy:.3f} over {mix.items} entries ({right} right, {at}), but {topics}",
    readme,
)
p = pooled.pool()
f1 = pooled.topic_f1(p)
readme = once_re(
    r"For the \d+ counted sets of sessions 109 to \d+",
    f"For the {p.sets} counted sets of sessions 109 to {a.session}",
    readme,
)
readme = once_re(
    r"\(\d+ items, \d+ about stem cells\)",
    f"({p.items} items, {p.relevant} about stem cells)",
    readme,
)
readme = once_re(
    r"relevance accuracy(\s+)\d\.\d{3} and F1 regulation \d\.\d\d, trials \d\.\d\d, hype \d\.\d\d",
    lambda x: (
        f"relevance accuracy{x[1]}{p.accuracy:.3f} and F1 regulation {f1['regulation']:.2f}, trials {f1['trials']:.2f}, hype {f1['hype']:.2f}"
    ),
    readme,
)
readme = once_re(
    r"Of all \d+ items not about(\s+)stem cells, \d+ were read as relevant, \d+ of them in the probes",
    lambda x: (
        f"Of all {p.items - p.relevant} items not about{x[1]}stem cells, {p.false_alarms} were read as relevant, {p.false_alarms - mix.false_alarms} of them in the probes"
    ),
    readme,
)
(REPO / "README.md").write_text(readme, encoding="utf-8")
print(
    f"{S + 1} sets; status {status_nums}; pooled {p.sets} sets {p.items} items {p.relevant} rel {p.accuracy:.3f} {f1}; mix {mix.sets} {mix.accuracy:.3f} on {mix.items} ({right}) {mix.relevant - mix.misses}/{mix.relevant} FA {mix.false_alarms} {topics}"
)

"""A set's first sight with the installed model: each item's labels and answers, then the
table cells (relevance accuracy; each topic's F1 over the items labelled relevant).
Usage: python ev.py N"""

import sys

from common import labelled

from digest.classify import Classifier, default_model

N = sys.argv[1]
items = labelled(N)
c = Classifier(default_model())
right = 0
stats = {t: [0, 0, 0] for t in ("regulation", "trials", "hype")}
for it in items:
    r = c.classify(it["title"], it["summary"])
    gold = set(it["topics"])
    said = set(r.topics)
    ok = r.relevant == it["relevant"]
    right += ok
    sc = " ".join(f"{k}={v:.2f}" for k, v in r.scores.items() if v >= 0.05)
    flag = "" if ok and (not it["relevant"] or gold == said) else "  <-- MISS"
    print(
        f"{it['url'][:90]}\n   gold {int(it['relevant'])} {sorted(gold)} said {int(r.relevant)} {sorted(said)} | {sc}{flag}"
    )
    if it["relevant"]:
        for t, s in stats.items():
            s[0] += t in gold and t in said
            s[1] += t not in gold and t in said
            s[2] += t in gold and t not in said
cells = [f"{right / len(items):.3f}"]
for _t, (tp, fp, fn) in stats.items():
    if tp + fn == 0:
        cells.append("no item" if fp == 0 else f"no item ({fp} false alarm{'s' if fp > 1 else ''})")
    else:
        f = 2 * tp / (2 * tp + fp + fn)
        cells.append("1.000" if f == 1 else f"{f:.2f}")
print("CELLS:", " | ".join(cells))

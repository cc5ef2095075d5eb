"""The features behind one label's score for one item of a set.
Usage: python explain.py N LINE LABEL"""

import json
import os
import sys
from pathlib import Path

from digest.classify import Classifier, default_model
from digest.taxonomy import LABELS

WORK = Path(
    os.environ.get("REAL_NEWS_WORK", "/tmp/real_news_work")
)  # frozen texts: never committed
REPO = Path(__file__).resolve().parents[3]

N, line, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
it = [json.loads(line_) for line_ in open(WORK / f"set{N}.lab.jsonl", encoding="utf-8")][line]
c = Classifier(default_model())
f = c.features(it["title"], it["summary"])
k = LABELS.index(label)
pres = c.model.present(f.names)
print(it["url"], c.model.scores(pres)[k], "bias", c.model.bias[k])
for name, w in sorted(pres, key=lambda x: -abs(x[1][k])):
    if abs(w[k]) >= 0.05:
        print(f"{w[k]:+.2f} {name} {f.phrases.get(name.removeprefix('t:'), [])[:4]}")

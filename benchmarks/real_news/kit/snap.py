"""Verdicts on the corpus and every frozen set in WORK, for comparing before and after a
lexicon change (cmp.py).
Usage: python snap.py OUT.json"""

import glob
import json
import sys

from common import WORK

from digest.classify import Classifier, default_model
from digest.classify.corpus import load_corpus

c = Classifier(default_model())
out = {}
for i, it in enumerate(load_corpus()):
    r = c.classify(it.title, it.summary)
    out[f"corpus{i}:{it.title[:60]}"] = [r.relevant, sorted(r.topics)]
for fn in sorted(glob.glob(str(WORK / "set*.frozen.jsonl"))):
    for line_ in open(fn, encoding="utf-8"):
        x = json.loads(line_)
        r = c.classify(x["title"], x["summary"])
        out[f"{fn.split('/')[-1]}:{x['url']}"] = [r.relevant, sorted(r.topics)]
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
print(len(out), "verdicts")

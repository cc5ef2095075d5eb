"""The features behind one label's score for one item of a set.
Usage: python explain.py N LINE LABEL"""

import sys

from common import labelled

from digest.classify import Classifier, default_model
from digest.taxonomy import LABELS

N, line, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
it = labelled(N)[line]
c = Classifier(default_model())
f = c.features(it["title"], it["summary"])
k = LABELS.index(label)
pres = c.model.present(f.names)
print(it["url"], c.model.scores(pres)[k], "bias", c.model.bias[k])
for name, w in sorted(pres, key=lambda x: -abs(x[1][k])):
    if abs(w[k]) >= 0.05:
        print(f"{w[k]:+.2f} {name} {f.phrases.get(name.removeprefix('t:'), [])[:4]}")

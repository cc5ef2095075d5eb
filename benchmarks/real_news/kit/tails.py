"""Each item of a set module as the model reads it (features.text_of), to 2,400 characters:
read before labelling, as labels follow the text the model gets.
Usage: python tails.py setN.py"""

import sys

from common import items, load_set

from digest.classify.features import text_of

for it in items(load_set(sys.argv[1])):
    if isinstance(it, str):
        continue
    url, _rel, _topics, title, summary = it
    t = text_of(title, summary)
    print(len(t), url, "\n   ", t[:2400], "\n")

"""Each item of a set module as the model reads it (features.text_of), to 2,400 characters:
read before labelling, as labels follow the text the model gets.
Usage: python tails.py setN.py"""

import importlib.util
import os
import sys
from pathlib import Path

from digest.classify.features import text_of
from digest.normalize import clip

WORK = Path(
    os.environ.get("REAL_NEWS_WORK", "/tmp/real_news_work")
)  # frozen texts: never committed
REPO = Path(__file__).resolve().parents[3]

spec = importlib.util.spec_from_file_location("s", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
for it in m.ITEMS:
    if isinstance(it, str):
        continue
    url, rel, topics, title, summary = it
    summary = " ".join(summary.split())
    if title is None:
        title = clip(summary, 120)
    t = text_of(title, summary)
    print(len(t), url, "\n   ", t[:2400], "\n")

"""A set module (N, M, HDR, ITEMS) to benchmarks/real_news/heldoutM.tsv, plus its frozen
texts in WORK (setN.frozen.jsonl for pooled.py --add, setN.lab.jsonl for ev.py).
Usage: python mkset.py setN.py [--force]"""

import importlib.util
import json
import os
import sys
import textwrap
from pathlib import Path

from digest.normalize import clip

WORK = Path(
    os.environ.get("REAL_NEWS_WORK", "/tmp/real_news_work")
)  # frozen texts: never committed
REPO = Path(__file__).resolve().parents[3]

ROOT = REPO / "benchmarks" / "real_news"
src = Path(sys.argv[1])
spec = importlib.util.spec_from_file_location("s", src)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
out = ROOT / f"heldout{m.M}.tsv"
if out.exists() and "--force" not in sys.argv:
    sys.exit(f"{out} exists")
lines = ["# " + ln for ln in textwrap.wrap(" ".join(m.HDR.split()), 86)]
lines.append("url\trelevant\ttopics")
frozen, lab = [], []
for it in m.ITEMS:
    if isinstance(it, str):
        lines.append(it)
        continue
    url, rel, topics, title, summary = it
    summary = " ".join(summary.split())
    if title is None:
        title = clip(summary, 120)
    lines.append(f"{url}\t{rel}\t{topics}")
    frozen.append({"url": url, "title": title, "summary": summary})
    lab.append(
        {
            "url": url,
            "title": title,
            "summary": summary,
            "relevant": bool(rel),
            "topics": [t for t in topics.split(",") if t],
        }
    )
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
WORK.mkdir(parents=True, exist_ok=True)
base = WORK / f"set{m.N}"
Path(f"{base}.frozen.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in frozen), encoding="utf-8"
)
Path(f"{base}.lab.jsonl").write_text(
    "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lab), encoding="utf-8"
)
print(out, len(frozen), "items", sum(x["relevant"] for x in lab), "relevant")

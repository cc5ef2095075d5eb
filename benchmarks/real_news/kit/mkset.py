"""A set module (N, M, HDR, ITEMS) to benchmarks/real_news/heldoutM.tsv, plus its frozen
texts in WORK (setN.frozen.jsonl for pooled.py --add, setN.lab.jsonl for ev.py).
Usage: python mkset.py setN.py [--force]"""

import json
import sys
import textwrap
from pathlib import Path

from common import REPO, WORK, items, load_set

ROOT = REPO / "benchmarks" / "real_news"
m = load_set(sys.argv[1])
out = ROOT / f"heldout{m.M}.tsv"
if out.exists() and "--force" not in sys.argv:
    sys.exit(f"{out} exists")
lines = ["# " + ln for ln in textwrap.wrap(" ".join(m.HDR.split()), 86)]
lines.append("url\trelevant\ttopics")
frozen, lab = [], []
for it in items(m):
    if isinstance(it, str):
        lines.append(it)
        continue
    url, rel, topics, title, summary = it
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

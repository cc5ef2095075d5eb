"""What the kit's scripts share: where the frozen texts live, the repository, a set
module's items as digest would read them, a set's labelled texts, the docs' ordinals."""

import importlib.util
import json
import os
from pathlib import Path

from digest.normalize import clip

WORK = Path(
    os.environ.get("REAL_NEWS_WORK", "/tmp/real_news_work")
)  # frozen texts: never committed
REPO = Path(__file__).resolve().parents[3]


def load_set(path: str | Path):
    """The set module (N, M, HDR, ITEMS) at path."""
    spec = importlib.util.spec_from_file_location("set_module", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def items(module) -> list[tuple[str, int, str, str, str] | str]:
    """ITEMS with each summary's whitespace folded and a missing title taken from the
    summary's first 120 characters, clipped at a word (as parse.py does for an untitled
    feed item); raw "#..." rows (retold items) pass through as they are."""
    out = []
    for it in module.ITEMS:
        if isinstance(it, str):
            out.append(it)
            continue
        url, rel, topics, title, summary = it
        summary = " ".join(summary.split())
        out.append((url, rel, topics, clip(summary, 120) if title is None else title, summary))
    return out


def labelled(n: int | str) -> list[dict]:
    """Set n's texts with our labels, as mkset.py wrote them."""
    with open(WORK / f"set{n}.lab.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def ordinal(n: int) -> str:
    """856th, 851st, 852nd, 853rd, 811th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

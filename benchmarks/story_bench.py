"""Story grouping quality: how often a reprint of an item is found as a story candidate.

Story grouping (digest/stories.py) finds candidates by MinHash band keys (an item meets the
stored items sharing at least MIN_SHARED of its keys) and then confirms them by word overlap
(`same_story`). Fewer bands make ingest cheaper (fewer key rows to write and look up) and
reprints harder to find. This script measures that trade on texts, not on timings.

For every headline + lede of the project's corpus (and of --jsonl files with title and
summary), it makes the kinds of copies syndication produces, each from a fixed seed:

  wire       the headline with a source suffix (" - Wire Service"), the lede as is
  trimmed    the lede cut to its first 60% of words
  edited     one headline word and a tenth of the lede's words replaced
  rewritten  the headline's words partly reordered and one dropped, the lede's first half

A pair counts when `same_story` accepts it (grouping would join them if compared); recall is
the share of those pairs whose keys meet, per number of bands. Unrelated pairs (distinct
items of the same texts) show the cost side: the share of them that become candidates,
which the text comparison then has to refuse.

Usage: python benchmarks/story_bench.py [--bands 10,8,6] [--jsonl FILE ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digest import stories  # noqa: E402

FILLER = "regional officials company patients report clinic study approval results".split()


def variants(title: str, summary: str, rng: random.Random) -> dict[str, tuple[str, str]]:
    t_words, s_words = title.split(), summary.split()
    out = {"wire": (title + " - Wire Service", summary)}
    out["trimmed"] = (title, " ".join(s_words[: max(1, int(len(s_words) * 0.6))]))
    edited_t = list(t_words)
    if edited_t:
        edited_t[rng.randrange(len(edited_t))] = rng.choice(FILLER)
    edited_s = [rng.choice(FILLER) if rng.random() < 0.1 else w for w in s_words]
    out["edited"] = (" ".join(edited_t), " ".join(edited_s))
    rewritten = list(t_words)
    if len(rewritten) > 3:
        i = rng.randrange(len(rewritten) - 1)
        rewritten[i], rewritten[i + 1] = rewritten[i + 1], rewritten[i]
        del rewritten[rng.randrange(len(rewritten))]
    out["rewritten"] = (" ".join(rewritten), " ".join(s_words[: max(1, len(s_words) // 2)]))
    return out


def meets(a: list[int], b: list[int], bands: int) -> bool:
    """Would one item find the other among its candidates with the first `bands` bands?"""
    shared = sum(x == y for x, y in zip(a[:bands], b[:bands], strict=False))
    return shared >= stories.MIN_SHARED


def load_texts(jsonl: list[str]) -> list[tuple[str, str]]:
    from digest.classify import load_corpus

    texts = [(it.title, it.summary) for it in load_corpus()]
    for path in jsonl:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append((row.get("title") or "", row.get("summary") or ""))
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bands", default="10,8,6")
    ap.add_argument("--jsonl", nargs="*", default=[])
    args = ap.parse_args()
    counts = [int(b) for b in args.bands.split(",")]
    if max(counts) > stories.BANDS:
        ap.error(f"at most {stories.BANDS} bands (stories.BANDS)")
    hashed = [(text, stories.band_hashes(*text)) for text in load_texts(args.jsonl)]
    hashed = [(text, h) for text, h in hashed if len(h) == stories.BANDS]  # not too short
    texts, keys = [text for text, _ in hashed], [h for _, h in hashed]
    rng = random.Random(20261130)
    kinds = ["wire", "trimmed", "edited", "rewritten"]
    accepted = {k: 0 for k in kinds}
    found = {(k, b): 0 for k in kinds for b in counts}
    for (title, summary), own in zip(texts, keys, strict=True):
        for kind, (t2, s2) in variants(title, summary, rng).items():
            if not stories.same_story(title, summary, t2, s2):
                continue
            accepted[kind] += 1
            other = stories.band_hashes(t2, s2)
            for b in counts:
                found[kind, b] += meets(own, other, b)
    pairs = [(rng.randrange(len(texts)), rng.randrange(len(texts))) for _ in range(200_000)]
    pairs = [(i, j) for i, j in pairs if texts[i] != texts[j]]

    print(f"{len(texts)} texts (corpus + {len(args.jsonl)} jsonl files), "
          f"MIN_SHARED={stories.MIN_SHARED}, rows per band={stories.ROWS}")  # fmt: skip
    print(f"{'copy':<10} {'pairs':>6}  " + "  ".join(f"{b:>2} bands" for b in counts))
    for kind in kinds:
        cells = "  ".join(f"{found[kind, b] / max(1, accepted[kind]):>8.3f}" for b in counts)
        print(f"{kind:<10} {accepted[kind]:>6}  {cells}")
    total = sum(accepted.values())
    cells = "  ".join(f"{sum(found[k, b] for k in kinds) / max(1, total):>8.3f}" for b in counts)
    print(f"{'all':<10} {total:>6}  {cells}")
    cells = "  ".join(
        f"{sum(meets(keys[i], keys[j], b) for i, j in pairs) / len(pairs):>8.5f}" for b in counts
    )
    print(f"{'unrelated':<10} {len(pairs):>6}  {cells}   (share that become candidates)")


if __name__ == "__main__":
    main()

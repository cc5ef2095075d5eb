"""Story grouping, pure part: the same story republished by several sources (near-identical
headline and lede) must show once. Each item gets MinHash band keys over the word pairs of
its headline and lede; items sharing two keys are candidates, confirmed by word Jaccard
similarity. Keys live in an indexed table, so finding candidates costs an index lookup,
not a scan of the archive.
"""

from __future__ import annotations

import re
import zlib

LEDE_WORDS = 40
BANDS, ROWS = 10, 2
_PRIME = (1 << 61) - 1
_SEEDS = [((i + 1) * 0x9E3779B97F4A7C15 % _PRIME, (i * 0xBF58476D1CE4E5B9 + 7) % _PRIME) for i in range(BANDS * ROWS)]  # fmt: skip
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_STOP = frozenset(
    "a an and the of to in on for with by at from as is are was were be been it its this that "
    "de la le les des el los las y en del un una et di il che per der die das und".split()
)

TITLE_MIN = 0.5  # headline word overlap needed to call two items one story
TEXT_MIN = 0.45  # headline+lede overlap needed


def words(text: str) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _CJK.search(word):
            out.extend(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) > 1 and word not in _STOP:
            out.append(word)
    return out


def tokens(text: str) -> set[str]:
    return set(words(text))


def shingles(text: str) -> set[str]:
    """Pairs of consecutive words: words every item shares ("stem", "cell", "trial") make
    unrelated items look alike as single words, rarely as pairs."""
    w = words(text)
    return {f"{a} {b}" for a, b in zip(w, w[1:], strict=False)} if len(w) > 1 else set(w)


def story_text(title: str, summary: str) -> str:
    return title + " " + " ".join(summary.split()[:LEDE_WORDS])


def band_hashes(title: str, summary: str) -> list[int]:
    """One MinHash hash per band over the headline+lede word set ([] for very short texts)."""
    toks = shingles(story_text(title, summary))
    if len(toks) < 3:
        return []
    hashes = [zlib.crc32(t.encode("utf-8")) for t in toks]
    mins = [min((a * h + b) % _PRIME for h in hashes) for a, b in _SEEDS]
    return [
        zlib.crc32(repr((band, *mins[band * ROWS : (band + 1) * ROWS])).encode())
        for band in range(BANDS)
    ]


def week(published_iso: str) -> int:
    """Week number since the epoch of an ISO timestamp (cheap: from the date part)."""
    from datetime import date

    return date.fromisoformat(published_iso[:10]).toordinal() // 7


def bucket_keys(hashes: list[int], week_no: int) -> list[int]:
    """Band hashes tied to a week, so a lookup only meets items of nearby weeks and its cost
    stays flat as the archive grows. Keys fit SQLite's signed 64-bit integers."""
    return [(week_no << 40) | (band << 32) | h for band, h in enumerate(hashes)]


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def same_story(title_a: str, summary_a: str, title_b: str, summary_b: str) -> bool:
    ta, tb = tokens(title_a), tokens(title_b)
    if jaccard(ta, tb) < TITLE_MIN:
        return False
    return (
        jaccard(tokens(story_text(title_a, summary_a)), tokens(story_text(title_b, summary_b)))
        >= TEXT_MIN
    )

"""Story grouping, pure part: the same story republished by several sources (near-identical
headline and lede) must show once. Each item gets MinHash band keys over the word pairs of
its headline and lede; items sharing two keys are candidates, confirmed by word Jaccard
similarity. Keys live in an indexed table, so finding candidates costs an index lookup,
not a scan of the archive.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from datetime import date, datetime, timedelta

LEDE_WORDS = 40
BANDS, ROWS = 10, 2  # ROWS 16-bit rows make a band value of at most 32 bits (bucket_keys)
_BINS = BANDS * ROWS
_EMPTY = 1 << 16  # above every 16-bit row: a bin no word pair fell in
# For each bin, the order in which the others are tried when it is empty: fixed (by CRC,
# not by a random generator whose algorithm may change), so keys stored by one version
# match the next, and two items with the same empty bin borrow alike (band_hashes).
_BORROW = [
    sorted((o for o in range(_BINS) if o != b), key=lambda o, b=b: zlib.crc32(bytes((b, o))))
    for b in range(_BINS)
]
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_STOP = frozenset(
    "a an and the of to in on for with by at from as is are was were be been it its this that "
    "de la le les des el los las y en del un una et di il che per der die das und".split()
)

WINDOW = timedelta(days=7)  # items further apart in time are never one story
PERIOD_DAYS = 2 * WINDOW.days  # story keys are bucketed by period (story_keys)
MIN_SHARED = 2  # band keys two items must share to be compared at all
MAX_COMPARED = 10  # candidates compared per new item, most shared keys first
TITLE_MIN = 0.5  # headline word overlap needed to call two items one story
TEXT_MIN = 0.45  # headline+lede overlap needed


def words(text: str) -> list[str]:
    found = _WORD.findall(text.lower())
    if not _CJK.search(text):  # most texts: one search instead of one per word
        return [w for w in found if len(w) > 1 and w not in _STOP]
    out: list[str] = []
    for word in found:
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
    """One MinHash value per band over the headline+lede word pairs ([] for very short
    texts), by one-permutation hashing: each pair's CRC-32 picks one of 20 bins (its value
    modulo 20) and a 16-bit row (its top bits); a bin's row is the smallest that fell in it,
    and two rows make a band's 32-bit value. An empty bin borrows the row of the first
    non-empty one in its fixed _BORROW order ("densification"), so every band has a value.
    One CRC per pair, not a keyed blake2b digest per pair: an item's keys take about
    half the time, and story_bench finds as many reprints (docs/performance-history.md).
    """
    toks = shingles(story_text(title, summary))
    if len(toks) < 3:
        return []
    rows = [_EMPTY] * _BINS
    for h in map(zlib.crc32, map(str.encode, toks)):
        b, row = h % _BINS, h >> 16
        if row < rows[b]:
            rows[b] = row
    if _EMPTY in rows:
        filled = rows[:]
        rows = [
            row if row != _EMPTY else next(filled[o] for o in _BORROW[b] if filled[o] != _EMPTY)
            for b, row in enumerate(filled)
        ]
    return [rows[2 * band] << 16 | rows[2 * band + 1] for band in range(BANDS)]


def story_keys(hashes: list[int], published_iso: str) -> tuple[list[int], list[int]]:
    """(the item's own keys, the keys to look its candidates up by). Keys are bucketed by
    PERIOD_DAYS-long periods, twice the window, so the days within WINDOW of this one,
    [day - 7, day + 7], always fall in exactly two periods (with weekly buckets it took three
    lookups for the same candidates); the item's own period is one of them."""
    day = date.fromisoformat(published_iso[:10]).toordinal()
    first = (day - WINDOW.days) // PERIOD_DAYS
    earlier, later = bucket_keys(hashes, first), bucket_keys(hashes, first + 1)
    return (earlier if day // PERIOD_DAYS == first else later), earlier + later


def bucket_keys(hashes: list[int], period_no: int) -> list[int]:
    """Band hashes tied to a period, so a lookup only meets items of nearby periods and its
    cost stays flat as the archive grows. Keys fit SQLite's signed 64-bit integers."""
    return [(period_no << 40) | (band << 32) | h for band, h in enumerate(hashes)]


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


def shared_ids(hits: list[int]) -> dict[int, int]:
    """{item id: keys in common} for the ids listed at least MIN_SHARED times in `hits` (one
    entry per shared key). Most new items meet no other item twice: no counting for them."""
    if len(hits) < MIN_SHARED:
        return {}
    return {i: n for i, n in Counter(hits).items() if n >= MIN_SHARED}


def candidates(shared: dict[int, int], published: str, dates: dict[int, str]) -> list[int]:
    """Ids of the items worth comparing with a new one: of those sharing at least MIN_SHARED
    of its nearby keys (`shared`: {id: keys in common}), the ones published within WINDOW
    of it (`dates`), most shared keys first. Two shared bands: near-identical texts
    (Jaccard >= 0.7) share two of ten bands ~99% of the time; unrelated items rarely do by
    chance."""
    if not shared:
        return []
    pub = _when(published)
    near = [
        (-n, i) for i, n in shared.items() if i in dates and abs(_when(dates[i]) - pub) <= WINDOW
    ]
    return [i for _, i in sorted(near)[:MAX_COMPARED]]


def _when(iso_text: str) -> datetime:
    return datetime.fromisoformat(iso_text[:19])

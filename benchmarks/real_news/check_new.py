"""Before a page joins a real-news set: has an earlier set used its address, or its story?

Addresses are compared without their scheme, a leading "www.", "m." or "amp." host, an AMP
path segment, tracking parameters (utm_*, ref, fbclid, gclid, amp), a trailing slash or a
fragment (except "#entry-N": one entry of a listing page, the Nth headline and lede that
page shows, as a feed would carry it), across every file here, the rows commented out as
retold included. A listing page some of whose entries a set took is used, and so is each
of its entries (a set takes every entry a page shows); an entry of a page a set took whole
is used too. That cannot see a story told again under another address (a wire story
reprinted, a press release on a second site), and sets leave such retellings out. Two aids
for that:

- each new address is also compared with every earlier address by its path: the same
  path on another host, the same long page name in another folder (a translation), the
  same long numeric id under another folder of the same host, or three
  or more uncommon words of the page name in common, is printed as "like", with the earlier file and
  address, to be read;
- --subject lists, for each word given (a company, a product, a law, a place), the files
  whose comments name it, and the rows whose address spells it (page names carry a story's
  words: session 98 found two retellings after scoring that only their addresses named):
  read their items before deciding.

The addresses given are also compared with each other the same way, so two candidates that
tell one story (a report and its syndicated copy, a page and its translation) are printed as
"like this batch" before both join a set.

--audit runs the slug comparison over the sets themselves, each row against the rows of the
files before it, and prints the candidates (most are not retellings; read them).

Usage:
  python benchmarks/real_news/check_new.py URL ...
  python benchmarks/real_news/check_new.py --subject Zemcelpro --subject Bahamas < urls.txt
  python benchmarks/real_news/check_new.py --audit
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

HERE = Path(__file__).parent
_ROW = re.compile(r"^#?\s*(https?://\S+)\t")
_TRACKING = re.compile(r"^(?:utm_\w+|ref|fbclid|gclid|amp|outputtype)$", re.IGNORECASE)
_HOST_PREFIX = re.compile(r"^(?:www\d?|m|amp|mobile)\.", re.IGNORECASE)
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)")
_ENTRY = re.compile(r"entry-\d+")  # "#entry-3": the third entry a listing page shows
# Words every slug is full of: they say nothing about which story a page tells.
_COMMON = frozenset(
    """www com org net html htm php aspx asp shtml amp news article articles index view detail
    content page post posts story blog category tag default the and for with from that this
    are how what its new can may has have was were will into about over after stem cell cells
    therapy therapies treatment treatments les des une del con por para los las
    bao goc cong nghe dieu tri benh""".split()
)  # the last line: Vietnamese "te bao goc" (stem cell), "cong nghe" (technology), "dieu tri"
#  (treatment), "benh" (disease), in too few slugs for their weight to fall on its own
# Summed inverse document frequency of the shared words (ln(3,300 rows / 1) is about 8: a
# word seen once counts 8, one seen in a hundred rows 3.5); set on session 66's audit.
LIKE_WEIGHT = 18.0
LIKE_WORDS = 3
BATCH = "this batch"  # the file name the addresses being checked are compared under


def address_key(url: str) -> str:
    """The address as compared: no scheme, mobile or www host, tracking, AMP, trailing slash or
    fragment (but a listing entry's "#entry-N")."""
    parts = urlsplit(url.strip())
    if not parts.scheme:  # not an address: compare the text as it is
        return url.strip().rstrip("/")
    host = _HOST_PREFIX.sub("", parts.netloc.lower())
    path = _AMP_SEGMENT.sub("", parts.path).rstrip("/")
    query = [
        kv for kv in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(kv[0])
    ]
    entry = f"#{parts.fragment}" if _ENTRY.fullmatch(parts.fragment) else ""
    return host + path + (f"?{urlencode(query)}" if query else "") + entry


def slug_words(url: str) -> frozenset[str]:
    """The uncommon words of an address's longest path segment, lower-cased."""
    segments = _segments(url)
    if not segments:
        return frozenset()
    words = re.split(r"[\W_]+", max(segments, key=len).lower())
    return frozenset(w for w in words if len(w) > 2 and not w.isdigit() and w not in _COMMON)


class Row(NamedTuple):
    file: str
    url: str
    commented: bool
    relevant: bool = False  # our labels, as the row gives them
    topics: frozenset[str] = frozenset()


def topic_set(text: str) -> frozenset[str]:
    """A topics cell ("trials,hype", or empty) as the set files and the kept answers write it."""
    return frozenset(filter(None, text.split(",")))


def read_rows(root: Path) -> list[Row]:
    """Every address row of every set file, in set order (labels.tsv, heldout.tsv, heldout2...)."""

    def order(path: Path) -> tuple[int, str]:
        digits = re.sub(r"\D", "", path.stem)
        return (-1 if path.stem == "labels" else int(digits or 1), path.name)

    rows = []
    for path in sorted(root.glob("*.tsv"), key=order):
        for line in path.read_text(encoding="utf-8").splitlines():
            if m := _ROW.match(line):
                _, rel, topics = (line[m.start(1) :].split("\t") + [""])[:3]
                labels = (rel == "1", topic_set(topics))
                rows.append(Row(path.name, m.group(1), line.startswith("#"), *labels))
    return rows


def read_sets(root: Path, rows: list[Row]) -> tuple[dict[str, str], dict[str, str]]:
    """(address key -> the first file using it, of `rows` (read_rows(root)), file name -> its
    comment lines as one text)."""
    used: dict[str, str] = {}
    for row in rows:
        used.setdefault(address_key(row.url), row.file)
    headers: dict[str, str] = {}
    for path in sorted(root.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        # a retold row's note names its story: searched too
        headers[path.name] = " ".join(ln.lstrip("# ") for ln in lines if ln.startswith("#"))
    return used, headers


_ENTRY_SUFFIX = re.compile(rf"#{_ENTRY.pattern}$")  # a key's "#entry-N", as address_key keeps it


def listing_pages(used: dict[str, str]) -> dict[str, str]:
    """Each listing page some of whose entries ("#entry-N") a set used -> the first file."""
    pages: dict[str, str] = {}
    for key, file in used.items():
        if _ENTRY_SUFFIX.search(key):
            pages.setdefault(_ENTRY_SUFFIX.sub("", key), file)
    return pages


class Likeness:
    """Compares addresses by slug words, weighting each word by how rare it is in the sets."""

    def __init__(self, rows: list[Row], min_weight: float = LIKE_WEIGHT):
        self.rows, self.min_weight = rows, min_weight
        self.keys = [address_key(r.url) for r in rows]
        self.slugs = [_slug(r.url) for r in rows]
        self.paths = [_path(r.url) for r in rows]
        self.words = [slug_words(r.url) for r in rows]
        df = Counter(w for ws in self.words for w in ws)
        self.idf = {w: math.log((len(rows) + 1) / n) for w, n in df.items()}

    def like(self, url: str, before: int | None = None) -> list[tuple[Row, list[str]]]:
        """Earlier rows (all, or the first `before`) that may tell the same story as url."""
        key, slug, path, words = address_key(url), _slug(url), _path(url), slug_words(url)
        # a path names one page if it holds an id or two uncommon words ("/stem-cell-therapy"
        # or "/be-the-match" on two sites are two pages)
        own_path = len(path) > 12 and (bool(re.search(r"\d", path)) or len(words) >= 2)
        found = []
        for i, row in enumerate(self.rows[:before]):
            if key == self.keys[i]:
                found.append((row, ["same address"]))
            elif (path == self.paths[i] and own_path and _same_page_query(key, self.keys[i])) or (
                len(slug) >= 30 and slug == self.slugs[i]
            ):
                found.append((row, ["same page name"]))
            elif _same_id(key, self.keys[i]):
                found.append((row, ["same id, a page name added or dropped"]))
            elif _same_host_id(key, self.keys[i]):
                found.append((row, ["same host and id, another folder"]))
            elif len(common := words & self.words[i]) >= LIKE_WORDS:  # few: weigh only theirs
                shared = sorted(common)
                weight = sum(self.idf.get(w, math.log(len(self.rows) + 1)) for w in shared)
                if weight >= self.min_weight:
                    found.append((row, shared))
        return found


def _same_id(key: str, other: str) -> bool:
    """Whether one address is the other with a page name after its numeric id, as many news
    sites serve a story under both (iribnews.ir/fa/news/5569970 and .../5569970/<title>)."""
    short, long = sorted((key.partition("?")[0], other.partition("?")[0]), key=len)
    return long.startswith(short + "/") and bool(re.search(r"/\d{4,}$", short))


def _same_host_id(key: str, other: str) -> bool:
    """Whether two addresses on one host end in the same long numeric id under other folders,
    as a site serves one story at news.livedoor.com/topics/detail/30584561/ and at
    .../article/detail/30584561/ (session 75 nearly counted the second as new)."""
    (host, _, path), (other_host, _, other_path) = (
        k.partition("?")[0].partition("/") for k in (key, other)
    )
    ids = [re.search(r"/(\d{5,})$", "/" + p) for p in (path, other_path)]
    return host == other_host and path != other_path and all(ids) and ids[0][1] == ids[1][1]


def _same_page_query(key: str, other: str) -> bool:
    """Whether two addresses with one path can be one page: the query does not name another
    (news_view.htm?id=1 and ?id=2 are two pages; a search term added to a page is not)."""
    query, other_query = key.partition("?")[2], other.partition("?")[2]
    return not query or not other_query or query == other_query


def _unquoted_path(url: str) -> str:
    return unquote(urlsplit(url.strip()).path)


def _segments(url: str) -> list[str]:
    """The non-empty segments of an address's path, unquoted."""
    return [s for s in _unquoted_path(url).split("/") if s]


def _path(url: str) -> str:
    return _AMP_SEGMENT.sub("", _unquoted_path(url)).rstrip("/").lower()


def _slug(url: str) -> str:
    """The longest segment of an address's path, lower-cased (a page's own name, mostly)."""
    segments = [s for s in _segments(url) if s != "amp"]
    return max(segments, key=len).lower() if segments else ""


def audit(rows: list[Row], out, min_weight: float = LIKE_WEIGHT) -> int:
    """Print, for each row, the rows of earlier files its slug is like. Returns how many rows."""
    likeness, flagged = Likeness(rows, min_weight), 0
    first_of_file: dict[str, int] = {}
    for i, row in enumerate(rows):
        first_of_file.setdefault(row.file, i)
        if row.commented:
            continue
        found = likeness.like(row.url, before=first_of_file[row.file])
        if found:
            flagged += 1
            print(f"{row.file}  {row.url}", file=out)
            for earlier, why in found:
                print(f"    like {earlier.file}  {earlier.url}  ({', '.join(why)})", file=out)
    print(f"{flagged} rows like a row of an earlier file", file=out)
    return flagged


def main(argv: list[str] | None = None, root: Path = HERE, stdin=sys.stdin) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="*", help="addresses to check (else read from stdin)")
    parser.add_argument("--subject", action="append", default=[], help="a word to find in headers")
    parser.add_argument("--audit", action="store_true", help="compare the sets' own rows")
    parser.add_argument(
        "--min-weight", type=float, default=LIKE_WEIGHT, help="how rare shared words must be"
    )
    args = parser.parse_args(argv)
    rows = read_rows(root)
    if args.audit:
        audit(rows, sys.stdout, args.min_weight)
        return 0
    used, headers = read_sets(root, rows)
    urls = args.urls or [line.strip() for line in stdin if line.strip()]
    # the batch is compared with itself too: each address with the ones given before it
    batch = [Row(BATCH, url, False) for url in urls]
    likeness = Likeness(rows + batch, args.min_weight)
    pages = listing_pages(used)
    for i, url in enumerate(urls):
        key = address_key(url)
        where = used.get(key)
        page = _ENTRY_SUFFIX.sub("", key)
        if not where and page != key and page in used:  # an entry of a page a set took whole
            where = f"{used[page]}, its page"
        elif not where and page in pages:  # a listing page, or an entry of one, a set took
            where = f"{pages[page]}, the page's entries"
        print(f"used  {url}  ({where})" if where else f"new   {url}")
        for earlier, why in likeness.like(url, before=len(rows) + i):
            if not where or earlier.file == BATCH:
                print(f"  like {earlier.file}  {earlier.url}  ({', '.join(why)})")
    if urls and not args.subject:
        # sessions 117-122 read only the address verdicts and let retold stories back in
        print(
            "no --subject given: an address that is new can still retell a story an earlier"
            " set used; run --subject for each company, product, law and place, and read the"
            " like lines above, before labelling",
            file=sys.stderr,
        )
    spellings = [(row, address_words(row.url)) for row in rows] if args.subject else []
    for subject in args.subject:
        needle = re.compile(re.escape(subject), re.IGNORECASE)
        names = [name for name, text in headers.items() if needle.search(text)]
        # in addresses, from a word's start ("STAP" is not inside "instapundit")
        starts = re.compile(r"(?<!\w)" + re.escape(subject), re.IGNORECASE)
        spelled = [row for row, words in spellings if starts.search(words)]
        print(f"{subject}: {', '.join(names) if names else 'in no header'}")
        for row in spelled:
            retold = "  (left out as retold)" if row.commented else ""
            print(f"  address  {row.file}  {row.url}{retold}")
    return 0


def address_words(url: str) -> str:
    """An address's path and query unquoted, with the separators page names use between
    words (hyphens, underscores, plus signs, slashes, dots) as spaces: "stem cell" is found
    in .../stem-cell-law.html, and a Korean word in its percent-encoded slug."""
    parts = urlsplit(url.strip())
    return re.sub(r"[-_+/.=&]+", " ", unquote(f"{parts.path} {parts.query}", errors="replace"))


if __name__ == "__main__":
    raise SystemExit(main())

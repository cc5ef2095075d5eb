"""The search syntax, read once: what the archive's full-text query (store.items.fts_query)
and the preview's marking of the searched words (`marks`) are built from.

Words are ANDed; "quoted phrases" stay phrases; `word*` is a prefix; a leading `-` leaves
out what has the word or phrase (battery cells -"fuel cell"); left-out terms alone list
everything else (store.items.left_out_queries). Punctuation is not syntax:
it separates words, as the archive's tokenizer does, so nothing typed can reach FTS5 as
an operator. A word matches its other forms (the archive's index stems words, schema 0013):
"transplant" finds "transplanted". A prefix (`transpla*`, or the word being typed) matches
the words that begin with it as typed, each with its own other forms (schema 0014). FTS5's
own prefix is stemmed and matches stems: "regula*" found nothing, as "regulation" and
"regulators" are indexed as "regul", and "ageing*" became "ag*", which "agency" begins with.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from digest.scripts import SPACELESS, SPACELESS_RUN

# Thai vowel signs are not \w, and must not split a Thai word in two.
_NOT_SYNTAX = re.compile(f'[^\\w\\s"*\\-{SPACELESS}]', re.UNICODE)
_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')

# A one-letter prefix matches most of the archive and costs the most; typing goes on.
TYPED_PREFIX_MIN = 2
# A word as the tokenizer cuts text: letters and digits (its separators are the rest).
ONE_WORD = re.compile(r"[^\W_]+")


def fold(word: str) -> str:
    """A word as the archive's tokenizer compares it: lower case, without diacritics
    (unicode61 remove_diacritics 2, as near as Python gives it): the form search_words
    holds and a prefix is looked up in (store.items.words_beginning)."""
    low = word.lower()
    if low.isascii():
        return low
    bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


@dataclass(frozen=True)
class Term:
    words: str  # one word, or a phrase's words separated by single spaces
    phrase: bool = False
    prefix: bool = False  # matches any word that begins with the (last) word
    excluded: bool = False


def terms(text: str, *, typing: bool = False) -> list[Term]:
    """The terms of a search. `typing` (search as you type): the word being typed, the last
    one when the text does not end in a space, is a prefix from two letters on."""
    cleaned = _NOT_SYNTAX.sub(" ", text)
    found: list[Term] = []
    for m in _TERM.finditer(cleaned):
        if m.group(2) is not None:
            words = m.group(2).replace("*", " ").split()
            if words:
                found.append(Term(" ".join(words), phrase=True, excluded=bool(m.group(1))))
            continue
        raw = m.group(3).replace('"', "")
        word = raw.replace("*", "").strip("-")
        if word:
            found.append(Term(word, prefix=raw.endswith("*"), excluded=raw.startswith("-")))
    last = found[-1] if found else None
    if (
        typing
        and last is not None
        and not (last.phrase or last.prefix or last.excluded)
        and not cleaned[-1:].isspace()
        and len(last.words) >= TYPED_PREFIX_MIN
    ):
        found[-1] = Term(last.words, prefix=True)
    return found


# The archive's tokenizer for items_search (schema 0013): the preview marks what it matches.
TOKENIZER = "porter unicode61 remove_diacritics 2"
_OPEN, _CLOSE = "\x02", "\x03"


@contextlib.contextmanager
def _indexed(text: str) -> Iterator[sqlite3.Connection]:
    """A throwaway FTS5 table `t` of one row (rowid 1), `text` indexed by the archive's
    tokenizer: what the archive's index would make of it."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
        con.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", [text])
        yield con
    finally:
        con.close()


@functools.lru_cache(maxsize=4096)
def stem(word: str) -> str | None:
    """`word` as the archive's index holds it, its Porter stem, found by FTS5 itself (None
    when the tokenizer makes no single token of it): store.items asks whether FTS5 would
    stem a typed prefix, which makes its own prefix query wrong."""
    with _indexed(word) as con:
        con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")
        found = [term for (term,) in con.execute("SELECT term FROM v")]
    return found[0] if len(found) == 1 else None


def marks(text: str, search: str | None, typing: bool = False) -> list[tuple[int, int]]:
    """Where `text` has the searched words, as (start, end) spans in order: the spans the
    archive's own index would match (a word's other forms, a phrase's words in a row),
    found by FTS5 itself on this text, and for a prefix the words that begin with it too;
    inside Chinese, Japanese, Korean or Thai, the characters anywhere. Left-out terms are
    not marked."""
    spans: list[tuple[int, int]] = []
    worded = []
    for term in terms(search or "", typing=typing):
        if term.excluded:
            continue
        if SPACELESS_RUN.search(term.words):
            body = r"\W+".join(re.escape(word) for word in term.words.split())
            spans += [m.span() for m in re.finditer(body, text, re.IGNORECASE)]
        else:
            worded.append(f'"{term.words}"')
            if term.prefix:
                spans += _begun(text, term.words)
    if worded and text:
        spans += _stemmed_marks(text, worded)
    return _merged(spans)


def _begun(text: str, prefix: str) -> list[tuple[int, int]]:
    """The words of `text` that begin with `prefix` as typed (not with its stem)."""
    start = fold(prefix)
    return [m.span() for m in ONE_WORD.finditer(text) if fold(m.group()).startswith(start)]


def _stemmed_marks(text: str, queries: list[str]) -> list[tuple[int, int]]:
    # The markers are control characters, which stored text never holds (normalize drops
    # them); blanked anyway, so that the offsets read back stay the text's own.
    plain = text.replace(_OPEN, " ").replace(_CLOSE, " ")
    spans: list[tuple[int, int]] = []
    with _indexed(plain) as con:
        for query in queries:  # one at a time: a word is marked even if another is not here
            row = con.execute(
                "SELECT highlight(t, 0, ?, ?) FROM t WHERE t MATCH ?", [_OPEN, _CLOSE, query]
            ).fetchone()
            if row is not None:
                spans += _spans_of(row[0])
    return spans


def _spans_of(marked: str) -> list[tuple[int, int]]:
    spans, start, inserted = [], 0, 0
    for i, ch in enumerate(marked):
        if ch == _OPEN:
            start = i - inserted
            inserted += 1
        elif ch == _CLOSE:
            spans.append((start, i - inserted))
            inserted += 1
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        elif end > start:
            out.append((start, end))
    return out

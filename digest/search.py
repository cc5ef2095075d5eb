"""The search syntax, read once: what the archive's full-text query (store.items.fts_query)
and the preview's marking of the searched words (tui.widgets.search_pattern) are built from.

Words are ANDed; "quoted phrases" stay phrases; `word*` is a prefix; a leading `-` leaves
out what has the word or phrase (battery cells -"fuel cell"). Punctuation is not syntax:
it separates words, as the archive's tokenizer does, so nothing typed can reach FTS5 as
an operator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.scripts import SPACELESS

# Thai vowel signs are not \w, and must not split a Thai word in two.
_NOT_SYNTAX = re.compile(f'[^\\w\\s"*\\-{SPACELESS}]', re.UNICODE)
_TERM = re.compile(r'(-?)"([^"]*)"?|(\S+)')

# A one-letter prefix matches most of the archive and costs the most; typing goes on.
TYPED_PREFIX_MIN = 2


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

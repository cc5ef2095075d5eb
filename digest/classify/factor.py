"""Factor a regex alternation by shared literal prefixes, keeping what it matches.

The lexicon is one alternation of some 600 patterns. At each word start, Python's regex
engine tries the alternatives one by one; most fail on their first character, but trying
600 of them still dominated tagging time. Factored into a trie
("stem cells?|stem\\s+cell" -> "stem(?: cells?|\\s+cell)"), it tries a few dozen.

The result matches exactly what the flat alternation matches, span for span, because the
engine explores candidates in the same order:

- pulling a shared literal prefix out of alternatives does not reorder them;
- two alternatives that need different literal characters at the same place can never both
  match, so their relative order does not matter, and they may share a branch;
- anything else (a pattern going on with `\\s+`, a group or a class) keeps its place: it
  closes the branches before it that it could compete with, so later alternatives cannot
  jump ahead of it. Where its first character is known to be a digit (`\\d`), one of a class
  (`[1-3]`), one repeated letter (`i{1,3}`) or comes after a lookbehind, only the branches
  for characters it could start with are closed; otherwise all of them.

Leading optional parts and alternation groups are expanded first (`(?:a|b)?c` -> `ac|bc|c`,
`[sz]ation` -> `sation|zation`), which keeps the order of candidates too, so that more
alternatives begin with a literal. tests/test_classify_factor.py holds flat and factored
equal on the corpus and on generated text.
"""

from __future__ import annotations

import re

_SPECIAL = set("\\()[]{}.*+?^$|")
_QUANTIFIER = set("?*+{")
MAX_EXPANSION = 16  # alternatives one pattern may expand into


def _skip_class(p: str, i: int) -> int:
    """Index just past the character class starting at p[i] == '['."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _structure(p: str):
    """(index, character, depth after it) for each parenthesis and '|' in p, skipping
    escapes and character classes."""
    depth, j = 0, 0
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[c]
            yield j, c, depth
        j += 1


def _close_paren(p: str, i: int) -> int:
    """Index of the ')' matching the '(' at p[i]."""
    for j, c, depth in _structure(p[i:]):
        if c == ")" and depth == 0:
            return i + j
    raise ValueError(f"unbalanced pattern: {p!r}")


def split_top(p: str) -> list[str]:
    """The pattern's top-level alternatives."""
    cuts = [j for j, c, depth in _structure(p) if c == "|" and depth == 0]
    return [p[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(p)], strict=True)]


def _head(p: str) -> tuple[str, str, str] | None:
    """(character, its source, rest) when p starts with a literal character that is not
    quantified; None otherwise."""
    if not p:
        return None
    if p[0] == "\\":
        if len(p) < 2 or p[1].isalnum():
            return None  # \s, \d, \w...: a class, not a character
        char, src = p[1], p[:2]
    elif p[0] in _SPECIAL:
        return None
    else:
        char, src = p[0], p[0]
    rest = p[len(src) :]
    if rest[:1] in _QUANTIFIER:
        return None
    return char, src, rest


_DIGIT = re.compile(r"\d")
_MAY_BE_ABSENT = re.compile(r"[?*]|\{0")  # a quantifier that allows zero repeats


class _AnyDigit:
    """The characters \\d matches (every script's digits): a set to test, not to list."""

    def __contains__(self, c: str) -> bool:
        return _DIGIT.fullmatch(c) is not None


ANY_DIGIT = _AnyDigit()


def _first_chars(p: str) -> frozenset[str] | _AnyDigit | None:
    """The characters a match of p can start with, when p's start is one this module can
    read; None otherwise (p might start with anything)."""
    if p.startswith(("(?<=", "(?<!")):
        return _first_chars(p[_close_paren(p, 0) + 1 :])
    if p.startswith(r"\d") and not _MAY_BE_ABSENT.match(p[2:]):
        return ANY_DIGIT
    if p.startswith("[") and not p.startswith("[^"):
        end = _skip_class(p, 0)
        body = p[1 : end - 1]
        if "\\" in body or _MAY_BE_ABSENT.match(p[end:]):
            return None
        chars: set[str] = set()
        i = 0
        while i < len(body):
            if i + 2 < len(body) and body[i + 1] == "-":  # a range: 1-3
                chars.update(map(chr, range(ord(body[i]), ord(body[i + 2]) + 1)))
                i += 3
            else:
                chars.add(body[i])
                i += 1
        return frozenset(chars)
    if (head := _head(p)) is not None:
        return frozenset(head[0])
    char = None if p[:1] in _SPECIAL else p[:1]
    if char and (p[1:2] == "+" or re.match(r"\{[1-9]", p[1:])):
        return frozenset(char)  # a repeated letter, at least once
    return None


def _expand_once(p: str) -> list[str] | None:
    """One step of rewriting p's start into alternatives that explore the same candidates
    in the same order; None when p's start cannot be rewritten."""
    if p.startswith("(?:"):
        end = _close_paren(p, 0)
        inner, rest = p[3:end], p[end + 1 :]
        quant = rest[:1]
        if quant == "?" and rest[1:2] not in ("?", "+"):
            return [a + rest[1:] for a in split_top(inner)] + [rest[1:]]
        if quant in _QUANTIFIER:
            return None
        return [a + rest for a in split_top(inner)]
    if p.startswith("[") and not p.startswith("[^"):
        end = _skip_class(p, 0)
        body, rest = p[1 : end - 1], p[end:]
        if rest[:1] in _QUANTIFIER or not body or any(c in "\\-[" for c in body):
            return None
        # one character each, in order; a class's $ or . is literal, so escaped outside it
        return [re.escape(c) + rest for c in dict.fromkeys(body)]
    if (
        len(p) >= 2
        and p[0] not in _SPECIAL
        and p[1] == "?"
        and p[2:3] not in ("?", "+")
        and _head(p[0] + p[2:])
    ):
        return [p[0] + p[2:], p[2:]]  # an optional literal: with it first, then without
    return None


def _expand(p: str) -> list[str]:
    """p as alternatives that start with a literal character where that is possible."""
    out, todo = [], [p]
    while todo:
        q = todo.pop(0)
        if _head(q) is not None:
            out.append(q)
            continue
        more = _expand_once(q)
        if more is None or len(out) + len(todo) + len(more) > MAX_EXPANSION:
            out.append(q)
        else:
            todo[:0] = more
    return out


def factor(alternatives: list[str]) -> str:
    """One regex body matching exactly what '|'.join(alternatives) matches."""
    entries: list[list] = []  # [source of char, [rests]] or [None, raw pattern]
    open_branch: dict[str, int] = {}  # char -> index in entries of its branch still open
    for alt in alternatives:
        for top in split_top(alt):
            for p in _expand(top):
                head = _head(p)
                if head is None:
                    entries.append([None, p])
                    # p keeps its place before the branches it might compete with
                    clash = _first_chars(p)
                    for char in [c for c in open_branch if clash is None or c in clash]:
                        del open_branch[char]
                    continue
                char, src, rest = head
                at = open_branch.get(char)
                if at is None:
                    open_branch[char] = len(entries)
                    entries.append([src, [rest]])
                else:
                    entries[at][1].append(rest)
    parts = []
    for src, body in entries:
        if src is None:
            parts.append(body)
        elif len(body) == 1:
            parts.append(src + body[0])
        else:
            sub = factor(body)
            parts.append(src + (f"(?:{sub})" if len(split_top(sub)) > 1 else sub))
    return "|".join(parts)


DISPATCH_MIN = 64  # top-level branches: below this, the lookaheads cost more than they save
DISPATCH_GROUPS = 8  # ranges of first characters (measured best from 4 to 8 on the lexicons)


def dispatch(body: str, groups: int = DISPATCH_GROUPS, min_branches: int = DISPATCH_MIN) -> str:
    """body with its top-level branches gathered by the characters they can start with,
    each gathering behind a lookahead for those characters: one body matching what body
    matches.

    At each word start the engine tries the top-level branches one by one; even a branch
    that fails on its first character costs a step, and the factored Latin lexicon has 170
    of them (the CJK one 771), so every word paid for all of them. Behind a lookahead,
    a word pays for a few lookaheads and one gathering's branches.

    The order is kept where it matters: a gathering holds, in their order, every branch
    that could start with one of its characters, so where a character leads, the branches
    that could match there are tried in the order they were. A branch that could start
    with anything (no first character this module can read) joins every gathering and,
    for the characters none of them covers, the end. The ranges are contiguous code points
    holding about equally many branches; digits (any script's: \\d) have their own."""
    top = split_top(body)
    if len(top) < min_branches:
        return body
    starts = [_first_chars(t) for t in top]
    counts: dict[str, int] = {}
    for s in starts:
        if isinstance(s, frozenset):
            for c in s:
                if c not in ANY_DIGIT:
                    counts[c] = counts.get(c, 0) + 1
    per = sum(counts.values()) / groups
    ranges: list[list[str]] = [[]]
    held = 0
    for c in sorted(counts):
        if held >= per:
            ranges.append([])
            held = 0
        ranges[-1].append(c)
        held += counts[c]
    guards = [r"\d"] + [
        f"[{re.escape(r[0])}-{re.escape(r[-1])}]" if len(r) > 1 else f"[{re.escape(r[0])}]"
        for r in ranges
        if r
    ]
    range_of = {c: i for i, r in enumerate(ranges, 1) for c in r}
    gathered: list[list[str]] = [[] for _ in guards]
    anywhere = []
    for branch, s in zip(top, starts, strict=True):
        if s is None:
            for g in gathered:
                g.append(branch)
            anywhere.append(branch)
        elif s is ANY_DIGIT:
            gathered[0].append(branch)
        else:
            for i in sorted({0 if c in ANY_DIGIT else range_of[c] for c in s}):
                gathered[i].append(branch)
    parts = [f"(?={g})(?:{'|'.join(b)})" for g, b in zip(guards, gathered, strict=True) if b]
    return "|".join(parts + anywhere)


def trie(alternatives: list[str]) -> str:
    """The body a lexicon regex is compiled from: the alternatives factored, then
    dispatched by first character."""
    return dispatch(factor(alternatives))
